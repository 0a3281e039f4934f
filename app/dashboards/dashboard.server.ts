import { sql } from "kysely";
import type { DB } from "~/db.server";
import { requireLedCohort } from "~/cohorts/access.server";
import type { DashboardDetail, DashboardFilters } from "~/dashboards/schema";
import { addDays, isoWeekStart, todayInEngland } from "~/utils/dates";
import { requireAdmin, type Viewer } from "~/utils/permissions.server";
import { countWhen } from "~/utils/sql.server";

// The cohort lead's dashboard and the programme admin's overview. Every figure is counted, summed or averaged by
// the database (group by / count / avg / sum(case)); only small, already aggregated rows come back (the audit
// impact's trust and cohort means are averaged here from its per-audit rows, at most one per participant). Every query of
// a cohort's dashboard carries that cohort's id, and counts only records its leads may see (never private ones).

const SHARED: ("leads" | "cohort")[] = ["leads", "cohort"];

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;
const num = (value: string | number | null | undefined) => Number(value ?? 0);
const numOrNull = (value: string | number | null | undefined) =>
  value === null || value === undefined ? null : Number(value);

// ---------------------------------------------------------------------------------------------
// Who may see the dashboard, and what its filters offer

/** The trusts and strands the filter form offers for this cohort. */
export async function getDashboardFilterOptions(db: DB, viewer: Viewer, cohortId: string) {
  const cohort = await requireLedCohort(db, viewer, cohortId);
  const [trusts, strands] = await Promise.all([
    db
      .selectFrom("organisations")
      .select(["organisations.id", "organisations.name"])
      .where("organisations.id", "in", (eb) =>
        eb
          .selectFrom("memberships")
          .select("memberships.trust_id")
          .where("memberships.cohort_id", "=", cohortId)
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
  return { cohort, trusts, strands };
}

// ---------------------------------------------------------------------------------------------
// Building blocks shared by the figures

/** The cohort's participants that the track and trust filters keep, as a subquery of user ids. */
function participantIds(db: DB, cohortId: string, filters: DashboardFilters) {
  let query = db
    .selectFrom("memberships")
    .select("memberships.user_id")
    .where("memberships.cohort_id", "=", cohortId)
    .where("memberships.role", "=", "participant");
  if (filters.track) query = query.where("memberships.track", "=", filters.track);
  if (filters.trustId) query = query.where("memberships.trust_id", "=", filters.trustId);
  return query;
}

/** Records of the cohort its leads may see, by the filtered participants, in the date range and strand. */
function sharedEntries(db: DB, cohortId: string, filters: DashboardFilters) {
  let query = db
    .selectFrom("entries")
    .where("entries.cohort_id", "=", cohortId)
    .where("entries.visibility", "in", SHARED)
    .where("entries.owner_id", "in", participantIds(db, cohortId, filters));
  if (filters.from) query = query.where("entries.occurred_on", ">=", filters.from);
  if (filters.to) query = query.where("entries.occurred_on", "<=", filters.to);
  if (filters.strandId) {
    const strandId = filters.strandId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("entry_strands as tagged")
          .select("tagged.entry_id")
          .whereRef("tagged.entry_id", "=", "entries.id")
          .where("tagged.strand_id", "=", strandId),
      ),
    );
  }
  return query;
}

export interface DashboardParticipant {
  id: string;
  name: string;
  track: "new" | "continuing" | null;
  trustId: string | null;
  trustName: string | null;
}

export async function listDashboardParticipants(
  db: DB,
  cohortId: string,
  filters: DashboardFilters,
): Promise<DashboardParticipant[]> {
  let query = db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .leftJoin("organisations", "organisations.id", "memberships.trust_id")
    .select([
      "users.id",
      "users.name",
      "memberships.track",
      "memberships.trust_id as trustId",
      "organisations.name as trustName",
    ])
    .where("memberships.cohort_id", "=", cohortId)
    .where("memberships.role", "=", "participant");
  if (filters.track) query = query.where("memberships.track", "=", filters.track);
  if (filters.trustId) query = query.where("memberships.trust_id", "=", filters.trustId);
  return query.orderBy("users.name").orderBy("users.id").execute();
}

async function listWorkshops(db: DB, cohortId: string) {
  const rows = await db
    .selectFrom("workshops")
    .select(["id", "title", "held_on as heldOn"])
    .where("cohort_id", "=", cohortId)
    .orderBy("position")
    .orderBy("held_on")
    .execute();
  return rows.map((row, index) => ({ ...row, number: index + 1 }));
}

// ---------------------------------------------------------------------------------------------
// 1. Strand coverage: participants × strands (or × outcome statements)

export interface CoverageColumn {
  id: string;
  /** A short label for the column heading: the strand's title, or "1.2" for a statement. */
  label: string;
  /** The full wording (a statement's text). */
  title: string;
  strandTitle: string;
}

export interface CoverageCell {
  records: number;
  evidence: number;
}

export interface StrandCoverageHeatmap {
  detail: DashboardDetail;
  columns: CoverageColumn[];
  rows: { participant: DashboardParticipant; cells: CoverageCell[]; total: CoverageCell }[];
  gaps: number;
}

export async function getStrandCoverageHeatmap(
  db: DB,
  cohortId: string,
  programmeId: string,
  filters: DashboardFilters,
  detail: DashboardDetail = "strands",
  knownParticipants?: DashboardParticipant[],
): Promise<StrandCoverageHeatmap> {
  const allStrands = await db
    .selectFrom("strands")
    .select(["id", "title"])
    .where("programme_id", "=", programmeId)
    .orderBy("position")
    .execute();
  // A filtered strand keeps its number: statement "3.2" is still "3.2".
  const strands = filters.strandId ? allStrands.filter((s) => s.id === filters.strandId) : allStrands;
  const participants = knownParticipants ?? (await listDashboardParticipants(db, cohortId, filters));

  let columns: CoverageColumn[];
  let counts: { ownerId: string; columnId: string; records: string | number; evidence: string | number }[];
  if (detail === "statements") {
    const strandIds = strands.map((s) => s.id);
    const statements =
      strandIds.length === 0
        ? []
        : await db
            .selectFrom("outcome_statements")
            .innerJoin("strands", "strands.id", "outcome_statements.strand_id")
            .select(["outcome_statements.id", "outcome_statements.text", "outcome_statements.strand_id as strandId"])
            .where("outcome_statements.strand_id", "in", strandIds)
            .orderBy("strands.position")
            .orderBy("outcome_statements.position")
            .execute();
    columns = statements.map((st) => {
      const strandIndex = allStrands.findIndex((s) => s.id === st.strandId);
      const within = statements.filter((o) => o.strandId === st.strandId).findIndex((o) => o.id === st.id);
      return {
        id: st.id,
        label: `${strandIndex + 1}.${within + 1}`,
        title: st.text,
        strandTitle: allStrands[strandIndex]?.title ?? "",
      };
    });
    counts = await sharedEntries(db, cohortId, filters)
      .innerJoin("entry_outcomes", "entry_outcomes.entry_id", "entries.id")
      .leftJoin("evidence", "evidence.entry_id", "entries.id")
      .select((eb) => [
        "entries.owner_id as ownerId",
        "entry_outcomes.outcome_statement_id as columnId",
        eb.fn.count<string | number>("entries.id").distinct().as("records"),
        eb.fn.count<string | number>("evidence.id").as("evidence"),
      ])
      .groupBy(["entries.owner_id", "entry_outcomes.outcome_statement_id"])
      .execute();
  } else {
    columns = strands.map((s) => ({ id: s.id, label: s.title, title: s.title, strandTitle: s.title }));
    let query = sharedEntries(db, cohortId, filters)
      .innerJoin("entry_strands", "entry_strands.entry_id", "entries.id")
      .leftJoin("evidence", "evidence.entry_id", "entries.id")
      .select((eb) => [
        "entries.owner_id as ownerId",
        "entry_strands.strand_id as columnId",
        eb.fn.count<string | number>("entries.id").distinct().as("records"),
        eb.fn.count<string | number>("evidence.id").as("evidence"),
      ])
      .groupBy(["entries.owner_id", "entry_strands.strand_id"]);
    if (filters.strandId) query = query.where("entry_strands.strand_id", "=", filters.strandId);
    counts = await query.execute();
  }
  const key = (ownerId: string, columnId: string) => `${ownerId}|${columnId}`;
  const byKey = new Map(
    counts.map((c) => [key(c.ownerId, c.columnId), { records: num(c.records), evidence: num(c.evidence) }]),
  );
  let gaps = 0;
  const rows = participants.map((participant) => {
    const cells = columns.map((column) => byKey.get(key(participant.id, column.id)) ?? { records: 0, evidence: 0 });
    gaps += cells.filter((c) => c.records === 0).length;
    return { participant, cells, total: sumCells(cells) };
  });
  return { detail, columns, rows, gaps };
}

function sumCells(cells: CoverageCell[]): CoverageCell {
  return cells.reduce((acc, c) => ({ records: acc.records + c.records, evidence: acc.evidence + c.evidence }), {
    records: 0,
    evidence: 0,
  });
}

// ---------------------------------------------------------------------------------------------
// 2. Inter-sessional task completion

export interface TaskCompletion {
  id: string;
  title: string;
  dueOn: string;
  participants: number;
  done: number;
  /** In progress and not yet past the due date. */
  inProgress: number;
  /** Not started and not yet past the due date. */
  notStarted: number;
  /** Past the due date and not done. */
  overdue: number;
}

/**
 * Each task of the cohort with its filtered participants split four ways that add up: done; overdue (past the due
 * date, not done); in progress; not started. A response's status counts whatever its visibility, as on the lead's
 * task pages: the lead set the task, and the response form says so.
 */
export async function getTaskCompletion(
  db: DB,
  cohortId: string,
  filters: DashboardFilters,
  today = todayInEngland(),
): Promise<TaskCompletion[]> {
  let query = db
    .selectFrom("tasks")
    .leftJoin("memberships", (join) => {
      let on = join.onRef("memberships.cohort_id", "=", "tasks.cohort_id").on("memberships.role", "=", "participant");
      if (filters.track) on = on.on("memberships.track", "=", filters.track);
      if (filters.trustId) on = on.on("memberships.trust_id", "=", filters.trustId);
      return on;
    })
    .leftJoin("task_responses", (join) =>
      join
        .onRef("task_responses.task_id", "=", "tasks.id")
        .onRef("task_responses.owner_id", "=", "memberships.user_id"),
    )
    .leftJoin("entries", "entries.id", "task_responses.entry_id")
    .select((eb) => {
      const member = eb("memberships.id", "is not", null);
      const done = eb("entries.status", "=", "done");
      const notDone = eb.or([eb("entries.status", "is", null), eb("entries.status", "!=", "done")]);
      const pastDue = eb("tasks.due_on", "<", today);
      const notPastDue = eb("tasks.due_on", ">=", today);
      return [
        "tasks.id",
        "tasks.title",
        "tasks.due_on as dueOn",
        eb.fn.count<string | number>("memberships.id").as("participants"),
        countWhen(done).as("done"),
        countWhen(eb.and([notPastDue, eb("entries.status", "=", "in_progress")])).as("inProgress"),
        countWhen(
          eb.and([
            member,
            notPastDue,
            eb.or([eb("entries.status", "is", null), eb("entries.status", "not in", ["done", "in_progress"])]),
          ]),
        ).as("notStarted"),
        countWhen(eb.and([member, pastDue, notDone])).as("overdue"),
      ];
    })
    .where("tasks.cohort_id", "=", cohortId)
    .groupBy(["tasks.id", "tasks.title", "tasks.due_on"])
    .orderBy("tasks.due_on")
    .orderBy("tasks.title");
  if (filters.from) query = query.where("tasks.due_on", ">=", filters.from);
  if (filters.to) query = query.where("tasks.due_on", "<=", filters.to);
  if (filters.strandId) {
    const strandId = filters.strandId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("task_strands")
          .select("task_strands.task_id")
          .whereRef("task_strands.task_id", "=", "tasks.id")
          .where("task_strands.strand_id", "=", strandId),
      ),
    );
  }
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    dueOn: row.dueOn,
    participants: num(row.participants),
    done: num(row.done),
    inProgress: num(row.inProgress),
    notStarted: num(row.notStarted),
    overdue: num(row.overdue),
  }));
}

// ---------------------------------------------------------------------------------------------
// 3. Audit impact: each follow-up's mean rating against its baseline's

/** The mean of all of an audit's ratings, as a correlated subquery on `audit_id`. */
function auditMean(db: DB, auditIdRef: "follow.entry_id" | "follow.baseline_id") {
  return db
    .selectFrom("audit_ratings")
    .innerJoin("audit_criteria", "audit_criteria.id", "audit_ratings.criterion_id")
    .select((eb) => eb.fn.avg<string | number | null>("audit_ratings.rating").as("mean"))
    .whereRef("audit_criteria.audit_id", "=", sql.ref(auditIdRef));
}

/** One row per follow-up audit its cohort's leads may see (and whose baseline they may see), with both means. */
function followUpMeans(db: DB, cohortIds: string[] | "all", filters: DashboardFilters = {}) {
  let query = db
    .selectFrom("audits as follow")
    .innerJoin("entries as fe", "fe.id", "follow.entry_id")
    .innerJoin("entries as be", "be.id", "follow.baseline_id")
    .innerJoin("memberships as m", (join) =>
      join
        .onRef("m.cohort_id", "=", "fe.cohort_id")
        .onRef("m.user_id", "=", "fe.owner_id")
        .on("m.role", "=", "participant"),
    )
    .select((_eb) => [
      "follow.entry_id as auditId",
      "fe.cohort_id as cohortId",
      "fe.owner_id as ownerId",
      "follow.focus",
      "m.trust_id as trustId",
      auditMean(db, "follow.baseline_id").as("baselineMean"),
      auditMean(db, "follow.entry_id").as("followUpMean"),
    ])
    .where("follow.kind", "=", "follow_up")
    .where("fe.visibility", "in", SHARED)
    .where("be.visibility", "in", SHARED);
  if (cohortIds !== "all") query = query.where("fe.cohort_id", "in", cohortIds);
  if (filters.track) query = query.where("m.track", "=", filters.track);
  if (filters.trustId) query = query.where("m.trust_id", "=", filters.trustId);
  if (filters.from) query = query.where("fe.occurred_on", ">=", filters.from);
  if (filters.to) query = query.where("fe.occurred_on", "<=", filters.to);
  if (filters.strandId) {
    const strandId = filters.strandId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("entry_strands as tagged")
          .select("tagged.entry_id")
          .whereRef("tagged.entry_id", "=", "fe.id")
          .where("tagged.strand_id", "=", strandId),
      ),
    );
  }
  return query;
}

export interface AuditImpactRow {
  auditId: string;
  ownerId: string;
  participantName: string;
  trustName: string | null;
  focus: string;
  baselineMean: number;
  followUpMean: number;
  change: number;
}

export interface AuditImpactGroup {
  trustId: string | null;
  trustName: string;
  audits: number;
  baselineMean: number;
  followUpMean: number;
  change: number;
}

export interface AuditImpact {
  cohort: AuditImpactGroup | null;
  trusts: AuditImpactGroup[];
  audits: AuditImpactRow[];
}

/**
 * One statement: each compared follow-up audit of the cohort with both means (averaged by the database, once per
 * audit). The trust and whole-cohort figures are then the mean of those per-audit means, as before, taken from the
 * few rows already here rather than by running the per-audit subqueries twice more (they were most of the
 * dashboard's SQL time on the bench dataset: bench/explain.ts).
 */
export async function getAuditImpact(db: DB, cohortId: string, filters: DashboardFilters): Promise<AuditImpact> {
  const rows = await db
    .selectFrom(followUpMeans(db, [cohortId], filters).as("per_audit"))
    .innerJoin("users", "users.id", "per_audit.ownerId")
    .leftJoin("organisations", "organisations.id", "per_audit.trustId")
    .select([
      "per_audit.auditId",
      "per_audit.ownerId",
      "per_audit.trustId",
      "users.name as participantName",
      "organisations.name as trustName",
      "per_audit.focus",
      "per_audit.baselineMean",
      "per_audit.followUpMean",
    ])
    .orderBy("users.name")
    .orderBy("per_audit.focus")
    .execute();
  const compared = rows
    .filter((a) => a.baselineMean !== null && a.followUpMean !== null)
    .map((a) => ({ ...a, baselineMean: num(a.baselineMean), followUpMean: num(a.followUpMean) }));
  const group = (audits: typeof compared) => {
    const baselineMean = audits.reduce((sum, a) => sum + a.baselineMean, 0) / audits.length;
    const followUpMean = audits.reduce((sum, a) => sum + a.followUpMean, 0) / audits.length;
    return {
      audits: audits.length,
      baselineMean: round(baselineMean),
      followUpMean: round(followUpMean),
      change: round(followUpMean - baselineMean),
    };
  };
  const byTrust = new Map<string | null, typeof compared>();
  for (const a of compared) byTrust.set(a.trustId, [...(byTrust.get(a.trustId) ?? []), a]);
  const trusts = [...byTrust.entries()]
    .map(([trustId, audits]) => ({
      trustId,
      trustName: audits[0].trustName ?? "No trust recorded",
      named: audits[0].trustName !== null,
      ...group(audits),
    }))
    // By trust name, as the table reads; audits with no trust recorded come last.
    .sort(
      (a, b) =>
        Number(b.named) - Number(a.named) || (a.trustName < b.trustName ? -1 : a.trustName > b.trustName ? 1 : 0),
    )
    .map(({ named: _named, ...trust }) => trust);
  return {
    cohort: compared.length > 0 ? { trustId: null, trustName: "Whole cohort", ...group(compared) } : null,
    trusts,
    audits: compared.map((a) => ({
      auditId: a.auditId,
      ownerId: a.ownerId,
      participantName: a.participantName,
      trustName: a.trustName,
      focus: a.focus,
      baselineMean: round(a.baselineMean),
      followUpMean: round(a.followUpMean),
      change: round(a.followUpMean - a.baselineMean),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Initiatives by status, and by the highest evaluation level they have evidence for

export const INITIATIVE_STATUS_ORDER = ["planning", "in_progress", "evaluating", "complete", "paused"] as const;

export async function getInitiativesByStatus(db: DB, cohortId: string, filters: DashboardFilters) {
  const rows = await sharedEntries(db, cohortId, filters)
    .select((eb) => ["entries.status", eb.fn.countAll<string | number>().as("n")])
    .where("entries.kind", "=", "initiative")
    .groupBy("entries.status")
    .execute();
  const counts = new Map(rows.map((r) => [r.status, num(r.n)]));
  const known: string[] = [...INITIATIVE_STATUS_ORDER];
  return [
    ...INITIATIVE_STATUS_ORDER.map((status) => ({ status: status as string, count: counts.get(status) ?? 0 })),
    ...rows.filter((r) => !known.includes(r.status)).map((r) => ({ status: r.status, count: num(r.n) })),
  ];
}

/** How many initiatives reach each evaluation level at most (1 reactions … 5 student outcomes). */
export async function getInitiativesByEvaluationLevel(db: DB, cohortId: string, filters: DashboardFilters) {
  const highest = sharedEntries(db, cohortId, filters)
    .innerJoin("evaluations", "evaluations.initiative_id", "entries.id")
    .select((eb) => ["entries.id", eb.fn.max<number>("evaluations.level").as("level")])
    .where("entries.kind", "=", "initiative")
    .groupBy("entries.id")
    .as("highest");
  const rows = await db
    .selectFrom(highest)
    .select((eb) => ["highest.level", eb.fn.countAll<string | number>().as("n")])
    .groupBy("highest.level")
    .execute();
  return [1, 2, 3, 4, 5].map((level) => ({ level, count: num(rows.find((r) => Number(r.level) === level)?.n) }));
}

// ---------------------------------------------------------------------------------------------
// 5. Engagement over time: records per ISO week (Monday start)

export interface EngagementWeek {
  weekStart: string;
  records: number;
  workshops: string[];
}

/**
 * Records per day are counted by the database; the few day rows are then put into ISO weeks here. Weeks run from
 * the first to the last week with a record or a workshop, with empty weeks shown as 0 (at most 3 years of them).
 */
export async function getEngagementByWeek(
  db: DB,
  cohortId: string,
  filters: DashboardFilters,
  knownWorkshops?: Awaited<ReturnType<typeof listWorkshops>>,
): Promise<EngagementWeek[]> {
  const [days, workshops] = await Promise.all([
    sharedEntries(db, cohortId, filters)
      .select((eb) => ["entries.occurred_on as day", eb.fn.countAll<string | number>().as("n")])
      .groupBy("entries.occurred_on")
      .orderBy("entries.occurred_on")
      .execute(),
    knownWorkshops ?? listWorkshops(db, cohortId),
  ]);
  const inRange = (date: string) => (!filters.from || date >= filters.from) && (!filters.to || date <= filters.to);
  const weeks = new Map<string, EngagementWeek>();
  const week = (start: string) => {
    let found = weeks.get(start);
    if (!found) weeks.set(start, (found = { weekStart: start, records: 0, workshops: [] }));
    return found;
  };
  for (const day of days) week(isoWeekStart(day.day)).records += num(day.n);
  for (const w of workshops) if (inRange(w.heldOn)) week(isoWeekStart(w.heldOn)).workshops.push(w.title);
  const starts = [...weeks.keys()].sort();
  if (starts.length === 0) return [];
  const result: EngagementWeek[] = [];
  for (let start = starts[0], n = 0; start <= starts[starts.length - 1] && n < 160; start = addDays(start, 7), n++) {
    result.push(weeks.get(start) ?? { weekStart: start, records: 0, workshops: [] });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// 6. Ready for the next workshop: the tasks due before each workshop, done or not, per participant

export interface WorkshopReadiness {
  id: string;
  title: string;
  heldOn: string;
  number: number;
  taskCount: number;
  participants: { id: string; name: string; done: number; of: number; ready: boolean }[];
}

export async function getWorkshopReadiness(
  db: DB,
  cohortId: string,
  filters: DashboardFilters,
  known: { workshops?: Awaited<ReturnType<typeof listWorkshops>>; participants?: DashboardParticipant[] } = {},
): Promise<WorkshopReadiness[]> {
  const [workshops, participants, taskCounts, doneCounts] = await Promise.all([
    known.workshops ?? listWorkshops(db, cohortId),
    known.participants ?? listDashboardParticipants(db, cohortId, filters),
    db
      .selectFrom("workshops")
      .innerJoin("tasks", (join) =>
        join.onRef("tasks.cohort_id", "=", "workshops.cohort_id").onRef("tasks.due_on", "<", "workshops.held_on"),
      )
      .select((eb) => ["workshops.id", eb.fn.count<string | number>("tasks.id").as("n")])
      .where("workshops.cohort_id", "=", cohortId)
      .groupBy("workshops.id")
      .execute(),
    db
      .selectFrom("workshops")
      .innerJoin("tasks", (join) =>
        join.onRef("tasks.cohort_id", "=", "workshops.cohort_id").onRef("tasks.due_on", "<", "workshops.held_on"),
      )
      .innerJoin("task_responses", "task_responses.task_id", "tasks.id")
      .innerJoin("entries", "entries.id", "task_responses.entry_id")
      .select((eb) => [
        "workshops.id",
        "task_responses.owner_id as ownerId",
        eb.fn.count<string | number>("tasks.id").distinct().as("n"),
      ])
      .where("workshops.cohort_id", "=", cohortId)
      .where("entries.status", "=", "done")
      .where("entries.cohort_id", "=", cohortId)
      .where("task_responses.owner_id", "in", participantIds(db, cohortId, filters))
      .groupBy(["workshops.id", "task_responses.owner_id"])
      .execute(),
  ]);
  return workshops.map((w) => {
    const of = num(taskCounts.find((t) => t.id === w.id)?.n);
    return {
      ...w,
      taskCount: of,
      participants: participants.map((p) => {
        const done = num(doneCounts.find((d) => d.id === w.id && d.ownerId === p.id)?.n);
        return { id: p.id, name: p.name, done, of, ready: done >= of };
      }),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The whole dashboard

export async function getCohortDashboard(
  db: DB,
  viewer: Viewer,
  cohortId: string,
  filters: DashboardFilters,
  detail: DashboardDetail = "strands",
  today = todayInEngland(),
) {
  const cohort = await requireLedCohort(db, viewer, cohortId);
  // The participants and workshops are read once and handed to the sections that need them.
  const [participants, workshops] = await Promise.all([
    listDashboardParticipants(db, cohortId, filters),
    listWorkshops(db, cohortId),
  ]);
  const [coverage, tasks, audits, initiativeStatuses, evaluationLevels, engagement, readiness] = await Promise.all([
    getStrandCoverageHeatmap(db, cohortId, cohort.programmeId, filters, detail, participants),
    getTaskCompletion(db, cohortId, filters, today),
    getAuditImpact(db, cohortId, filters),
    getInitiativesByStatus(db, cohortId, filters),
    getInitiativesByEvaluationLevel(db, cohortId, filters),
    getEngagementByWeek(db, cohortId, filters, workshops),
    getWorkshopReadiness(db, cohortId, filters, { workshops, participants }),
  ]);
  return {
    cohort,
    participants,
    coverage,
    tasks,
    audits,
    initiativeStatuses,
    evaluationLevels,
    engagement,
    readiness,
    workshops,
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

export async function getAdminOverview(db: DB, viewer: Viewer) {
  requireAdmin(viewer);
  const [cohorts, withInitiative, records, tasks, audits, statuses] = await Promise.all([
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
    db
      .selectFrom("entries")
      .innerJoin("memberships", (join) =>
        join
          .onRef("memberships.cohort_id", "=", "entries.cohort_id")
          .onRef("memberships.user_id", "=", "entries.owner_id")
          .on("memberships.role", "=", "participant"),
      )
      .select((eb) => [
        "entries.cohort_id as cohortId",
        eb.fn.count<string | number>("entries.owner_id").distinct().as("n"),
      ])
      .where("entries.kind", "=", "initiative")
      .where("entries.visibility", "in", SHARED)
      .groupBy("entries.cohort_id")
      .execute(),
    db
      .selectFrom("entries")
      .innerJoin("memberships", (join) =>
        join
          .onRef("memberships.cohort_id", "=", "entries.cohort_id")
          .onRef("memberships.user_id", "=", "entries.owner_id")
          .on("memberships.role", "=", "participant"),
      )
      .select((eb) => ["entries.cohort_id as cohortId", eb.fn.countAll<string | number>().as("n")])
      .where("entries.visibility", "in", SHARED)
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
      .where("entries.visibility", "in", SHARED)
      .groupBy(["entries.cohort_id", "entries.status"])
      .execute(),
  ]);
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
