import { SHARED_WITH_LEADS } from "~/entries/visibility";
import type { DB } from "~/db.server";
import { requireLedCohort, type LedCohort } from "~/cohorts/access.server";
import { parseDashboardFilters } from "~/dashboards/schema";
import { listSchoolsToWatch } from "~/initiatives/schools.server";
import { todayInEngland } from "~/utils/dates";
import { requireAdmin, type Viewer } from "~/utils/permissions.server";
import { followUpMeans, getAuditImpact } from "./audit-impact.server";
import { getStrandCoverageHeatmap } from "./coverage.server";
import { getEngagementByWeek } from "./engagement.server";
import { getInitiativesByEvaluationLevel, getInitiativesByStatus } from "./initiative-figures.server";
import { listDashboardParticipants, listWorkshops, num, numOrNull, round } from "./scope.server";
import { getTaskCompletion } from "./task-completion.server";
import { getWorkshopReadiness } from "./workshop-readiness.server";

// The cohort lead's dashboard and the programme admin's overview. Every figure is counted, summed or averaged by
// the database (group by / count / avg / sum(case)); only small, already aggregated rows come back (the audit
// impact's trust and cohort means are averaged here from its per-audit rows, at most one per participant). Every query of
// a cohort's dashboard carries that cohort's id, and counts only records its leads may see (never private ones).
// Each figure has its own module in this folder (coverage, task-completion, audit-impact, initiative-figures,
// engagement, workshop-readiness), built on scope.server.ts; this one puts them together.

// ---------------------------------------------------------------------------------------------
// The cohort dashboard: who may see it, its filters, its sections and the schools to watch

/** The trusts and strands the filter form offers for this cohort. */
async function readFilterChoices(db: DB, cohort: LedCohort) {
  const [trusts, strands] = await Promise.all([
    db
      .selectFrom("organisations")
      .select(["organisations.id", "organisations.name"])
      .where("organisations.id", "in", (eb) =>
        eb
          .selectFrom("memberships")
          .select("memberships.trust_id")
          .where("memberships.cohort_id", "=", cohort.id)
          .where("memberships.role", "=", "participant")
          .where("memberships.trust_id", "is not", null),
      )
      .orderBy("organisations.name")
      .execute(),
    db
      .selectFrom("strands")
      .select(["id", "title"])
      .where("programme_id", "=", cohort.programmeId)
      .orderBy("position")
      .execute(),
  ]);
  return { trusts, strands };
}

/**
 * The whole dashboard of a cohort the viewer leads (404 otherwise), as its query string asks: the filters are read
 * against this cohort's own trusts and strands, and a filter that makes no sense is explained and left out.
 */
export async function getCohortDashboard(
  db: DB,
  viewer: Viewer,
  cohortId: string,
  searchParams: URLSearchParams,
  today = todayInEngland(),
) {
  const cohort = await requireLedCohort(db, viewer, cohortId);
  const { trusts, strands } = await readFilterChoices(db, cohort);
  const parsed = parseDashboardFilters(searchParams, {
    trustIds: trusts.map((t) => t.id),
    strandIds: strands.map((s) => s.id),
  });
  const { filters, detail } = parsed;
  // The participants and workshops are read once and handed to the sections that need them.
  const [participants, workshops] = await Promise.all([
    listDashboardParticipants(db, cohortId, filters),
    listWorkshops(db, cohortId),
  ]);
  const [coverage, tasks, audits, initiativeStatuses, evaluationLevels, engagement, readiness, schoolsToWatch] =
    await Promise.all([
      getStrandCoverageHeatmap(db, cohortId, cohort.programmeId, filters, detail, participants),
      getTaskCompletion(db, cohortId, filters, today),
      getAuditImpact(db, cohortId, filters),
      getInitiativesByStatus(db, cohortId, filters),
      getInitiativesByEvaluationLevel(db, cohortId, filters),
      getEngagementByWeek(db, cohortId, filters, workshops),
      getWorkshopReadiness(db, cohortId, filters, { workshops, participants }),
      listSchoolsToWatch(db, viewer, cohort),
    ]);
  return {
    cohort,
    trusts,
    strands,
    ...parsed,
    participants,
    coverage,
    tasks,
    audits,
    initiativeStatuses,
    evaluationLevels,
    engagement,
    readiness,
    workshops,
    schoolsToWatch,
  };
}

export type CohortDashboard = Awaited<ReturnType<typeof getCohortDashboard>>;

// ---------------------------------------------------------------------------------------------
// The programme admin's overview: every cohort, side by side, each measure grouped by cohort in SQL

export interface CohortMeasures {
  id: string;
  name: string;
  academicYear: string;
  participants: number;
  withInitiative: number;
  /** Percentage of participants with an initiative shared with leads, 0–100, or null with no participants. */
  withInitiativePercent: number | null;
  records: number;
  recordsPerParticipant: number | null;
  taskSlots: number;
  tasksDone: number;
  taskCompletionPercent: number | null;
  auditsCompared: number;
  meanAuditChange: number | null;
  initiativesByStatus: Record<string, number>;
}

/** Records written by a cohort's participants in that cohort (not by its leads). */
function participantsRecords(db: DB) {
  return db
    .selectFrom("entries")
    .innerJoin("memberships", (join) =>
      join
        .onRef("memberships.cohort_id", "=", "entries.cohort_id")
        .onRef("memberships.user_id", "=", "entries.owner_id")
        .on("memberships.role", "=", "participant"),
    );
}

/** The overview's six measures, each grouped by cohort in SQL, in one round of queries. */
function readOverviewMeasures(db: DB) {
  return Promise.all([
    db
      .selectFrom("cohorts")
      .innerJoin("programmes", "programmes.id", "cohorts.programme_id")
      .leftJoin("memberships", (join) =>
        join.onRef("memberships.cohort_id", "=", "cohorts.id").on("memberships.role", "=", "participant"),
      )
      .select((eb) => [
        "cohorts.id",
        "cohorts.name",
        "cohorts.academic_year as academicYear",
        "programmes.id as programmeId",
        "programmes.name as programmeName",
        "programmes.code as programmeCode",
        eb.fn.count<string | number>("memberships.id").as("participants"),
      ])
      .groupBy([
        "cohorts.id",
        "cohorts.name",
        "cohorts.academic_year",
        "programmes.id",
        "programmes.name",
        "programmes.code",
      ])
      .orderBy("programmes.name")
      .orderBy("cohorts.academic_year", "desc")
      .orderBy("cohorts.name")
      .execute(),
    participantsRecords(db)
      .select((eb) => [
        "entries.cohort_id as cohortId",
        eb.fn.count<string | number>("entries.owner_id").distinct().as("n"),
      ])
      .where("entries.kind", "=", "initiative")
      .where("entries.visibility", "in", SHARED_WITH_LEADS)
      .groupBy("entries.cohort_id")
      .execute(),
    participantsRecords(db)
      .select((eb) => ["entries.cohort_id as cohortId", eb.fn.countAll<string | number>().as("n")])
      .where("entries.visibility", "in", SHARED_WITH_LEADS)
      .groupBy("entries.cohort_id")
      .execute(),
    db
      .selectFrom("tasks")
      .innerJoin("memberships", (join) =>
        join.onRef("memberships.cohort_id", "=", "tasks.cohort_id").on("memberships.role", "=", "participant"),
      )
      .leftJoin("task_responses", (join) =>
        join
          .onRef("task_responses.task_id", "=", "tasks.id")
          .onRef("task_responses.owner_id", "=", "memberships.user_id"),
      )
      .leftJoin("entries", "entries.id", "task_responses.entry_id")
      .select((eb) => [
        "tasks.cohort_id as cohortId",
        eb.fn.countAll<string | number>().as("slots"),
        eb.fn
          .sum<string | number | null>(eb.case().when("entries.status", "=", "done").then(1).else(0).end())
          .as("done"),
      ])
      .groupBy("tasks.cohort_id")
      .execute(),
    db
      .selectFrom(followUpMeans(db, "all").as("per_audit"))
      .select((eb) => [
        "per_audit.cohortId",
        eb.fn.countAll<string | number>().as("audits"),
        eb.fn
          .avg<string | number | null>(eb(eb.ref("per_audit.followUpMean"), "-", eb.ref("per_audit.baselineMean")))
          .as("change"),
      ])
      .where("per_audit.baselineMean", "is not", null)
      .where("per_audit.followUpMean", "is not", null)
      .groupBy("per_audit.cohortId")
      .execute(),
    db
      .selectFrom("entries")
      .select((eb) => ["entries.cohort_id as cohortId", "entries.status", eb.fn.countAll<string | number>().as("n")])
      .where("entries.kind", "=", "initiative")
      .where("entries.visibility", "in", SHARED_WITH_LEADS)
      .groupBy(["entries.cohort_id", "entries.status"])
      .execute(),
  ]);
}

export async function getAdminOverview(db: DB, viewer: Viewer) {
  requireAdmin(viewer);
  const [cohorts, withInitiative, records, tasks, audits, statuses] = await readOverviewMeasures(db);
  const percent = (part: number, whole: number) => (whole > 0 ? round((100 * part) / whole, 0) : null);
  const programmes: { id: string; name: string; code: string; cohorts: CohortMeasures[] }[] = [];
  for (const c of cohorts) {
    const participants = num(c.participants);
    const shared = num(withInitiative.find((r) => r.cohortId === c.id)?.n);
    const recordCount = num(records.find((r) => r.cohortId === c.id)?.n);
    const task = tasks.find((r) => r.cohortId === c.id);
    const audit = audits.find((r) => r.cohortId === c.id);
    const measures: CohortMeasures = {
      id: c.id,
      name: c.name,
      academicYear: c.academicYear,
      participants,
      withInitiative: shared,
      withInitiativePercent: percent(shared, participants),
      records: recordCount,
      recordsPerParticipant: participants > 0 ? round(recordCount / participants, 1) : null,
      taskSlots: num(task?.slots),
      tasksDone: num(task?.done),
      taskCompletionPercent: percent(num(task?.done), num(task?.slots)),
      auditsCompared: num(audit?.audits),
      meanAuditChange: audit && numOrNull(audit.change) !== null ? round(num(audit.change)) : null,
      initiativesByStatus: Object.fromEntries(
        statuses.filter((s) => s.cohortId === c.id).map((s) => [s.status, num(s.n)]),
      ),
    };
    let programme = programmes.find((p) => p.id === c.programmeId);
    if (!programme)
      programmes.push((programme = { id: c.programmeId, name: c.programmeName, code: c.programmeCode, cohorts: [] }));
    programme.cohorts.push(measures);
  }
  return { programmes };
}
