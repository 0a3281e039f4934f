import type { DB } from "~/db.server";
import type { TaskChoices, TaskInput, TaskStatus } from "~/tasks/schema";
import { requireLedCohort } from "~/cohorts/access.server";
import { newId, nowIso } from "~/utils/ids.server";
import { todayInEngland } from "~/utils/dates";
import { canViewEntry, notFound, type Viewer } from "~/utils/permissions.server";
import { getCohortFramework, readEntryTags, requireVisibleEntry } from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import { recordEvent, recordViewOf } from "~/audit-trail/audit-log.server";
import { countWhen } from "~/utils/sql.server";
import { describeTask, listWorkshops, readTask, toStatus, type WorkshopInfo } from "./tasks.server";

// Inter-sessional tasks, the lead's side: the cohort's tasks with their response counts, the task form, and each
// participant's response status (see ./tasks.server for who sees what).

// ---------------------------------------------------------------------------------------------
// The lead's side

async function requireCohortTask(db: DB, cohortId: string, taskId: string) {
  const task = await db
    .selectFrom("tasks")
    .select(["id", "cohort_id"])
    .where("id", "=", taskId)
    .where("cohort_id", "=", cohortId)
    .executeTakeFirst();
  if (!task) notFound("We could not find that task.");
  return task;
}

export interface TaskCounts {
  participantCount: number;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
}

export interface CohortTaskSummary extends TaskCounts {
  id: string;
  title: string;
  dueOn: string;
  afterWorkshop: WorkshopInfo | null;
}

/**
 * Each task of the cohort with how many of the cohort's current participants have done it, are on it, have not
 * started it, and are overdue: counted by the database (one row per task), never by loading the responses.
 */
async function taskCounts(db: DB, cohortId: string, today: string, taskId?: string) {
  let query = db
    .selectFrom("tasks")
    .leftJoin("memberships", (join) =>
      join.onRef("memberships.cohort_id", "=", "tasks.cohort_id").on("memberships.role", "=", "participant"),
    )
    .leftJoin("task_responses", (join) =>
      join
        .onRef("task_responses.task_id", "=", "tasks.id")
        .onRef("task_responses.owner_id", "=", "memberships.user_id"),
    )
    .leftJoin("entries", "entries.id", "task_responses.entry_id")
    .select((eb) => {
      const notDone = eb.or([eb("entries.status", "is", null), eb("entries.status", "!=", "done")]);
      return [
        "tasks.id",
        "tasks.title",
        "tasks.due_on as dueOn",
        "tasks.after_workshop_id as afterWorkshopId",
        eb.fn.count<string | number>("memberships.id").as("participantCount"),
        countWhen(eb("entries.status", "=", "done")).as("done"),
        countWhen(eb("entries.status", "=", "in_progress")).as("inProgress"),
        countWhen(
          eb.and([
            eb("memberships.id", "is not", null),
            eb.or([eb("entries.status", "is", null), eb("entries.status", "not in", ["done", "in_progress"])]),
          ]),
        ).as("notStarted"),
        countWhen(eb.and([eb("memberships.id", "is not", null), eb("tasks.due_on", "<", today), notDone])).as(
          "overdue",
        ),
      ];
    })
    .where("tasks.cohort_id", "=", cohortId)
    .groupBy(["tasks.id", "tasks.title", "tasks.due_on", "tasks.after_workshop_id"])
    .orderBy("tasks.due_on")
    .orderBy("tasks.title");
  if (taskId) query = query.where("tasks.id", "=", taskId);
  const rows = await query.execute();
  return rows.map((row) => ({
    ...row,
    participantCount: Number(row.participantCount),
    done: Number(row.done ?? 0),
    inProgress: Number(row.inProgress ?? 0),
    notStarted: Number(row.notStarted ?? 0),
    overdue: Number(row.overdue ?? 0),
  }));
}

/** The cohort's tasks for its leads, soonest due first, with response counts per task. */
export async function listCohortTasks(db: DB, viewer: Viewer, cohortId: string, today = todayInEngland()) {
  const cohort = await requireLedCohort(db, viewer, cohortId);
  const [rows, workshops] = await Promise.all([taskCounts(db, cohortId, today), listWorkshops(db, [cohortId])]);
  const cohortWorkshops = workshops.get(cohortId) ?? [];
  const tasks: CohortTaskSummary[] = rows.map(({ afterWorkshopId, ...row }) => ({
    ...row,
    afterWorkshop: cohortWorkshops.find((w) => w.id === afterWorkshopId) ?? null,
  }));
  return { cohort, tasks };
}

/** What the lead's task form offers for this cohort: its workshops and its programme's strands. */
export async function getTaskFormOptions(db: DB, viewer: Viewer, cohortId: string) {
  const cohort = await requireLedCohort(db, viewer, cohortId);
  const [workshops, framework] = await Promise.all([listWorkshops(db, [cohortId]), getCohortFramework(db, cohortId)]);
  return {
    cohort: { id: cohort.id, name: cohort.name },
    workshops: workshops.get(cohortId) ?? [],
    strands: framework.map((s) => ({ id: s.id, title: s.title })),
  };
}

export type TaskFormOptions = Awaited<ReturnType<typeof getTaskFormOptions>>;

export function taskChoicesFrom(options: TaskFormOptions): TaskChoices {
  return {
    workshops: options.workshops.map((w) => ({ id: w.id, heldOn: w.heldOn })),
    strandIds: options.strands.map((s) => s.id),
  };
}

function checkTaskChoices(options: TaskFormOptions, input: TaskInput) {
  const errors: Record<string, string[]> = {};
  const workshop = options.workshops.find((w) => w.id === input.afterWorkshopId);
  if (input.afterWorkshopId && !workshop) errors.afterWorkshopId = ["Choose one of this cohort's workshops"];
  if (workshop && input.dueOn < workshop.heldOn)
    errors.dueOn = ["The due date must be on or after the workshop the task follows"];
  const strands = new Set(options.strands.map((s) => s.id));
  if (!input.strandIds.every((id) => strands.has(id)))
    errors.strandIds = ["Choose strands from this cohort's programme"];
  if (Object.keys(errors).length > 0) throw new InputError(errors);
}

async function writeTaskStrands(db: DB, taskId: string, strandIds: string[]) {
  await db.deleteFrom("task_strands").where("task_id", "=", taskId).execute();
  if (strandIds.length > 0) {
    await db
      .insertInto("task_strands")
      .values(strandIds.map((strandId) => ({ task_id: taskId, strand_id: strandId })))
      .execute();
  }
}

export async function createTask(db: DB, viewer: Viewer, cohortId: string, input: TaskInput): Promise<string> {
  const options = await getTaskFormOptions(db, viewer, cohortId);
  checkTaskChoices(options, input);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("tasks")
      .values({
        id,
        cohort_id: cohortId,
        after_workshop_id: input.afterWorkshopId,
        title: input.title,
        instructions: input.instructions,
        due_on: input.dueOn,
        created_by: viewer.id,
        created_at: nowIso(),
      })
      .execute();
    await writeTaskStrands(trx, id, input.strandIds);
    await recordEvent(trx, viewer.id, "create", "task", id, { fields: Object.keys(input) });
  });
  return id;
}

export async function updateTask(db: DB, viewer: Viewer, cohortId: string, taskId: string, input: TaskInput) {
  const options = await getTaskFormOptions(db, viewer, cohortId);
  await requireCohortTask(db, cohortId, taskId);
  checkTaskChoices(options, input);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("tasks")
      .set({
        after_workshop_id: input.afterWorkshopId,
        title: input.title,
        instructions: input.instructions,
        due_on: input.dueOn,
      })
      .where("id", "=", taskId)
      .execute();
    await writeTaskStrands(trx, taskId, input.strandIds);
    // A response is titled by its task, so lists of records keep naming it correctly.
    await trx
      .updateTable("entries")
      .set({ title: input.title })
      .where("kind", "=", "task_response")
      .where("id", "in", (eb) => eb.selectFrom("task_responses").select("entry_id").where("task_id", "=", taskId))
      .execute();
    await recordEvent(trx, viewer.id, "update", "task", taskId, { fields: Object.keys(input) });
  });
}

export interface ParticipantResponseRow {
  userId: string;
  name: string;
  trustName: string | null;
  status: TaskStatus;
  overdue: boolean;
  /** Set only when the viewer may read the response's text (shared with leads or the cohort) and there is some. */
  responseId: string | null;
  /** readable; not_shared (private); empty (shared, but no text yet); none (never saved). */
  response: "readable" | "not_shared" | "empty" | "none";
  updatedAt: string | null;
}

/** One task for the cohort's leads: the task, its counts, and each current participant's response status. */
export async function getTaskForLead(
  db: DB,
  viewer: Viewer,
  cohortId: string,
  taskId: string,
  today = todayInEngland(),
) {
  const cohort = await requireLedCohort(db, viewer, cohortId);
  await requireCohortTask(db, cohortId, taskId);
  const [task, [counts], people] = await Promise.all([
    describeTask(db, taskId, today),
    taskCounts(db, cohortId, today, taskId),
    db
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .leftJoin("organisations", "organisations.id", "memberships.trust_id")
      .leftJoin("task_responses", (join) =>
        join.onRef("task_responses.owner_id", "=", "memberships.user_id").on("task_responses.task_id", "=", taskId),
      )
      .leftJoin("entries", "entries.id", "task_responses.entry_id")
      .select([
        "users.id as userId",
        "users.name",
        "organisations.name as trustName",
        "entries.id as responseId",
        "entries.status",
        "entries.visibility",
        "entries.updated_at as updatedAt",
        "task_responses.body",
      ])
      .where("memberships.cohort_id", "=", cohortId)
      .where("memberships.role", "=", "participant")
      .orderBy("users.name")
      .execute(),
  ]);
  const participants: ParticipantResponseRow[] = people.map((p) => {
    const status = toStatus(p.status);
    const response: ParticipantResponseRow["response"] =
      p.responseId === null || p.visibility === null
        ? "none"
        : !canViewEntry(viewer, { owner_id: p.userId, cohort_id: cohortId, visibility: p.visibility })
          ? "not_shared"
          : (p.body ?? "").length > 0
            ? "readable"
            : "empty";
    return {
      userId: p.userId,
      name: p.name,
      trustName: p.trustName,
      status,
      overdue: status !== "done" && task.dueOn < today,
      responseId: response === "readable" ? p.responseId : null,
      response,
      updatedAt: p.updatedAt,
    };
  });
  return { cohort: { id: cohort.id, name: cohort.name }, task, counts, participants };
}

/** The task as the lead's edit form's default values. */
export async function getTaskForEditing(db: DB, viewer: Viewer, cohortId: string, taskId: string) {
  await requireLedCohort(db, viewer, cohortId);
  await requireCohortTask(db, cohortId, taskId);
  const task = await readTask(db, taskId);
  if (!task) notFound("We could not find that task.");
  return {
    title: task.title,
    instructions: task.instructions,
    afterWorkshopId: task.afterWorkshopId ?? undefined,
    dueOn: task.dueOn,
    strandIds: task.strands.map((s) => s.id),
  };
}

/** One participant's response, for a lead of the task's cohort: 404 unless it is shared with them. */
export async function getTaskResponseForLead(
  db: DB,
  viewer: Viewer,
  cohortId: string,
  taskId: string,
  responseId: string,
  today = todayInEngland(),
) {
  const cohort = await requireLedCohort(db, viewer, cohortId);
  await requireCohortTask(db, cohortId, taskId);
  const facts = await requireVisibleEntry(db, viewer, responseId, "task_response");
  await recordViewOf(db, viewer, "task_response", responseId, facts.owner_id);
  const response = await db
    .selectFrom("task_responses")
    .innerJoin("entries", "entries.id", "task_responses.entry_id")
    .innerJoin("users", "users.id", "entries.owner_id")
    .select([
      "entries.id",
      "entries.status",
      "entries.visibility",
      "entries.occurred_on as occurredOn",
      "entries.updated_at as updatedAt",
      "entries.initiative_id as initiativeId",
      "users.name as ownerName",
      "task_responses.body",
    ])
    .where("task_responses.entry_id", "=", responseId)
    .where("task_responses.task_id", "=", taskId)
    .where("entries.cohort_id", "=", cohortId)
    .executeTakeFirst();
  if (!response || facts.cohort_id !== cohortId) notFound("We could not find that task response.");
  const [task, tags, initiative] = await Promise.all([
    describeTask(db, taskId, today),
    readEntryTags(db, responseId),
    response.initiativeId
      ? db
          .selectFrom("entries")
          .select(["id", "title", "owner_id", "cohort_id", "visibility"])
          .where("id", "=", response.initiativeId)
          .executeTakeFirst()
      : undefined,
  ]);
  const status = toStatus(response.status);
  return {
    cohort: { id: cohort.id, name: cohort.name },
    task: { id: task.id, title: task.title, dueOn: task.dueOn },
    response: {
      ...response,
      status,
      overdue: status !== "done" && task.dueOn < today,
      initiative:
        initiative && canViewEntry(viewer, initiative) ? { id: initiative.id, title: initiative.title } : null,
      strands: tags.strands,
      statements: tags.statements,
    },
  };
}
