import type { Rag } from "../../db/schema";
import type { DB } from "~/db.server";
import { actionCountColumns, INITIATIVE_LIST_COLUMNS, listInitiativeSchools } from "./queries.server";
import type { InitiativeChoices, InitiativeInput } from "~/initiatives/schema";
import { newId } from "~/utils/ids.server";
import { todayInEngland } from "~/utils/dates";
import { canEditEntry, forbidden, participatesIn, type Viewer } from "~/utils/permissions.server";
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
import { DESIGN_FIELD_LABELS, initiativeHasStarted, type Snapshot } from "./adaptations.server";
import { logChangedFields } from "./logged-change.server";
import { listInitiativeStatuses } from "./health.server";
import type { InitiativeCard } from "./cards";

// An initiative: the participant's list, its page, and its design (create, edit with the adaptation log, delete).
// Its action plan is in ./action-plan.server.

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

/** An initiative card's numbers (./cards), with who it is shared with. */
export interface InitiativeSummary extends Omit<InitiativeCard, "health"> {
  visibility: string;
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
      ...INITIATIVE_LIST_COLUMNS,
      "initiatives.starts_on as startsOn",
      "initiatives.ends_on as endsOn",
      "cohorts.name as cohortName",
      "entries.updated_at",
      ...actionCountColumns(eb, today),
    ])
    .where("entries.owner_id", "=", viewer.id)
    .where("entries.kind", "=", "initiative")
    .groupBy([
      ...INITIATIVE_LIST_COLUMNS,
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
export const requireEditableInitiative = (db: DB, viewer: Viewer, id: string) =>
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
    listInitiativeSchools(db, id),
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
    listInitiativeSchools(db, id),
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
      await logChangedFields(trx, viewer, {
        initiativeId: id,
        subject: "design",
        subjectId: id,
        labels: DESIGN_FIELD_LABELS,
        why: input.why,
        before,
        after: await readDesignSnapshot(trx, id),
        describe: (summary) => summary,
      });
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
