import type { DB } from "~/db.server";
import type { TaskResponseChoices, TaskResponseInput } from "~/tasks/schema";
import { todayInEngland } from "~/utils/dates";
import { notFound, participatesIn, type Viewer } from "~/utils/permissions.server";
import {
  checkTagsBelongTo,
  getCohortFramework,
  insertEntry,
  listOwnInitiativeChoices,
  readEntryTags,
  updateEntry,
  writeEntryTags,
} from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import { recordEvent } from "~/audit-trail/audit-log.server";
import { describeTask, toStatus } from "./tasks.server";

// Inter-sessional tasks, the participant's response: at most one per task (an entries row of kind "task_response"
// with its task_responses row), read and saved by its owner (see ./tasks.server for who sees what).

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
