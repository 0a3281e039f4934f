import type { EntryKind, Visibility } from "../../db/schema";
import type { DB } from "~/db.server";
import { newId, nowIso } from "~/utils/ids.server";
import {
  canEditEntry,
  canViewEntry,
  forbidden,
  notFound,
  participantMemberships,
  type Viewer,
} from "~/utils/permissions.server";
import { InputError } from "~/utils/errors.server";
import { getFramework, type StrandOption } from "~/frameworks/frameworks.server";

// What every kind of record shares: the entries row, its visibility, its tags to strands and outcome statements.

const KIND_NAMES: Record<EntryKind, string> = {
  initiative: "initiative",
  audit: "audit",
  task_response: "task response",
  reflection: "reflection",
};

export async function loadEntryFacts(db: DB, id: string) {
  return db
    .selectFrom("entries")
    .select(["id", "kind", "owner_id", "cohort_id", "visibility", "initiative_id"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Throws 404 unless the viewer may see the record (and it is of the kind asked for): no hint that it exists. */
export async function requireVisibleEntry(db: DB, viewer: Viewer, id: string, kind?: EntryKind) {
  const entry = await loadEntryFacts(db, id);
  if (!entry || (kind && entry.kind !== kind) || !canViewEntry(viewer, entry)) {
    notFound(`We could not find that ${kind ? KIND_NAMES[kind] : "record"}.`);
  }
  return entry;
}

/** Throws 404 when the record is invisible to the viewer, 403 when visible but not theirs to change. */
export async function requireEditableEntry(db: DB, viewer: Viewer, id: string, kind?: EntryKind) {
  const entry = await requireVisibleEntry(db, viewer, id, kind);
  if (!canEditEntry(viewer, entry)) {
    forbidden(`Only the participant who wrote this ${kind ? KIND_NAMES[kind] : "record"} can change it.`);
  }
  return entry;
}

export interface NewEntryFields {
  kind: EntryKind;
  cohortId: string;
  initiativeId?: string | null;
  title: string;
  status: string;
  visibility: Visibility;
  occurredOn: string;
}

export async function insertEntry(db: DB, viewer: Viewer, fields: NewEntryFields): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto("entries")
    .values({
      id,
      kind: fields.kind,
      owner_id: viewer.id,
      cohort_id: fields.cohortId,
      initiative_id: fields.initiativeId ?? null,
      title: fields.title,
      status: fields.status,
      visibility: fields.visibility,
      occurred_on: fields.occurredOn,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export async function updateEntry(
  db: DB,
  id: string,
  fields: Partial<Pick<NewEntryFields, "title" | "status" | "visibility" | "occurredOn" | "initiativeId">>,
) {
  await db
    .updateTable("entries")
    .set({
      ...(fields.title !== undefined ? { title: fields.title } : {}),
      ...(fields.status !== undefined ? { status: fields.status } : {}),
      ...(fields.visibility !== undefined ? { visibility: fields.visibility } : {}),
      ...(fields.occurredOn !== undefined ? { occurred_on: fields.occurredOn } : {}),
      ...(fields.initiativeId !== undefined ? { initiative_id: fields.initiativeId } : {}),
      updated_at: nowIso(),
    })
    .where("id", "=", id)
    .execute();
}

/** Replaces a record's tags. */
export async function writeEntryTags(db: DB, entryId: string, strandIds: string[], outcomeIds: string[]) {
  await db.deleteFrom("entry_strands").where("entry_id", "=", entryId).execute();
  await db.deleteFrom("entry_outcomes").where("entry_id", "=", entryId).execute();
  if (strandIds.length > 0) {
    await db
      .insertInto("entry_strands")
      .values(strandIds.map((strandId) => ({ entry_id: entryId, strand_id: strandId })))
      .execute();
  }
  if (outcomeIds.length > 0) {
    await db
      .insertInto("entry_outcomes")
      .values(outcomeIds.map((outcomeId) => ({ entry_id: entryId, outcome_statement_id: outcomeId })))
      .execute();
  }
}

export async function readEntryTags(db: DB, entryId: string) {
  const [strands, statements] = await Promise.all([
    db
      .selectFrom("entry_strands")
      .innerJoin("strands", "strands.id", "entry_strands.strand_id")
      .select(["strands.id", "strands.title"])
      .where("entry_strands.entry_id", "=", entryId)
      .orderBy("strands.position")
      .execute(),
    db
      .selectFrom("entry_outcomes")
      .innerJoin("outcome_statements", "outcome_statements.id", "entry_outcomes.outcome_statement_id")
      .innerJoin("strands", "strands.id", "outcome_statements.strand_id")
      .select(["outcome_statements.id", "outcome_statements.text", "strands.title as strandTitle"])
      .where("entry_outcomes.entry_id", "=", entryId)
      .orderBy("strands.position")
      .orderBy("outcome_statements.position")
      .execute(),
  ]);
  return { strands, statements };
}

/** The strands and statements a record of this cohort may be tagged with: its programme's framework. */
export async function getCohortFramework(db: DB, cohortId: string): Promise<StrandOption[]> {
  const cohort = await db.selectFrom("cohorts").select("programme_id").where("id", "=", cohortId).executeTakeFirst();
  return cohort ? getFramework(db, cohort.programme_id) : [];
}

/** Refuses (400 beside the field) tags that are not from the cohort's own programme. */
export function checkTagsBelongTo(framework: StrandOption[], strandIds: string[], outcomeIds: string[]) {
  const strands = new Set(framework.map((s) => s.id));
  const statements = new Set(framework.flatMap((s) => s.statements.map((st) => st.id)));
  const errors: Record<string, string[]> = {};
  if (!strandIds.every((id) => strands.has(id))) errors.strandIds = ["Choose strands from this cohort's programme"];
  if (!outcomeIds.every((id) => statements.has(id))) {
    errors.outcomeIds = ["Choose outcome statements from this cohort's programme"];
  }
  if (Object.keys(errors).length > 0) throw new InputError(errors);
}

export interface ParticipantCohort {
  cohortId: string;
  cohortName: string;
  /** The schools of the participant's trust in this cohort. */
  schools: { id: string; name: string }[];
  /** The cohort's programme framework, for tags. */
  strands: StrandOption[];
}

/** Each cohort the viewer takes part in, with what a record's form may offer there: their trust's schools and the framework. */
export async function getParticipantCohorts(db: DB, viewer: Viewer): Promise<ParticipantCohort[]> {
  const cohorts: ParticipantCohort[] = [];
  for (const membership of participantMemberships(viewer)) {
    const schools = membership.trustId
      ? await db
          .selectFrom("organisations")
          .select(["id", "name"])
          .where("parent_id", "=", membership.trustId)
          .where("kind", "=", "school")
          .orderBy("name")
          .execute()
      : [];
    cohorts.push({
      cohortId: membership.cohortId,
      cohortName: membership.cohortName,
      schools,
      strands: await getFramework(db, membership.programmeId),
    });
  }
  return cohorts;
}

/** The participant's own initiatives in a cohort, for "which initiative is this part of?" choices. */
export async function listOwnInitiativeChoices(db: DB, viewer: Viewer, cohortId?: string) {
  let query = db
    .selectFrom("entries")
    .select(["id", "title", "cohort_id as cohortId"])
    .where("owner_id", "=", viewer.id)
    .where("kind", "=", "initiative")
    .orderBy("title");
  if (cohortId) query = query.where("cohort_id", "=", cohortId);
  return query.execute();
}
