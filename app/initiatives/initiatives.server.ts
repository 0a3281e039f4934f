import { redirect } from "@remix-run/node";
import type { Rag } from "../../db/schema";
import type { DB } from "~/db.server";
import { overdueActions } from "./overdue.server";
import type { ActionInput, InitiativeChoices, InitiativeInput } from "~/initiatives/schema";
import { newId, nowIso } from "~/utils/ids.server";
import { todayInEngland } from "~/utils/dates";
import { canEditEntry, forbidden, notFound, participatesIn, type Viewer } from "~/utils/permissions.server";
import {
  checkTagsBelongTo,
  insertEntry,
  type ParticipantCohort,
  readEntryTags,
  requireEditableEntry,
  requireVisibleEntry,
  updateEntry,
  writeEntryTags,
} from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import { recordEvent, recordViewOf } from "~/audit-trail/audit-log.server";
import {
  ACTION_FIELD_LABELS,
  changedFields,
  DESIGN_FIELD_LABELS,
  initiativeHasStarted,
  listInitiativeStatuses,
  recordAdaptation,
  requireWhy,
  summariseChange,
  type Snapshot,
} from "./health.server";

/** What an initiative form offers: the participant's cohorts, with their trust's schools and the framework. */
export type CohortChoice = ParticipantCohort;

export function choicesFrom(options: CohortChoice[]): InitiativeChoices {
  return {
    cohortIds: options.map((o) => o.cohortId),
    schoolIds: options.flatMap((o) => o.schools.map((s) => s.id)),
    strandIds: options.flatMap((o) => o.strands.map((s) => s.id)),
    outcomeIds: options.flatMap((o) => o.strands.flatMap((s) => s.statements.map((st) => st.id))),
  };
}

// A participant in two cohorts gets one list of choices; each id must still belong to the chosen cohort.
function checkBelongsToCohort(options: CohortChoice[], input: InitiativeInput) {
  const cohort = options.find((o) => o.cohortId === input.cohortId);
  if (!cohort) throw new InputError({ cohortId: ["Choose one of your cohorts"] });
  const schoolIds = new Set(cohort.schools.map((s) => s.id));
  if (!input.schoolIds.every((id) => schoolIds.has(id)))
    throw new InputError({ schoolIds: ["Choose schools from your trust"] });
  checkTagsBelongTo(cohort.strands, input.strandIds, input.outcomeIds);
}

export interface InitiativeSummary {
  id: string;
  title: string;
  status: string;
  visibility: string;
  startsOn: string;
  endsOn: string;
  cohortName: string;
  actionCount: number;
  doneCount: number;
  overdueCount: number;
  /** How it is going: computed, or set by the participant with a reason. */
  health: HealthSummary | null;
}

export interface HealthSummary {
  rag: Rag;
  computedRag: Rag;
  reasons: string[];
  overrideReason: string | null;
}

/** The participant's own initiatives, newest first, with their action counts (overdue = past due and not done). */
export async function listOwnInitiatives(
  db: DB,
  viewer: Viewer,
  today = todayInEngland(),
): Promise<InitiativeSummary[]> {
  const rows = await db
    .selectFrom("entries")
    .innerJoin("initiatives", "initiatives.entry_id", "entries.id")
    .innerJoin("cohorts", "cohorts.id", "entries.cohort_id")
    .leftJoin("action_items", "action_items.initiative_id", "entries.id")
    .select((eb) => [
      "entries.id",
      "entries.title",
      "entries.status",
      "entries.visibility",
      "initiatives.starts_on as startsOn",
      "initiatives.ends_on as endsOn",
      "cohorts.name as cohortName",
      "entries.updated_at",
      eb.fn.count<string | number>("action_items.id").as("actionCount"),
      eb.fn
        .sum<string | number | null>(eb.case().when("action_items.rag", "=", "done").then(1).else(0).end())
        .as("doneCount"),
      overdueActions(today).as("overdueCount"),
    ])
    .where("entries.owner_id", "=", viewer.id)
    .where("entries.kind", "=", "initiative")
    .groupBy([
      "entries.id",
      "entries.title",
      "entries.status",
      "entries.visibility",
      "initiatives.starts_on",
      "initiatives.ends_on",
      "cohorts.name",
      "entries.updated_at",
    ])
    .orderBy("entries.updated_at", "desc")
    .execute();
  const statuses = await listInitiativeStatuses(
    db,
    viewer,
    rows.map((r) => r.id),
    today,
  );
  return rows.map(({ updated_at: _updatedAt, ...row }) => {
    const status = statuses[row.id];
    return {
      ...row,
      actionCount: Number(row.actionCount),
      doneCount: Number(row.doneCount ?? 0),
      overdueCount: Number(row.overdueCount ?? 0),
      health: status
        ? {
            rag: status.rag,
            computedRag: status.computed.rag,
            reasons: status.computed.reasons,
            overrideReason: status.override?.reason ?? null,
          }
        : null,
    };
  });
}

export interface OverdueAction {
  id: string;
  description: string;
  dueOn: string;
  rag: Rag;
  initiativeId: string;
  initiativeTitle: string;
}

export async function listOwnOverdueActions(
  db: DB,
  viewer: Viewer,
  today = todayInEngland(),
): Promise<OverdueAction[]> {
  return db
    .selectFrom("action_items")
    .innerJoin("entries", "entries.id", "action_items.initiative_id")
    .select([
      "action_items.id",
      "action_items.description",
      "action_items.due_on as dueOn",
      "action_items.rag",
      "entries.id as initiativeId",
      "entries.title as initiativeTitle",
    ])
    .where("entries.owner_id", "=", viewer.id)
    .where("action_items.rag", "!=", "done")
    .where("action_items.due_on", "<", today)
    .orderBy("action_items.due_on")
    .limit(50)
    .execute();
}

const requireVisibleInitiative = (db: DB, viewer: Viewer, id: string) =>
  requireVisibleEntry(db, viewer, id, "initiative");
const requireEditableInitiative = (db: DB, viewer: Viewer, id: string) =>
  requireEditableEntry(db, viewer, id, "initiative");

export async function getInitiative(db: DB, viewer: Viewer, id: string, today = todayInEngland()) {
  const facts = await requireVisibleInitiative(db, viewer, id);
  await recordViewOf(db, viewer, "initiative", id, facts.owner_id);
  const initiative = await db
    .selectFrom("entries")
    .innerJoin("initiatives", "initiatives.entry_id", "entries.id")
    .innerJoin("users", "users.id", "entries.owner_id")
    .innerJoin("cohorts", "cohorts.id", "entries.cohort_id")
    .select([
      "entries.id",
      "entries.title",
      "entries.status",
      "entries.visibility",
      "entries.cohort_id as cohortId",
      "entries.created_at as createdAt",
      "entries.updated_at as updatedAt",
      "users.name as ownerName",
      "cohorts.name as cohortName",
      "initiatives.problem",
      "initiatives.evidence_of_need as evidenceOfNeed",
      "initiatives.approach",
      "initiatives.active_ingredients as activeIngredients",
      "initiatives.starts_on as startsOn",
      "initiatives.ends_on as endsOn",
    ])
    .where("entries.id", "=", id)
    .executeTakeFirstOrThrow();

  const [schools, outcomes, { strands, statements }, actions, actionSchools] = await Promise.all([
    db
      .selectFrom("initiative_schools")
      .innerJoin("organisations", "organisations.id", "initiative_schools.school_id")
      .select(["organisations.id", "organisations.name"])
      .where("initiative_schools.initiative_id", "=", id)
      .orderBy("organisations.name")
      .execute(),
    db
      .selectFrom("initiative_outcomes")
      .select(["id", "kind", "description", "measure", "measured_when as measuredWhen"])
      .where("initiative_id", "=", id)
      .orderBy("position")
      .execute(),
    readEntryTags(db, id),
    db
      .selectFrom("action_items")
      .select([
        "id",
        "description",
        "owner_name as ownerName",
        "due_on as dueOn",
        "success_criteria as successCriteria",
        "rag",
        "position",
      ])
      .where("initiative_id", "=", id)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("action_item_schools")
      .innerJoin("action_items", "action_items.id", "action_item_schools.action_item_id")
      .innerJoin("organisations", "organisations.id", "action_item_schools.school_id")
      .select(["action_item_schools.action_item_id as actionId", "organisations.id", "organisations.name"])
      .where("action_items.initiative_id", "=", id)
      .orderBy("organisations.name")
      .execute(),
  ]);

  return {
    ...initiative,
    canEdit: canEditEntry(viewer, facts),
    schools,
    implementationOutcomes: outcomes.filter((o) => o.kind === "implementation"),
    finalOutcomes: outcomes.filter((o) => o.kind === "final"),
    strands,
    statements,
    actions: actions.map((action) => ({
      ...action,
      overdue: action.rag !== "done" && action.dueOn < today,
      schools: actionSchools
        .filter((s) => s.actionId === action.id)
        .map(({ id: schoolId, name }) => ({ id: schoolId, name })),
    })),
  };
}

export type InitiativeDetail = Awaited<ReturnType<typeof getInitiative>>;

/** The initiative as the edit form's default values. */
export async function getInitiativeForEditing(db: DB, viewer: Viewer, id: string) {
  await requireEditableInitiative(db, viewer, id);
  const detail = await getInitiative(db, viewer, id);
  return {
    cohortId: detail.cohortId,
    title: detail.title,
    status: detail.status,
    visibility: detail.visibility,
    problem: detail.problem,
    evidenceOfNeed: detail.evidenceOfNeed,
    approach: detail.approach,
    activeIngredients: detail.activeIngredients,
    schoolIds: detail.schools.map((s) => s.id),
    startsOn: detail.startsOn,
    endsOn: detail.endsOn,
    implementationOutcomes: detail.implementationOutcomes.map(({ description, measure, measuredWhen }) => ({
      description,
      measure,
      measuredWhen,
    })),
    finalOutcomes: detail.finalOutcomes.map(({ description, measure, measuredWhen }) => ({
      description,
      measure,
      measuredWhen,
    })),
    strandIds: detail.strands.map((s) => s.id),
    outcomeIds: detail.statements.map((s) => s.id),
  };
}

async function writeInitiativeDetails(db: DB, id: string, input: InitiativeInput) {
  await db.deleteFrom("initiative_schools").where("initiative_id", "=", id).execute();
  await db.deleteFrom("initiative_outcomes").where("initiative_id", "=", id).execute();
  if (input.schoolIds.length > 0) {
    await db
      .insertInto("initiative_schools")
      .values(input.schoolIds.map((schoolId) => ({ initiative_id: id, school_id: schoolId })))
      .execute();
  }
  const outcomes = [
    ...input.implementationOutcomes.map((o) => ({ ...o, kind: "implementation" as const })),
    ...input.finalOutcomes.map((o) => ({ ...o, kind: "final" as const })),
  ];
  if (outcomes.length > 0) {
    await db
      .insertInto("initiative_outcomes")
      .values(
        outcomes.map((o, position) => ({
          id: newId(),
          initiative_id: id,
          kind: o.kind,
          description: o.description,
          measure: o.measure,
          measured_when: o.measuredWhen,
          position,
        })),
      )
      .execute();
  }
  await writeEntryTags(db, id, input.strandIds, input.outcomeIds);
}

export async function createInitiative(db: DB, viewer: Viewer, options: CohortChoice[], input: InitiativeInput) {
  if (!participatesIn(viewer, input.cohortId)) forbidden("Only participants of this cohort can add initiatives to it.");
  checkBelongsToCohort(options, input);
  return db.transaction().execute(async (trx) => {
    const id = await insertEntry(trx, viewer, {
      kind: "initiative",
      cohortId: input.cohortId,
      title: input.title,
      status: input.status,
      visibility: input.visibility,
      occurredOn: input.startsOn,
    });
    await trx
      .insertInto("initiatives")
      .values({
        entry_id: id,
        problem: input.problem,
        evidence_of_need: input.evidenceOfNeed,
        approach: input.approach,
        active_ingredients: input.activeIngredients,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
      })
      .execute();
    await writeInitiativeDetails(trx, id, input);
    await recordEvent(trx, viewer.id, "create", "initiative", id, {
      fields: Object.keys(input),
      subjectOwnerId: viewer.id,
    });
    return id;
  });
}

/** The parts of an initiative's design the adaptation log follows (not its title, status, sharing or tags). */
async function readDesignSnapshot(db: DB, id: string): Promise<Snapshot> {
  const [initiative, schools, outcomes] = await Promise.all([
    db
      .selectFrom("initiatives")
      .select([
        "problem",
        "evidence_of_need as evidenceOfNeed",
        "approach",
        "active_ingredients as activeIngredients",
        "starts_on as startsOn",
        "ends_on as endsOn",
      ])
      .where("entry_id", "=", id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("initiative_schools")
      .innerJoin("organisations", "organisations.id", "initiative_schools.school_id")
      .select("organisations.name")
      .where("initiative_schools.initiative_id", "=", id)
      .orderBy("organisations.name")
      .execute(),
    db
      .selectFrom("initiative_outcomes")
      .select(["kind", "description", "measure", "measured_when as measuredWhen"])
      .where("initiative_id", "=", id)
      .orderBy("position")
      .execute(),
  ]);
  const outcomeRows = (kind: string) =>
    outcomes
      .filter((o) => o.kind === kind)
      .map(({ description, measure, measuredWhen }) => ({ description, measure, measuredWhen }));
  return {
    ...initiative,
    schools: schools.map((s) => s.name),
    implementationOutcomes: outcomeRows("implementation"),
    finalOutcomes: outcomeRows("final"),
  };
}

/**
 * Saves the edit form. Once the initiative has started, a change to its design needs a reason (`why`) and
 * is written to the adaptation log with snapshots before and after; without a reason nothing is saved.
 */
export async function updateInitiative(
  db: DB,
  viewer: Viewer,
  options: CohortChoice[],
  id: string,
  input: InitiativeInput,
  today = todayInEngland(),
) {
  const entry = await requireEditableInitiative(db, viewer, id);
  // An initiative stays in the cohort it was made in.
  const fixed = { ...input, cohortId: entry.cohort_id };
  checkBelongsToCohort(options, fixed);
  const started = await initiativeHasStarted(db, id, today);
  await db.transaction().execute(async (trx) => {
    const before = started ? await readDesignSnapshot(trx, id) : null;
    await updateEntry(trx, id, {
      title: fixed.title,
      status: fixed.status,
      visibility: fixed.visibility,
      occurredOn: fixed.startsOn,
    });
    await trx
      .updateTable("initiatives")
      .set({
        problem: fixed.problem,
        evidence_of_need: fixed.evidenceOfNeed,
        approach: fixed.approach,
        active_ingredients: fixed.activeIngredients,
        starts_on: fixed.startsOn,
        ends_on: fixed.endsOn,
      })
      .where("entry_id", "=", id)
      .execute();
    await writeInitiativeDetails(trx, id, fixed);
    if (before) {
      const after = await readDesignSnapshot(trx, id);
      const fields = changedFields(before, after, DESIGN_FIELD_LABELS);
      if (fields.length > 0) {
        // Throwing here rolls the whole edit back: the form comes back with the values typed.
        const why = requireWhy(input.why);
        await recordAdaptation(trx, viewer, {
          initiativeId: id,
          subject: "design",
          subjectId: id,
          whatChanged: summariseChange(fields, DESIGN_FIELD_LABELS),
          why,
          before,
          after,
        });
      }
    }
    await recordEvent(trx, viewer.id, "update", "initiative", id, {
      fields: Object.keys(input).filter((f) => f !== "why"),
      subjectOwnerId: viewer.id,
    });
  });
}

export async function deleteInitiative(db: DB, viewer: Viewer, id: string) {
  await requireEditableInitiative(db, viewer, id);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("entries").where("id", "=", id).execute();
    await recordEvent(trx, viewer.id, "delete", "initiative", id, { subjectOwnerId: viewer.id });
  });
}

// ---- The action plan ----

/** The schools an action may name: those the initiative covers. Requires edit rights. */
export async function getActionFormOptions(db: DB, viewer: Viewer, initiativeId: string) {
  await requireEditableInitiative(db, viewer, initiativeId);
  const initiative = await db
    .selectFrom("entries")
    .select(["id", "title"])
    .where("id", "=", initiativeId)
    .executeTakeFirstOrThrow();
  const schools = await db
    .selectFrom("initiative_schools")
    .innerJoin("organisations", "organisations.id", "initiative_schools.school_id")
    .select(["organisations.id", "organisations.name"])
    .where("initiative_schools.initiative_id", "=", initiativeId)
    .orderBy("organisations.name")
    .execute();
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
      const fields = changedFields(before, after, ACTION_FIELD_LABELS);
      if (fields.length > 0) {
        const why = requireWhy(input.why);
        await recordAdaptation(trx, viewer, {
          initiativeId,
          subject: "action",
          subjectId: actionId,
          whatChanged: `${summariseChange(fields, ACTION_FIELD_LABELS)} of action ${quoted(String(after.description))}`,
          why,
          before,
          after,
        });
      }
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
