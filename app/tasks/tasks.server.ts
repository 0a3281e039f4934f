import type { DB } from "~/db.server";
import type { TaskChoices, TaskInput, TaskResponseChoices, TaskResponseInput, TaskStatus } from "~/tasks/schema";
import { isTaskStatus } from "~/tasks/schema";
import { requireLedCohort } from "~/cohorts/access.server";
import { newId, nowIso } from "~/utils/ids.server";
import { todayInEngland } from "~/utils/dates";
import {
  canViewEntry,
  notFound,
  participantMemberships,
  participatesIn,
  type Viewer,
} from "~/utils/permissions.server";
import {
  checkTagsBelongTo,
  getCohortFramework,
  insertEntry,
  listOwnInitiativeChoices,
  readEntryTags,
  requireVisibleEntry,
  updateEntry,
  writeEntryTags,
} from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import { recordEvent, recordViewOf } from "~/audit-trail/audit-log.server";
import { countWhen } from "~/utils/sql.server";

// Inter-sessional tasks: a cohort's leads set them for the gap between workshops; each participant has at most one
// response (an entries row of kind "task_response" with its task_responses row).
//
// Who sees what:
//  - a task, its instructions and its response counts: the cohort's leads and programme admins; the task itself
//    (not others' responses) also the cohort's participants;
//  - a response's status and date: its owner, and the cohort's leads and admins (the lead set the task, so whether
//    it is done is theirs to know, whatever the response's visibility; the form says so);
//  - a response's text: by its visibility, through canViewEntry like every other record.

export interface WorkshopInfo {
  id: string;
  title: string;
  heldOn: string;
  /** 1, 2, 3: the workshop's place in the cohort's programme. */
  number: number;
}

function toStatus(value: string | null | undefined): TaskStatus {
  return value && isTaskStatus(value) ? value : "not_started";
}

async function listWorkshops(db: DB, cohortIds: string[]) {
  if (cohortIds.length === 0) return new Map<string, WorkshopInfo[]>();
  const rows = await db
    .selectFrom("workshops")
    .select(["id", "cohort_id as cohortId", "title", "held_on as heldOn"])
    .where("cohort_id", "in", cohortIds)
    .orderBy("cohort_id")
    .orderBy("position")
    .orderBy("held_on")
    .execute();
  const byCohort = new Map<string, WorkshopInfo[]>();
  for (const { cohortId, ...row } of rows) {
    const list = byCohort.get(cohortId) ?? [];
    list.push({ ...row, number: list.length + 1 });
    byCohort.set(cohortId, list);
  }
  return byCohort;
}

/** The first workshop held on or after the due date: the task is "due before workshop N". */
export function workshopDueBefore(workshops: WorkshopInfo[], dueOn: string): WorkshopInfo | undefined {
  return workshops.find((w) => w.heldOn >= dueOn);
}

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

async function readTask(db: DB, taskId: string) {
  const [task, strands] = await Promise.all([
    db
      .selectFrom("tasks")
      .innerJoin("cohorts", "cohorts.id", "tasks.cohort_id")
      .leftJoin("users", "users.id", "tasks.created_by")
      .select([
        "tasks.id",
        "tasks.cohort_id as cohortId",
        "cohorts.name as cohortName",
        "tasks.title",
        "tasks.instructions",
        "tasks.due_on as dueOn",
        "tasks.after_workshop_id as afterWorkshopId",
        "users.name as setByName",
      ])
      .where("tasks.id", "=", taskId)
      .executeTakeFirst(),
    db
      .selectFrom("task_strands")
      .innerJoin("strands", "strands.id", "task_strands.strand_id")
      .select(["strands.id", "strands.title"])
      .where("task_strands.task_id", "=", taskId)
      .orderBy("strands.position")
      .execute(),
  ]);
  return task ? { ...task, strands } : undefined;
}

async function describeTask(db: DB, taskId: string, today: string) {
  const task = await readTask(db, taskId);
  if (!task) notFound("We could not find that task.");
  const workshops = (await listWorkshops(db, [task.cohortId])).get(task.cohortId) ?? [];
  const { afterWorkshopId, ...rest } = task;
  return {
    ...rest,
    afterWorkshop: workshops.find((w) => w.id === afterWorkshopId) ?? null,
    dueBefore: workshopDueBefore(workshops, task.dueOn) ?? null,
    pastDue: task.dueOn < today,
  };
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

// ---------------------------------------------------------------------------------------------
// The participant's side

export interface OwnTask {
  id: string;
  title: string;
  dueOn: string;
  status: TaskStatus;
  overdue: boolean;
  cohortId: string;
  cohortName: string;
  updatedAt: string | null;
}

/** The tasks of every cohort the viewer takes part in, with the viewer's own response status. */
async function ownTaskRows(db: DB, viewer: Viewer, options: { notDone?: boolean } = {}) {
  const cohortIds = participantMemberships(viewer).map((m) => m.cohortId);
  if (cohortIds.length === 0) return [];
  let query = db
    .selectFrom("tasks")
    .innerJoin("cohorts", "cohorts.id", "tasks.cohort_id")
    .leftJoin("task_responses", (join) =>
      join.onRef("task_responses.task_id", "=", "tasks.id").on("task_responses.owner_id", "=", viewer.id),
    )
    .leftJoin("entries", "entries.id", "task_responses.entry_id")
    .select([
      "tasks.id",
      "tasks.title",
      "tasks.due_on as dueOn",
      "tasks.cohort_id as cohortId",
      "tasks.after_workshop_id as afterWorkshopId",
      "cohorts.name as cohortName",
      "entries.status",
      "entries.updated_at as updatedAt",
    ])
    .where("tasks.cohort_id", "in", cohortIds)
    .orderBy("tasks.due_on")
    .orderBy("tasks.title")
    .orderBy("tasks.id");
  if (options.notDone)
    query = query.where((eb) => eb.or([eb("entries.status", "is", null), eb("entries.status", "!=", "done")]));
  return query.execute();
}

/** The participant's tasks not yet done, soonest due first, with the overdue ones flagged (for the home page). */
export async function listOwnTasksDue(
  db: DB,
  viewer: Viewer,
  today = todayInEngland(),
): Promise<
  {
    id: string;
    title: string;
    dueOn: string;
    status: "not_started" | "in_progress" | "done";
    overdue: boolean;
    cohortName: string;
  }[]
> {
  const rows = await ownTaskRows(db, viewer, { notDone: true });
  return rows.map((row) => {
    const status = toStatus(row.status);
    return {
      id: row.id,
      title: row.title,
      dueOn: row.dueOn,
      status,
      overdue: status !== "done" && row.dueOn < today,
      cohortName: row.cohortName,
    };
  });
}

export interface OwnTaskGroup {
  /** The workshop the tasks are due before, or null for tasks due after the cohort's last workshop. */
  workshop: WorkshopInfo | null;
  tasks: OwnTask[];
}

/** Every task of the participant's cohorts, per cohort, grouped by the workshop they are due before. */
export async function listOwnTasks(db: DB, viewer: Viewer, today = todayInEngland()) {
  const rows = await ownTaskRows(db, viewer);
  const memberships = participantMemberships(viewer);
  const workshops = await listWorkshops(
    db,
    memberships.map((m) => m.cohortId),
  );
  const cohorts = memberships.map((membership) => {
    const cohortWorkshops = workshops.get(membership.cohortId) ?? [];
    const groups: OwnTaskGroup[] = [];
    for (const row of rows.filter((r) => r.cohortId === membership.cohortId)) {
      const workshop = workshopDueBefore(cohortWorkshops, row.dueOn) ?? null;
      let group = groups.find((g) => g.workshop?.id === workshop?.id);
      if (!group) {
        group = { workshop, tasks: [] };
        groups.push(group);
      }
      const status = toStatus(row.status);
      group.tasks.push({
        id: row.id,
        title: row.title,
        dueOn: row.dueOn,
        status,
        overdue: status !== "done" && row.dueOn < today,
        cohortId: row.cohortId,
        cohortName: row.cohortName,
        updatedAt: row.updatedAt,
      });
    }
    // Rows come soonest due first, so groups are already in workshop order; "after the last workshop" comes last.
    groups.sort((a, b) => (a.workshop?.number ?? Infinity) - (b.workshop?.number ?? Infinity));
    return { cohortId: membership.cohortId, cohortName: membership.cohortName, groups };
  });
  const all = cohorts.flatMap((c) => c.groups.flatMap((g) => g.tasks));
  return {
    cohorts,
    toDoCount: all.filter((t) => t.status !== "done").length,
    overdueCount: all.filter((t) => t.overdue).length,
    totalCount: all.length,
  };
}

/** A task of a cohort the viewer takes part in; 404 for any other (whether or not it exists). */
async function requireParticipantTask(db: DB, viewer: Viewer, taskId: string) {
  const task = await db
    .selectFrom("tasks")
    .select(["id", "cohort_id", "title"])
    .where("id", "=", taskId)
    .executeTakeFirst();
  if (!task || !participatesIn(viewer, task.cohort_id)) notFound("We could not find that task.");
  return task;
}

/** What the response form may offer: the participant's own initiatives in the cohort, and its framework. */
async function responseOptions(db: DB, viewer: Viewer, cohortId: string) {
  const [initiatives, strands] = await Promise.all([
    listOwnInitiativeChoices(db, viewer, cohortId),
    getCohortFramework(db, cohortId),
  ]);
  return { initiatives: initiatives.map(({ id, title }) => ({ id, title })), strands };
}

export type TaskResponseOptions = Awaited<ReturnType<typeof responseOptions>>;

export function taskResponseChoicesFrom(options: TaskResponseOptions): TaskResponseChoices {
  return {
    initiativeIds: options.initiatives.map((i) => i.id),
    strandIds: options.strands.map((s) => s.id),
    outcomeIds: options.strands.flatMap((s) => s.statements.map((st) => st.id)),
  };
}

async function findOwnResponse(db: DB, viewer: Viewer, taskId: string) {
  return db
    .selectFrom("task_responses")
    .innerJoin("entries", "entries.id", "task_responses.entry_id")
    .select([
      "entries.id",
      "entries.status",
      "entries.visibility",
      "entries.initiative_id as initiativeId",
      "entries.occurred_on as occurredOn",
      "entries.updated_at as updatedAt",
      "task_responses.body",
    ])
    .where("task_responses.task_id", "=", taskId)
    .where("task_responses.owner_id", "=", viewer.id)
    .executeTakeFirst();
}

/** One task for a participant of its cohort: the task, their own response (if any) and the form's choices. */
export async function getTaskForParticipant(db: DB, viewer: Viewer, taskId: string, today = todayInEngland()) {
  const facts = await requireParticipantTask(db, viewer, taskId);
  const [task, existing, options] = await Promise.all([
    describeTask(db, taskId, today),
    findOwnResponse(db, viewer, taskId),
    responseOptions(db, viewer, facts.cohort_id),
  ]);
  const tags = existing ? await readEntryTags(db, existing.id) : null;
  const status = toStatus(existing?.status);
  return {
    task,
    status,
    overdue: status !== "done" && task.dueOn < today,
    response: existing
      ? {
          id: existing.id,
          status,
          body: existing.body,
          visibility: existing.visibility,
          initiativeId: existing.initiativeId,
          updatedAt: existing.updatedAt,
          strandIds: tags?.strands.map((s) => s.id) ?? [],
          outcomeIds: tags?.statements.map((s) => s.id) ?? [],
        }
      : null,
    options,
  };
}

/**
 * Saves the participant's one response to a task: the first save creates it, every later save (or a second copy
 * of the same submission arriving at the same time) updates it. The unique (task, owner) index decides the race.
 */
export async function saveTaskResponse(
  db: DB,
  viewer: Viewer,
  taskId: string,
  input: TaskResponseInput,
  today = todayInEngland(),
): Promise<{ id: string; created: boolean }> {
  const task = await requireParticipantTask(db, viewer, taskId);
  const options = await responseOptions(db, viewer, task.cohort_id);
  if (input.initiativeId && !options.initiatives.some((i) => i.id === input.initiativeId)) {
    throw new InputError({ initiativeId: ["Choose one of your initiatives in this cohort"] });
  }
  checkTagsBelongTo(options.strands, input.strandIds, input.outcomeIds);
  if (input.status === "done" && !input.body) {
    throw new InputError({ body: ["Write your response before you mark the task as done"] });
  }
  const fields = {
    title: task.title,
    status: input.status,
    visibility: input.visibility,
    initiativeId: input.initiativeId,
    occurredOn: today,
  };

  return db.transaction().execute(async (trx) => {
    let id = (await findOwnResponse(trx, viewer, taskId))?.id;
    let created = false;
    if (!id) {
      const entryId = await insertEntry(trx, viewer, { kind: "task_response", cohortId: task.cohort_id, ...fields });
      const inserted = await trx
        .insertInto("task_responses")
        .values({ entry_id: entryId, task_id: taskId, owner_id: viewer.id, body: input.body })
        .onConflict((oc) => oc.columns(["task_id", "owner_id"]).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) {
        id = entryId;
        created = true;
      } else {
        // Another copy of this submission got there first: keep theirs, and update it below.
        await trx.deleteFrom("entries").where("id", "=", entryId).execute();
        id = (await findOwnResponse(trx, viewer, taskId))?.id;
        if (!id) throw new Error("A task response vanished while it was being saved");
      }
    }
    if (!created) {
      await updateEntry(trx, id, fields);
      await trx.updateTable("task_responses").set({ body: input.body }).where("entry_id", "=", id).execute();
    }
    await writeEntryTags(trx, id, input.strandIds, input.outcomeIds);
    await recordEvent(trx, viewer.id, created ? "create" : "update", "task_response", id, {
      fields: Object.keys(input),
      subjectOwnerId: viewer.id,
    });
    return { id, created };
  });
}
