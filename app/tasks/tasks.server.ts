import type { DB } from "~/db.server";
import type { TaskStatus } from "~/tasks/schema";
import { isTaskStatus } from "~/tasks/schema";
import { todayInEngland } from "~/utils/dates";
import { notFound, participantMemberships, type Viewer } from "~/utils/permissions.server";

// Inter-sessional tasks: a cohort's leads set them for the gap between workshops; each participant has at most one
// response (an entries row of kind "task_response" with its task_responses row).
//
// Who sees what:
//  - a task, its instructions and its response counts: the cohort's leads and programme admins; the task itself
//    (not others' responses) also the cohort's participants;
//  - a response's status and date: its owner, and the cohort's leads and admins (the lead set the task, so whether
//    it is done is theirs to know, whatever the response's visibility; the form says so);
//  - a response's text: by its visibility, through canViewEntry like every other record.
//
// This module holds what both sides share (workshops, reading a task) and the participant's lists of tasks; the
// lead's side is in ./lead.server, the participant's response to a task in ./response.server.

export interface WorkshopInfo {
  id: string;
  title: string;
  heldOn: string;
  /** 1, 2, 3: the workshop's place in the cohort's programme. */
  number: number;
}

export function toStatus(value: string | null | undefined): TaskStatus {
  return value && isTaskStatus(value) ? value : "not_started";
}

export async function listWorkshops(db: DB, cohortIds: string[]) {
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

export async function readTask(db: DB, taskId: string) {
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

export async function describeTask(db: DB, taskId: string, today: string) {
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
