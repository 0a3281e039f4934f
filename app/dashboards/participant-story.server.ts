import { SHARED_WITH_LEADS } from "~/entries/visibility";
import type { DB } from "~/db.server";
import { isTaskStatus, type TaskStatus } from "~/tasks/schema";
import { todayInEngland } from "~/utils/dates";
import { canViewCohort, notFound, type Viewer } from "~/utils/permissions.server";
import { findCohortParticipant } from "~/cohorts/access.server";
import { recordViewOf } from "~/audit-trail/audit-log.server";
import { overdueActions } from "~/initiatives/overdue.server";
import { countWhen } from "~/utils/sql.server";
import { countStrandCoverage } from "~/progress/progress.server";

// One participant's story for a lead of their cohort (or a programme admin): who they are and every record they
// have shared with leads, in one place. Each section is one function; every query carries the cohort, the
// participant and "visibility is not private", so nothing the participant kept to themselves can appear here.
// Counts and means are worked out by the database.

const NOT_FOUND = "We could not find that participant in this cohort.";

/** The cohort and the participant, if the viewer leads the cohort and the user takes part in it; 404 otherwise. */
export async function requireStoryParticipant(db: DB, viewer: Viewer, cohortId: string, userId: string) {
  if (!canViewCohort(viewer, cohortId)) notFound(NOT_FOUND);
  const participant = await findCohortParticipant(db, cohortId, userId);
  if (!participant) notFound(NOT_FOUND);
  const { cohort, person } = participant;
  return { cohort: { id: cohort.id, name: cohort.name, programmeId: cohort.programmeId }, person };
}

/** The participant's records in the cohort that leads may read: the one filter every section starts from. */
function sharedEntries(db: DB, cohortId: string, userId: string) {
  return db
    .selectFrom("entries")
    .where("entries.cohort_id", "=", cohortId)
    .where("entries.owner_id", "=", userId)
    .where("entries.visibility", "in", SHARED_WITH_LEADS);
}

export interface StoryInitiative {
  id: string;
  title: string;
  status: string;
  startsOn: string | null;
  endsOn: string | null;
  actionsTotal: number;
  actionsDone: number;
  actionsOverdue: number;
}

export async function getStoryInitiatives(
  db: DB,
  cohortId: string,
  userId: string,
  today: string,
): Promise<StoryInitiative[]> {
  const rows = await sharedEntries(db, cohortId, userId)
    .leftJoin("initiatives", "initiatives.entry_id", "entries.id")
    .leftJoin("action_items", "action_items.initiative_id", "entries.id")
    .select((eb) => {
      return [
        "entries.id",
        "entries.title",
        "entries.status",
        "initiatives.starts_on as startsOn",
        "initiatives.ends_on as endsOn",
        eb.fn.count<string | number>("action_items.id").as("actionsTotal"),
        countWhen(eb("action_items.rag", "=", "done")).as("actionsDone"),
        overdueActions(today).as("actionsOverdue"),
      ];
    })
    .where("entries.kind", "=", "initiative")
    .groupBy(["entries.id", "entries.title", "entries.status", "initiatives.starts_on", "initiatives.ends_on"])
    .orderBy("entries.title")
    .execute();
  return rows.map((row) => ({
    ...row,
    actionsTotal: Number(row.actionsTotal),
    actionsDone: Number(row.actionsDone ?? 0),
    actionsOverdue: Number(row.actionsOverdue ?? 0),
  }));
}

export interface StoryAudit {
  id: string;
  title: string;
  kind: "baseline" | "follow_up";
  conductedOn: string;
  mean: number | null;
  /** For a follow-up whose baseline is also shared with leads: the baseline, its mean and the change. */
  baseline: { id: string; title: string; mean: number | null } | null;
  change: number | null;
}

const toMean = (value: string | number | null | undefined) =>
  value === null || value === undefined ? null : Number(value);
const round2 = (value: number) => Math.round(value * 100) / 100;

export async function getStoryAudits(db: DB, cohortId: string, userId: string): Promise<StoryAudit[]> {
  const rows = await sharedEntries(db, cohortId, userId)
    .innerJoin("audits", "audits.entry_id", "entries.id")
    .leftJoin("audit_criteria", "audit_criteria.audit_id", "entries.id")
    .leftJoin("audit_ratings", "audit_ratings.criterion_id", "audit_criteria.id")
    .select((eb) => [
      "entries.id",
      "entries.title",
      "audits.kind",
      "audits.conducted_on as conductedOn",
      "audits.baseline_id as baselineId",
      eb.fn.avg<string | number | null>("audit_ratings.rating").as("mean"),
    ])
    .where("entries.kind", "=", "audit")
    .groupBy(["entries.id", "entries.title", "audits.kind", "audits.conducted_on", "audits.baseline_id"])
    .orderBy("audits.conducted_on")
    .orderBy("entries.title")
    .execute();
  // A private baseline stays out of the story altogether: no title, no mean, no change worked out from it.
  const byId = new Map(rows.map((r) => [r.id, { id: r.id, title: r.title, mean: toMean(r.mean) }]));
  return rows.map((row) => {
    const mean = toMean(row.mean);
    const baseline = row.baselineId ? (byId.get(row.baselineId) ?? null) : null;
    return {
      id: row.id,
      title: row.title,
      kind: row.kind,
      conductedOn: row.conductedOn,
      mean: mean === null ? null : round2(mean),
      baseline: baseline ? { ...baseline, mean: baseline.mean === null ? null : round2(baseline.mean) } : null,
      change: mean !== null && baseline?.mean != null ? round2(mean - baseline.mean) : null,
    };
  });
}

export interface StoryTask {
  taskId: string;
  title: string;
  dueOn: string;
  status: TaskStatus;
  overdue: boolean;
  /** Only when the response is shared with leads: its id, for the lead's response page. */
  responseId: string | null;
  updatedOn: string | null;
}

/**
 * Every task of the cohort with this participant's status. As on the lead's task pages, whether a task is done is
 * the lead's to know; the response itself (its text and page) only when it is shared with leads.
 */
export async function getStoryTasks(db: DB, cohortId: string, userId: string, today: string): Promise<StoryTask[]> {
  const rows = await db
    .selectFrom("tasks")
    .leftJoin("task_responses", (join) =>
      join.onRef("task_responses.task_id", "=", "tasks.id").on("task_responses.owner_id", "=", userId),
    )
    .leftJoin("entries", (join) =>
      join.onRef("entries.id", "=", "task_responses.entry_id").on("entries.cohort_id", "=", cohortId),
    )
    .select([
      "tasks.id as taskId",
      "tasks.title",
      "tasks.due_on as dueOn",
      "entries.id as entryId",
      "entries.status",
      "entries.visibility",
      "entries.updated_at as updatedAt",
    ])
    .where("tasks.cohort_id", "=", cohortId)
    .orderBy("tasks.due_on")
    .orderBy("tasks.title")
    .execute();
  return rows.map((row) => {
    const status: TaskStatus = row.status && isTaskStatus(row.status) ? row.status : "not_started";
    const shared = row.visibility === "leads" || row.visibility === "cohort";
    return {
      taskId: row.taskId,
      title: row.title,
      dueOn: row.dueOn,
      status,
      overdue: status !== "done" && row.dueOn < today,
      responseId: shared ? row.entryId : null,
      updatedOn: shared && row.updatedAt ? row.updatedAt.slice(0, 10) : null,
    };
  });
}

export interface StoryReflection {
  id: string;
  title: string;
  writtenOn: string;
  workshopTitle: string | null;
}

export async function getStoryReflections(db: DB, cohortId: string, userId: string): Promise<StoryReflection[]> {
  return sharedEntries(db, cohortId, userId)
    .innerJoin("reflections", "reflections.entry_id", "entries.id")
    .leftJoin("workshops", "workshops.id", "reflections.workshop_id")
    .select(["entries.id", "entries.title", "reflections.written_on as writtenOn", "workshops.title as workshopTitle"])
    .where("entries.kind", "=", "reflection")
    .orderBy("reflections.written_on", "desc")
    .orderBy("entries.title")
    .execute();
}

export interface StoryEvidence {
  id: string;
  title: string;
  kind: "file" | "link";
  fileName: string | null;
  size: number | null;
  /** The file's download route, or the https:// link. */
  href: string | null;
  record: { id: string; kind: string; title: string; href: string };
}

/** Where a lead reads a record: the record's own page, or for a task response the lead's response page. */
export function leadRecordHref(cohortId: string, kind: string, entryId: string, taskId: string | null): string {
  switch (kind) {
    case "initiative":
      return `/initiatives/${entryId}`;
    case "audit":
      return `/audits/${entryId}`;
    case "reflection":
      return `/reflections/${entryId}`;
    default:
      return taskId ? `/cohorts/${cohortId}/tasks/${taskId}/responses/${entryId}` : `/cohorts/${cohortId}/tasks`;
  }
}

export async function getStoryEvidence(db: DB, cohortId: string, userId: string): Promise<StoryEvidence[]> {
  const rows = await sharedEntries(db, cohortId, userId)
    .innerJoin("evidence", "evidence.entry_id", "entries.id")
    .leftJoin("task_responses", "task_responses.entry_id", "entries.id")
    .select([
      "evidence.id",
      "evidence.title",
      "evidence.kind",
      "evidence.file_name as fileName",
      "evidence.size",
      "evidence.url",
      "entries.id as entryId",
      "entries.kind as entryKind",
      "entries.title as entryTitle",
      "task_responses.task_id as taskId",
    ])
    .orderBy("entries.title")
    .orderBy("evidence.created_at")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    fileName: row.fileName,
    size: row.size === null ? null : Number(row.size),
    href:
      row.kind === "file" ? `/evidence/${row.id}/download` : row.url && /^https:\/\//i.test(row.url) ? row.url : null,
    record: {
      id: row.entryId,
      kind: row.entryKind,
      title: row.entryTitle,
      href: leadRecordHref(cohortId, row.entryKind, row.entryId, row.taskId),
    },
  }));
}

export interface StoryStrand {
  strandId: string;
  title: string;
  entries: number;
  statementsEvidenced: number;
  statementsTotal: number;
}

/** Strand coverage as a lead may see it: this participant's records in this cohort shared with leads. */
export function getStoryStrandCoverage(
  db: DB,
  cohortId: string,
  programmeId: string,
  userId: string,
): Promise<StoryStrand[]> {
  return countStrandCoverage(db, [programmeId], { ownerId: userId, cohortId, sharedWithLeadsOnly: true });
}

/** Everything on the drill-down page, for a lead of the cohort (or an admin). */
export async function getParticipantStory(
  db: DB,
  viewer: Viewer,
  cohortId: string,
  userId: string,
  today = todayInEngland(),
) {
  const { cohort, person } = await requireStoryParticipant(db, viewer, cohortId, userId);
  await recordViewOf(db, viewer, "participant", userId, userId);
  const [initiatives, audits, tasks, reflections, evidence, strands] = await Promise.all([
    getStoryInitiatives(db, cohortId, userId, today),
    getStoryAudits(db, cohortId, userId),
    getStoryTasks(db, cohortId, userId, today),
    getStoryReflections(db, cohortId, userId),
    getStoryEvidence(db, cohortId, userId),
    getStoryStrandCoverage(db, cohortId, cohort.programmeId, userId),
  ]);
  return {
    cohort: { id: cohort.id, name: cohort.name },
    person,
    initiatives,
    audits,
    tasks,
    reflections,
    evidence,
    strands,
  };
}

export type ParticipantStory = Awaited<ReturnType<typeof getParticipantStory>>;
