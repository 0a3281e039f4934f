import type { DB } from "~/db.server";
import { WHY_MAX } from "~/initiatives/schema";
import { newId, nowIso } from "~/utils/ids.server";
import { todayInEngland } from "~/utils/dates";
import { canEditEntry, type Viewer } from "~/utils/permissions.server";
import { recordEvent } from "~/audit-trail/audit-log.server";
import { requireEditableEntry, requireVisibleEntry } from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import { hasStarted } from "./rag";

// The adaptation log: once an initiative has started, a change to its design or its action plan needs a reason
// and is logged with snapshots before and after (docs/decisions/0007-adaptation-log.md).

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
