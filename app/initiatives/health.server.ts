import { sql } from "kysely";
import type { DB } from "~/db.server";
import { overdueActions } from "./overdue.server";
import { WHY_MAX, type ImplementationInput, type RagValue } from "~/initiatives/schema";
import { newId, nowIso } from "~/utils/ids.server";
import { todayInEngland } from "~/utils/dates";
import { canEditEntry, canViewEntry, requireLeadOf, type Viewer } from "~/utils/permissions.server";
import { recordEvent } from "~/audit-trail/audit-log.server";
import { requireEditableEntry, requireVisibleEntry } from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import { computeInitiativeRag, hasStarted, type ComputedStatus, type InitiativeFacts } from "./rag";

export { computeInitiativeRag, hasStarted, type ComputedStatus, type InitiativeFacts } from "./rag";

// How an initiative is going (computed status, a participant's override with its history), the adaptation
// log of changes made after it started, and adoption / fidelity / sustainment school by school.

// ---- Facts and status ----

/**
 * The facts of every initiative asked for, in one query whatever the number: the action counts by joining
 * an aggregate, the rest as scalar subqueries. Also the access facts, so callers can drop what the viewer
 * may not see.
 */
function factsQuery(db: DB, initiativeIds: string[], today: string) {
  const actionTotals = db
    .selectFrom("action_items")
    .select((eb) => [
      "action_items.initiative_id",
      eb.fn.count<string | number>("action_items.id").as("actionCount"),
      sql<string | number | null>`sum(case when action_items.rag = 'done' then 1 else 0 end)`.as("doneCount"),
      sql<string | number | null>`sum(case when action_items.due_on < ${today} then 1 else 0 end)`.as("dueCount"),
      sql<
        string | number | null
      >`sum(case when action_items.due_on < ${today} and action_items.rag = 'done' then 1 else 0 end)`.as(
        "dueDoneCount",
      ),
      overdueActions(today).as("overdueCount"),
      sql<string | number | null>`sum(case when action_items.rag = 'off_track' then 1 else 0 end)`.as("offTrackCount"),
      sql<string | number | null>`sum(case when action_items.rag = 'at_risk' then 1 else 0 end)`.as("atRiskCount"),
    ])
    // Without this the aggregate would count every action in the database on each call.
    .where("action_items.initiative_id", "in", initiativeIds)
    .groupBy("action_items.initiative_id")
    .as("totals");

  return db
    .selectFrom("entries")
    .innerJoin("initiatives", "initiatives.entry_id", "entries.id")
    .leftJoin(actionTotals, "totals.initiative_id", "entries.id")
    .select((eb) => [
      "entries.id",
      "entries.owner_id",
      "entries.cohort_id",
      "entries.visibility",
      "entries.status",
      "initiatives.starts_on as startsOn",
      "initiatives.ends_on as endsOn",
      "totals.actionCount",
      "totals.doneCount",
      "totals.dueCount",
      "totals.dueDoneCount",
      "totals.overdueCount",
      "totals.offTrackCount",
      "totals.atRiskCount",
      eb
        .selectFrom("initiative_outcomes")
        .select((o) => o.fn.countAll<string | number>().as("n"))
        .whereRef("initiative_outcomes.initiative_id", "=", "entries.id")
        .where("initiative_outcomes.kind", "=", "implementation")
        .where("initiative_outcomes.measure", "<>", "")
        .as("measuredImplementationOutcomes"),
      eb
        .selectFrom("initiative_outcomes")
        .select((o) => o.fn.countAll<string | number>().as("n"))
        .whereRef("initiative_outcomes.initiative_id", "=", "entries.id")
        .where("initiative_outcomes.kind", "=", "final")
        .where("initiative_outcomes.measure", "<>", "")
        .as("measuredFinalOutcomes"),
      // Evidence on the initiative itself or on any record linked to it.
      eb
        .selectFrom("evidence")
        .innerJoin("entries as holder", "holder.id", "evidence.entry_id")
        .select((e) => e.fn.max("evidence.created_at").as("at"))
        .where((w) =>
          w.or([w("holder.id", "=", w.ref("entries.id")), w("holder.initiative_id", "=", w.ref("entries.id"))]),
        )
        .as("lastEvidenceAt"),
      eb
        .selectFrom("entries as reflection")
        .select((r) => r.fn.max("reflection.occurred_on").as("on"))
        .whereRef("reflection.initiative_id", "=", "entries.id")
        .where("reflection.kind", "=", "reflection")
        .as("lastReflectionOn"),
      eb
        .selectFrom("initiative_status_overrides as o")
        .select("o.rag")
        .whereRef("o.initiative_id", "=", "entries.id")
        .orderBy("o.created_at", "desc")
        .limit(1)
        .as("overrideRag"),
      eb
        .selectFrom("initiative_status_overrides as o")
        .select("o.reason")
        .whereRef("o.initiative_id", "=", "entries.id")
        .orderBy("o.created_at", "desc")
        .limit(1)
        .as("overrideReason"),
      eb
        .selectFrom("initiative_status_overrides as o")
        .select("o.created_by")
        .whereRef("o.initiative_id", "=", "entries.id")
        .orderBy("o.created_at", "desc")
        .limit(1)
        .as("overrideBy"),
      eb
        .selectFrom("initiative_status_overrides as o")
        .select("o.created_at")
        .whereRef("o.initiative_id", "=", "entries.id")
        .orderBy("o.created_at", "desc")
        .limit(1)
        .as("overrideAt"),
    ])
    .where("entries.kind", "=", "initiative")
    .where("entries.id", "in", initiativeIds.length > 0 ? initiativeIds : ["(none)"]);
}

type FactsRow = Awaited<ReturnType<ReturnType<typeof factsQuery>["execute"]>>[number];

const count = (value: string | number | null | undefined) => Number(value ?? 0);

function latest(a: string | null | undefined, b: string | null | undefined): string | null {
  const first = a ? a.slice(0, 10) : null;
  const second = b ? b.slice(0, 10) : null;
  if (!first) return second;
  if (!second) return first;
  return first > second ? first : second;
}

function factsFrom(row: FactsRow): InitiativeFacts {
  return {
    status: row.status,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    actionCount: count(row.actionCount),
    doneCount: count(row.doneCount),
    dueCount: count(row.dueCount),
    dueDoneCount: count(row.dueDoneCount),
    overdueCount: count(row.overdueCount),
    offTrackCount: count(row.offTrackCount),
    atRiskCount: count(row.atRiskCount),
    measuredImplementationOutcomes: count(row.measuredImplementationOutcomes),
    measuredFinalOutcomes: count(row.measuredFinalOutcomes),
    lastEvidenceOn: latest(row.lastEvidenceAt as string | null, row.lastReflectionOn as string | null),
  };
}

export interface InitiativeStatus {
  initiativeId: string;
  /** What shows: the override when there is one, otherwise the computed status. */
  rag: RagValue;
  computed: ComputedStatus;
  override: { rag: RagValue; reason: string; at: string; byViewer: boolean } | null;
}

function statusFrom(row: FactsRow, viewer: Viewer, today: string): InitiativeStatus {
  const computed = computeInitiativeRag(factsFrom(row), today);
  const overrideRag = row.overrideRag as RagValue | null;
  const override = overrideRag
    ? {
        rag: overrideRag,
        reason: String(row.overrideReason ?? ""),
        at: String(row.overrideAt ?? ""),
        byViewer: row.overrideBy === viewer.id,
      }
    : null;
  return { initiativeId: row.id, rag: override?.rag ?? computed.rag, computed, override };
}

/** The facts behind one initiative's status, for tests and for anyone who wants to show them. */
export async function getInitiativeFacts(db: DB, viewer: Viewer, initiativeId: string, today = todayInEngland()) {
  await requireVisibleEntry(db, viewer, initiativeId, "initiative");
  const row = await factsQuery(db, [initiativeId], today).executeTakeFirstOrThrow();
  return factsFrom(row);
}

/** One initiative's status; 404 unless the viewer may see the initiative. */
export async function getInitiativeStatus(
  db: DB,
  viewer: Viewer,
  initiativeId: string,
  today = todayInEngland(),
): Promise<InitiativeStatus> {
  await requireVisibleEntry(db, viewer, initiativeId, "initiative");
  const row = await factsQuery(db, [initiativeId], today).executeTakeFirstOrThrow();
  return statusFrom(row, viewer, today);
}

/** The statuses of many initiatives in one query, keyed by id; those the viewer may not see are left out. */
export async function listInitiativeStatuses(
  db: DB,
  viewer: Viewer,
  initiativeIds: string[],
  today = todayInEngland(),
): Promise<Record<string, InitiativeStatus>> {
  const unique = [...new Set(initiativeIds)];
  if (unique.length === 0) return {};
  const rows = await factsQuery(db, unique, today).execute();
  const statuses: Record<string, InitiativeStatus> = {};
  for (const row of rows) {
    if (canViewEntry(viewer, row)) statuses[row.id] = statusFrom(row, viewer, today);
  }
  return statuses;
}

// ---- Overrides ----

export interface StatusChange {
  id: string;
  at: string;
  byName: string | null;
  from: RagValue | null;
  to: RagValue | null;
  reason: string;
}

/** The status page: the current status and every override, newest first, with what it changed from. */
export async function getStatusPage(db: DB, viewer: Viewer, initiativeId: string, today = todayInEngland()) {
  const entry = await requireVisibleEntry(db, viewer, initiativeId, "initiative");
  const [initiative, status, rows] = await Promise.all([
    db.selectFrom("entries").select(["id", "title"]).where("id", "=", initiativeId).executeTakeFirstOrThrow(),
    getInitiativeStatus(db, viewer, initiativeId, today),
    db
      .selectFrom("initiative_status_overrides as o")
      .leftJoin("users", "users.id", "o.created_by")
      .select(["o.id", "o.rag", "o.reason", "o.created_at as at", "users.name as byName"])
      .where("o.initiative_id", "=", initiativeId)
      .orderBy("o.created_at", "asc")
      .execute(),
  ]);
  const history: StatusChange[] = rows.map((row, index) => ({
    id: row.id,
    at: row.at,
    byName: row.byName,
    from: index === 0 ? null : (rows[index - 1].rag as RagValue | null),
    to: row.rag as RagValue | null,
    reason: row.reason,
  }));
  return { initiative, status, history: history.reverse(), canEdit: canEditEntry(viewer, entry) };
}

/** A strictly later timestamp than the initiative's last override, so "the latest" is never a tie. */
async function nextTimestamp(db: DB, table: "initiative_status_overrides", initiativeId: string): Promise<string> {
  const last = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max("created_at").as("at"))
    .where("initiative_id", "=", initiativeId)
    .executeTakeFirst();
  const now = nowIso();
  if (!last?.at || String(last.at) < now) return now;
  return new Date(Date.parse(String(last.at)) + 1).toISOString();
}

/** Sets the status by hand, or (rag null) goes back to the computed one. A new row every time: the history. */
export async function overrideInitiativeStatus(
  db: DB,
  viewer: Viewer,
  initiativeId: string,
  change: { rag: RagValue | null; reason: string },
) {
  await requireEditableEntry(db, viewer, initiativeId, "initiative");
  const reason = change.reason.trim();
  if (change.rag && reason === "") throw new InputError({ reason: ["Enter why you are setting the status yourself"] });
  if (!change.rag) {
    const current = await getInitiativeStatus(db, viewer, initiativeId);
    if (!current.override) throw new InputError({ reason: ["The status is already the computed one"] });
  }
  await db.transaction().execute(async (trx) => {
    const id = newId();
    await trx
      .insertInto("initiative_status_overrides")
      .values({
        id,
        initiative_id: initiativeId,
        rag: change.rag,
        reason,
        created_by: viewer.id,
        created_at: await nextTimestamp(trx, "initiative_status_overrides", initiativeId),
      })
      .execute();
    await recordEvent(trx, viewer.id, "create", "initiative_status_override", id, {
      fields: ["rag", "reason"],
      subjectOwnerId: viewer.id,
    });
  });
}

// ---- Adaptation log ----

export type Snapshot = Record<string, string | string[] | OutcomeSnapshot[]>;
export interface OutcomeSnapshot {
  description: string;
  measure: string;
  measuredWhen: string;
}

export const DESIGN_FIELD_LABELS: Record<string, string> = {
  problem: "Problem",
  evidenceOfNeed: "Evidence of need",
  approach: "Approach",
  activeIngredients: "Active ingredients",
  startsOn: "Start date",
  endsOn: "End date",
  schools: "Schools",
  implementationOutcomes: "Implementation outcomes",
  finalOutcomes: "Final outcomes for pupils",
};

export const ACTION_FIELD_LABELS: Record<string, string> = {
  description: "Action",
  ownerName: "Owner",
  dueOn: "Due date",
  successCriteria: "Success criteria",
  schools: "Schools",
  position: "Place in the plan",
};

/** The fields whose values differ, in the order of the labels given. */
export function changedFields(
  before: Snapshot | null,
  after: Snapshot | null,
  labels: Record<string, string>,
): string[] {
  return Object.keys(labels).filter(
    (key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after?.[key] ?? null),
  );
}

function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function summariseChange(fields: string[], labels: Record<string, string>, prefix = "Changed"): string {
  const names = fields.map((f) => labels[f].toLowerCase());
  return `${prefix} ${listInWords(names)}`.trim();
}

/** True once the initiative has started: its start date has come or its status says it is under way. */
export async function initiativeHasStarted(db: DB, initiativeId: string, today = todayInEngland()): Promise<boolean> {
  const row = await db
    .selectFrom("entries")
    .innerJoin("initiatives", "initiatives.entry_id", "entries.id")
    .select(["entries.status", "initiatives.starts_on as startsOn"])
    .where("entries.id", "=", initiativeId)
    .executeTakeFirst();
  return row ? hasStarted(row, today) : false;
}

export const WHY_REQUIRED = "Enter why you are making this change: your initiative has started, so changes are logged";

/** Refuses a change to a started initiative that gives no reason (or an essay), beside the "why" field. */
export function requireWhy(why: string | undefined): string {
  const text = (why ?? "").trim();
  if (text === "") throw new InputError({ why: [WHY_REQUIRED] });
  if (text.length > WHY_MAX)
    throw new InputError({ why: [`Keep the reason to ${WHY_MAX.toLocaleString("en-GB")} characters or fewer`] });
  return text;
}

/** 404 unless the viewer may see the initiative, 403 unless it is theirs to change: checked before reading a form. */
export async function requireOwnInitiative(db: DB, viewer: Viewer, initiativeId: string) {
  await requireEditableEntry(db, viewer, initiativeId, "initiative");
}

export async function recordAdaptation(
  db: DB,
  viewer: Viewer,
  change: {
    initiativeId: string;
    subject: "design" | "action";
    subjectId: string;
    whatChanged: string;
    why: string;
    before: unknown;
    after: unknown;
  },
) {
  const id = newId();
  await db
    .insertInto("initiative_adaptations")
    .values({
      id,
      initiative_id: change.initiativeId,
      subject: change.subject,
      subject_id: change.subjectId,
      what_changed: change.whatChanged,
      why: change.why,
      before_json: JSON.stringify(change.before ?? null),
      after_json: JSON.stringify(change.after ?? null),
      changed_by: viewer.id,
      changed_at: nowIso(),
    })
    .execute();
  await recordEvent(db, viewer.id, "create", "initiative_adaptation", id, {
    fields: ["what_changed", "why"],
    subjectOwnerId: viewer.id,
  });
  return id;
}

export interface FieldChange {
  field: string;
  label: string;
  before: string | string[] | OutcomeSnapshot[] | null;
  after: string | string[] | OutcomeSnapshot[] | null;
}

function parseSnapshot(json: string): Snapshot | null {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === "object" ? (value as Snapshot) : null;
  } catch {
    return null;
  }
}

/** The adaptation log, newest first, each with its field-by-field changes. */
export async function listAdaptations(db: DB, viewer: Viewer, initiativeId: string) {
  const entry = await requireVisibleEntry(db, viewer, initiativeId, "initiative");
  const [initiative, rows] = await Promise.all([
    db
      .selectFrom("entries")
      .innerJoin("initiatives", "initiatives.entry_id", "entries.id")
      .select(["entries.id", "entries.title", "entries.status", "initiatives.starts_on as startsOn"])
      .where("entries.id", "=", initiativeId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("initiative_adaptations as a")
      .leftJoin("users", "users.id", "a.changed_by")
      .select([
        "a.id",
        "a.subject",
        "a.what_changed as whatChanged",
        "a.why",
        "a.before_json",
        "a.after_json",
        "a.changed_at as changedAt",
        "users.name as changedByName",
      ])
      .where("a.initiative_id", "=", initiativeId)
      .orderBy("a.changed_at", "desc")
      .execute(),
  ]);
  return {
    initiative: { id: initiative.id, title: initiative.title },
    canEdit: canEditEntry(viewer, entry),
    adaptations: rows.map(({ before_json, after_json, ...row }) => {
      const before = parseSnapshot(before_json);
      const after = parseSnapshot(after_json);
      const labels = row.subject === "design" ? DESIGN_FIELD_LABELS : ACTION_FIELD_LABELS;
      const fields = changedFields(before, after, labels);
      return {
        ...row,
        kind: before === null ? "added" : after === null ? "removed" : "changed",
        changes: fields.map<FieldChange>((field) => ({
          field,
          label: labels[field],
          before: before?.[field] ?? null,
          after: after?.[field] ?? null,
        })),
      };
    }),
  };
}

// ---- School by school implementation ----

export const IMPLEMENTATION_MEASURES = ["adoption", "fidelity", "sustainment"] as const;

async function readSchoolImplementation(db: DB, initiativeId: string) {
  const rows = await db
    .selectFrom("initiative_schools")
    .innerJoin("organisations", "organisations.id", "initiative_schools.school_id")
    .leftJoin("school_implementation as si", (join) =>
      join
        .onRef("si.initiative_id", "=", "initiative_schools.initiative_id")
        .onRef("si.school_id", "=", "initiative_schools.school_id"),
    )
    .select([
      "organisations.id as schoolId",
      "organisations.name as schoolName",
      "si.adoption",
      "si.fidelity",
      "si.sustainment",
      "si.note",
      "si.updated_at as updatedAt",
    ])
    .where("initiative_schools.initiative_id", "=", initiativeId)
    .orderBy("organisations.name")
    .execute();
  return rows.map((row) => ({ ...row, note: row.note ?? "" }));
}

export type SchoolImplementationRow = Awaited<ReturnType<typeof readSchoolImplementation>>[number];

/** Adoption, fidelity and sustainment for each school the initiative covers (blank where not judged). */
export async function getSchoolImplementation(db: DB, viewer: Viewer, initiativeId: string) {
  const entry = await requireVisibleEntry(db, viewer, initiativeId, "initiative");
  const [initiative, schools] = await Promise.all([
    db.selectFrom("entries").select(["id", "title"]).where("id", "=", initiativeId).executeTakeFirstOrThrow(),
    readSchoolImplementation(db, initiativeId),
  ]);
  return { initiative, schools, canEdit: canEditEntry(viewer, entry) };
}

/** Saves the grid; only schools the initiative covers are accepted. */
export async function saveSchoolImplementation(
  db: DB,
  viewer: Viewer,
  initiativeId: string,
  input: ImplementationInput,
) {
  await requireEditableEntry(db, viewer, initiativeId, "initiative");
  const covered = new Set((await readSchoolImplementation(db, initiativeId)).map((s) => s.schoolId));
  const unknown = input.schools.findIndex((s) => !covered.has(s.schoolId));
  if (unknown >= 0)
    throw new InputError({ [`schools[${unknown}].schoolId`]: ["Choose a school this initiative covers"] });
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    for (const school of input.schools) {
      const values = {
        adoption: school.adoption ?? null,
        fidelity: school.fidelity ?? null,
        sustainment: school.sustainment ?? null,
        note: school.note ?? "",
        updated_at: now,
      };
      await trx
        .insertInto("school_implementation")
        .values({ initiative_id: initiativeId, school_id: school.schoolId, ...values })
        .onConflict((oc) => oc.columns(["initiative_id", "school_id"]).doUpdateSet(values))
        .execute();
    }
    await recordEvent(trx, viewer.id, "update", "school_implementation", initiativeId, {
      fields: ["adoption", "fidelity", "sustainment", "note"],
      subjectOwnerId: viewer.id,
    });
  });
}

// ---- Schools to watch (cohort dashboard) ----

/** A rating at or below this is low: "Not yet" or "Beginning". */
export const LOW_RATING = 2;

export interface SchoolToWatch {
  initiativeId: string;
  initiativeTitle: string;
  ownerId: string;
  ownerName: string;
  schoolName: string;
  fidelity: number | null;
  sustainment: number | null;
  adoption: number | null;
  note: string;
  reasons: string[];
}

/**
 * Schools drifting in the cohort's initiatives shared with its leads: the approach is in use (adoption) but its
 * fidelity or sustainment is low and behind adoption, so it is used without its active ingredients or is not
 * lasting. Worst first. For the cohort's leads and admins. (Only the latest ratings are kept, so a fall over
 * time cannot be shown: see docs/decisions/0007-adaptation-log.md.)
 */
export async function listSchoolsToWatch(db: DB, viewer: Viewer, cohortId: string): Promise<SchoolToWatch[]> {
  requireLeadOf(viewer, cohortId);
  const rows = await db
    .selectFrom("school_implementation as si")
    .innerJoin("entries", "entries.id", "si.initiative_id")
    .innerJoin("users", "users.id", "entries.owner_id")
    .innerJoin("organisations", "organisations.id", "si.school_id")
    .select([
      "entries.id as initiativeId",
      "entries.title as initiativeTitle",
      "entries.owner_id as ownerId",
      "entries.cohort_id",
      "entries.visibility",
      "users.name as ownerName",
      "organisations.name as schoolName",
      "si.adoption",
      "si.fidelity",
      "si.sustainment",
      "si.note",
    ])
    .where("entries.cohort_id", "=", cohortId)
    .where("entries.kind", "=", "initiative")
    .where("entries.visibility", "in", ["leads", "cohort"])
    .where((eb) =>
      eb.or([
        eb.and([eb("si.fidelity", "<=", LOW_RATING), eb("si.fidelity", "<", eb.ref("si.adoption"))]),
        eb.and([eb("si.sustainment", "<=", LOW_RATING), eb("si.sustainment", "<", eb.ref("si.adoption"))]),
      ]),
    )
    .orderBy("users.name")
    .orderBy("entries.title")
    .orderBy("organisations.name")
    .execute();
  const worst = (row: { fidelity: number | null; sustainment: number | null }) =>
    Math.min(row.fidelity ?? 5, row.sustainment ?? 5);
  return rows
    .filter((row) =>
      canViewEntry(viewer, { owner_id: row.ownerId, cohort_id: row.cohort_id, visibility: row.visibility }),
    )
    .map(({ cohort_id: _cohortId, visibility: _visibility, ...row }) => ({ ...row, reasons: watchReasons(row) }))
    .sort((a, b) => worst(a) - worst(b));
}

const SCALE_WORDS: Record<number, string> = { 1: "Not yet", 2: "Beginning", 3: "Mostly", 4: "Fully" };

export function watchReasons(row: {
  adoption: number | null;
  fidelity: number | null;
  sustainment: number | null;
}): string[] {
  const reasons: string[] = [];
  for (const [measure, value] of [
    ["Fidelity", row.fidelity],
    ["Sustainment", row.sustainment],
  ] as const) {
    if (value != null && row.adoption != null && value <= LOW_RATING && value < row.adoption) {
      reasons.push(`${measure} is “${SCALE_WORDS[value]}” while adoption is “${SCALE_WORDS[row.adoption]}”`);
    }
  }
  return reasons;
}

/** The status as the page header and lists show it. */
export function toHealthView(status: InitiativeStatus) {
  return {
    rag: status.rag,
    computedRag: status.computed.rag,
    reasons: status.computed.reasons,
    overrideReason: status.override?.reason ?? null,
    byViewer: status.override?.byViewer ?? false,
  };
}

/** One initiative's status for its page header; 404 unless the viewer may see it. */
export async function getInitiativeHealthView(db: DB, viewer: Viewer, initiativeId: string, today = todayInEngland()) {
  return toHealthView(await getInitiativeStatus(db, viewer, initiativeId, today));
}

/** What the initiative page shows of its health: the status box and the school by school table. */
export async function getInitiativeHealthPanel(db: DB, viewer: Viewer, initiativeId: string, today = todayInEngland()) {
  const [status, schools] = await Promise.all([
    getInitiativeHealthView(db, viewer, initiativeId, today),
    readSchoolImplementation(db, initiativeId),
  ]);
  return { status, schools };
}
