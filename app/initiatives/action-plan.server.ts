import { redirect } from "@remix-run/node";
import type { Rag } from "../../db/schema";
import type { DB } from "~/db.server";
import type { ActionInput } from "~/initiatives/schema";
import { newId, nowIso } from "~/utils/ids.server";
import { todayInEngland } from "~/utils/dates";
import { notFound, type Viewer } from "~/utils/permissions.server";
import { recordEvent } from "~/audit-trail/audit-log.server";
import {
  ACTION_FIELD_LABELS,
  initiativeHasStarted,
  recordAdaptation,
  requireWhy,
  type Snapshot,
} from "./adaptations.server";
import { logChangedFields } from "./logged-change.server";
import { requireEditableInitiative } from "./initiatives.server";
import { listInitiativeSchools } from "./queries.server";

// ---- The action plan ----

/** The schools an action may name: those the initiative covers. Requires edit rights. */
export async function getActionFormOptions(db: DB, viewer: Viewer, initiativeId: string) {
  await requireEditableInitiative(db, viewer, initiativeId);
  const initiative = await db
    .selectFrom("entries")
    .select(["id", "title"])
    .where("id", "=", initiativeId)
    .executeTakeFirstOrThrow();
  const schools = await listInitiativeSchools(db, initiativeId);
  return { initiative, schools, started: await initiativeHasStarted(db, initiativeId) };
}

async function requireEditableAction(db: DB, viewer: Viewer, initiativeId: string, actionId: string) {
  await requireEditableInitiative(db, viewer, initiativeId);
  const action = await db
    .selectFrom("action_items")
    .select(["id", "position"])
    .where("id", "=", actionId)
    .where("initiative_id", "=", initiativeId)
    .executeTakeFirst();
  if (!action) notFound("We could not find that action.");
  return action;
}

export async function getActionForEditing(db: DB, viewer: Viewer, initiativeId: string, actionId: string) {
  await requireEditableAction(db, viewer, initiativeId, actionId);
  const action = await db
    .selectFrom("action_items")
    .select(["description", "owner_name as ownerName", "due_on as dueOn", "success_criteria as successCriteria", "rag"])
    .where("id", "=", actionId)
    .executeTakeFirstOrThrow();
  const schools = await db
    .selectFrom("action_item_schools")
    .select("school_id")
    .where("action_item_id", "=", actionId)
    .execute();
  return { ...action, schoolIds: schools.map((s) => s.school_id) };
}

async function touchInitiative(db: DB, initiativeId: string) {
  await db.updateTable("entries").set({ updated_at: nowIso() }).where("id", "=", initiativeId).execute();
}

async function writeActionSchools(db: DB, actionId: string, schoolIds: string[]) {
  await db.deleteFrom("action_item_schools").where("action_item_id", "=", actionId).execute();
  if (schoolIds.length > 0) {
    await db
      .insertInto("action_item_schools")
      .values(schoolIds.map((schoolId) => ({ action_item_id: actionId, school_id: schoolId })))
      .execute();
  }
}

async function readActionSnapshot(db: DB, actionId: string): Promise<Snapshot> {
  const [action, schools] = await Promise.all([
    db
      .selectFrom("action_items")
      .select(["description", "owner_name as ownerName", "due_on as dueOn", "success_criteria as successCriteria"])
      .where("id", "=", actionId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("action_item_schools")
      .innerJoin("organisations", "organisations.id", "action_item_schools.school_id")
      .select("organisations.name")
      .where("action_item_schools.action_item_id", "=", actionId)
      .orderBy("organisations.name")
      .execute(),
  ]);
  return { ...action, schools: schools.map((s) => s.name) };
}

function quoted(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
  return `“${short}”`;
}

export async function addAction(
  db: DB,
  viewer: Viewer,
  initiativeId: string,
  input: ActionInput,
  today = todayInEngland(),
) {
  await requireEditableInitiative(db, viewer, initiativeId);
  const started = await initiativeHasStarted(db, initiativeId, today);
  const why = started ? requireWhy(input.why) : null;
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom("action_items")
      .select((eb) => eb.fn.max("position").as("maxPosition"))
      .where("initiative_id", "=", initiativeId)
      .executeTakeFirst();
    const position = last?.maxPosition == null ? 0 : Number(last.maxPosition) + 1;
    await trx
      .insertInto("action_items")
      .values({
        id,
        initiative_id: initiativeId,
        description: input.description,
        owner_name: input.ownerName,
        due_on: input.dueOn,
        success_criteria: input.successCriteria,
        rag: input.rag,
        position,
      })
      .execute();
    await writeActionSchools(trx, id, input.schoolIds);
    if (why) {
      await recordAdaptation(trx, viewer, {
        initiativeId,
        subject: "action",
        subjectId: id,
        whatChanged: `Added action ${quoted(input.description)}`,
        why,
        before: null,
        after: await readActionSnapshot(trx, id),
      });
    }
    await touchInitiative(trx, initiativeId);
    await recordEvent(trx, viewer.id, "create", "action_item", id, {
      fields: Object.keys(input).filter((f) => f !== "why"),
      subjectOwnerId: viewer.id,
    });
  });
  return id;
}

/** Saves an action. Once the initiative has started, a change to anything but its status needs a reason and is logged. */
export async function updateAction(
  db: DB,
  viewer: Viewer,
  initiativeId: string,
  actionId: string,
  input: ActionInput,
  today = todayInEngland(),
) {
  await requireEditableAction(db, viewer, initiativeId, actionId);
  const started = await initiativeHasStarted(db, initiativeId, today);
  await db.transaction().execute(async (trx) => {
    const before = started ? await readActionSnapshot(trx, actionId) : null;
    await trx
      .updateTable("action_items")
      .set({
        description: input.description,
        owner_name: input.ownerName,
        due_on: input.dueOn,
        success_criteria: input.successCriteria,
        rag: input.rag,
      })
      .where("id", "=", actionId)
      .execute();
    await writeActionSchools(trx, actionId, input.schoolIds);
    if (before) {
      const after = await readActionSnapshot(trx, actionId);
      await logChangedFields(trx, viewer, {
        initiativeId,
        subject: "action",
        subjectId: actionId,
        labels: ACTION_FIELD_LABELS,
        why: input.why,
        before,
        after,
        describe: (summary) => `${summary} of action ${quoted(String(after.description))}`,
      });
    }
    await touchInitiative(trx, initiativeId);
    await recordEvent(trx, viewer.id, "update", "action_item", actionId, {
      fields: Object.keys(input).filter((f) => f !== "why"),
      subjectOwnerId: viewer.id,
    });
  });
}

export async function setActionRag(db: DB, viewer: Viewer, initiativeId: string, actionId: string, rag: Rag) {
  await requireEditableAction(db, viewer, initiativeId, actionId);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("action_items").set({ rag }).where("id", "=", actionId).execute();
    await touchInitiative(trx, initiativeId);
    await recordEvent(trx, viewer.id, "update", "action_item", actionId, {
      fields: ["rag"],
      subjectOwnerId: viewer.id,
    });
  });
}

export async function deleteAction(
  db: DB,
  viewer: Viewer,
  initiativeId: string,
  actionId: string,
  whyGiven?: string,
  today = todayInEngland(),
) {
  await requireEditableAction(db, viewer, initiativeId, actionId);
  const why = (await initiativeHasStarted(db, initiativeId, today)) ? requireWhy(whyGiven) : null;
  await db.transaction().execute(async (trx) => {
    if (why) {
      const before = await readActionSnapshot(trx, actionId);
      await recordAdaptation(trx, viewer, {
        initiativeId,
        subject: "action",
        subjectId: actionId,
        whatChanged: `Removed action ${quoted(String(before.description))}`,
        why,
        before,
        after: null,
      });
    }
    await trx.deleteFrom("action_items").where("id", "=", actionId).execute();
    await touchInitiative(trx, initiativeId);
    await recordEvent(trx, viewer.id, "delete", "action_item", actionId, { subjectOwnerId: viewer.id });
  });
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * Swaps the action with its neighbour; at either end it stays put. Once the initiative has started a new
 * order is a change to the plan, so a move without a reason is sent to the page that asks for one
 * (docs/decisions/0007-adaptation-log.md); the move buttons stay plain forms that work without JavaScript.
 */
export async function moveAction(
  db: DB,
  viewer: Viewer,
  initiativeId: string,
  actionId: string,
  direction: "up" | "down",
  whyGiven?: string,
  today = todayInEngland(),
) {
  const action = await requireEditableAction(db, viewer, initiativeId, actionId);
  const started = await initiativeHasStarted(db, initiativeId, today);
  if (started && (whyGiven ?? "").trim() === "") {
    const query = new URLSearchParams({ actionId, direction });
    throw redirect(`/initiatives/${initiativeId}/actions/move?${query}`);
  }
  await db.transaction().execute(async (trx) => {
    const neighbour = await trx
      .selectFrom("action_items")
      .select(["id", "position"])
      .where("initiative_id", "=", initiativeId)
      .where("position", direction === "up" ? "<" : ">", action.position)
      .orderBy("position", direction === "up" ? "desc" : "asc")
      .executeTakeFirst();
    if (!neighbour) return;
    const orderBefore = started ? await readPlanOrder(trx, initiativeId) : [];
    await trx.updateTable("action_items").set({ position: neighbour.position }).where("id", "=", action.id).execute();
    await trx.updateTable("action_items").set({ position: action.position }).where("id", "=", neighbour.id).execute();
    if (started) {
      const orderAfter = await readPlanOrder(trx, initiativeId);
      const from = orderBefore.findIndex((a) => a.id === actionId) + 1;
      const to = orderAfter.findIndex((a) => a.id === actionId) + 1;
      await recordAdaptation(trx, viewer, {
        initiativeId,
        subject: "action",
        subjectId: actionId,
        whatChanged: `Moved action ${quoted(orderAfter[to - 1]?.description ?? "")} from ${ordinal(from)} to ${ordinal(to)} in the plan`,
        why: requireWhy(whyGiven),
        before: { position: orderBefore.map((a) => a.description) },
        after: { position: orderAfter.map((a) => a.description) },
      });
    }
    await touchInitiative(trx, initiativeId);
  });
}

async function readPlanOrder(db: DB, initiativeId: string) {
  return db
    .selectFrom("action_items")
    .select(["id", "description"])
    .where("initiative_id", "=", initiativeId)
    .orderBy("position")
    .execute();
}

/** What the "why are you changing the order?" page shows about the move. */
export async function getMoveToConfirm(
  db: DB,
  viewer: Viewer,
  initiativeId: string,
  actionId: string,
  direction: "up" | "down",
) {
  await requireEditableAction(db, viewer, initiativeId, actionId);
  const order = await readPlanOrder(db, initiativeId);
  const initiative = await db
    .selectFrom("entries")
    .select(["id", "title"])
    .where("id", "=", initiativeId)
    .executeTakeFirstOrThrow();
  const from = order.findIndex((a) => a.id === actionId);
  const to = direction === "up" ? from - 1 : from + 1;
  return {
    initiative,
    action: order[from],
    direction,
    from: from + 1,
    to: to + 1,
    possible: to >= 0 && to < order.length,
  };
}
