import type { EvidenceType } from "../../db/schema";
import type { DB } from "~/db.server";
import { linkProblem, normaliseLink } from "~/evidence/schema";
import { newId, nowIso } from "~/utils/ids.server";
import type { Viewer } from "~/utils/permissions.server";
import { getCohortFramework, requireEditableEntry } from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import type { StrandOption } from "~/frameworks/frameworks.server";
import { recordEvent } from "~/audit-trail/audit-log.server";
import {
  checkEvidenceFile,
  describeRecord,
  METADATA,
  requireEvidence,
  withStatements,
  type EvidenceRecord,
  type UploadedFile,
} from "./evidence.server";

// Adding, changing and removing a record's evidence: the record's owner only (see ./evidence.server for what
// evidence is and who sees it).

/** What the "Add evidence" form offers for this record: its programme's statements. 404/403 unless it is the viewer's. */
export async function getEvidenceFormOptions(
  db: DB,
  viewer: Viewer,
  entryId: string,
): Promise<{ record: EvidenceRecord; strands: StrandOption[] }> {
  const entry = await requireEditableEntry(db, viewer, entryId);
  const [record, strands] = await Promise.all([describeRecord(db, entryId), getCohortFramework(db, entry.cohort_id)]);
  return { record, strands };
}

export function statementIdsOf(strands: StrandOption[]): string[] {
  return strands.flatMap((s) => s.statements.map((st) => st.id));
}

async function checkStatements(db: DB, cohortId: string, outcomeIds: string[]): Promise<string[]> {
  const allowed = new Set(statementIdsOf(await getCohortFramework(db, cohortId)));
  const unique = [...new Set(outcomeIds)];
  if (!unique.every((id) => allowed.has(id))) {
    throw new InputError({ outcomeIds: ["Choose outcome statements from this record’s programme"] });
  }
  return unique;
}

async function writeStatements(db: DB, evidenceId: string, outcomeIds: string[]) {
  await db.deleteFrom("evidence_outcomes").where("evidence_id", "=", evidenceId).execute();
  if (outcomeIds.length > 0) {
    await db
      .insertInto("evidence_outcomes")
      .values(outcomeIds.map((id) => ({ evidence_id: evidenceId, outcome_statement_id: id })))
      .execute();
  }
}

async function touchEntry(db: DB, entryId: string) {
  await db.updateTable("entries").set({ updated_at: nowIso() }).where("id", "=", entryId).execute();
}

export interface EvidenceDetails {
  title: string;
  description: string;
  outcomeIds: string[];
  /** Not given (undefined) or null: not said yet. */
  evidenceType?: EvidenceType | null;
}

export async function addLinkEvidence(
  db: DB,
  viewer: Viewer,
  entryId: string,
  input: EvidenceDetails & { url: string },
): Promise<string> {
  const entry = await requireEditableEntry(db, viewer, entryId);
  const problem = linkProblem(input.url);
  if (problem) throw new InputError({ url: [problem] });
  const outcomeIds = await checkStatements(db, entry.cohort_id, input.outcomeIds);
  return insertEvidence(db, viewer, entry, input, outcomeIds, {
    kind: "link",
    url: normaliseLink(input.url),
    file_name: null,
    mime: null,
    size: null,
    bytes: null,
  });
}

export async function addFileEvidence(
  db: DB,
  viewer: Viewer,
  entryId: string,
  input: EvidenceDetails & { file: UploadedFile },
): Promise<string> {
  const entry = await requireEditableEntry(db, viewer, entryId);
  const outcomeIds = await checkStatements(db, entry.cohort_id, input.outcomeIds);
  const checked = await checkEvidenceFile(input.file);
  return insertEvidence(db, viewer, entry, input, outcomeIds, {
    kind: "file",
    url: null,
    file_name: checked.fileName,
    mime: checked.mime,
    size: checked.size,
    bytes: Buffer.from(input.file.bytes.buffer, input.file.bytes.byteOffset, input.file.bytes.byteLength),
  });
}

/** What a link or a file puts in its evidence row beyond the details both share. */
interface EvidenceContent {
  kind: "link" | "file";
  url: string | null;
  file_name: string | null;
  mime: string | null;
  size: number | null;
  bytes: Buffer | null;
}

/** Writes a checked new piece of evidence with its statements, in one transaction, and records the creation. */
async function insertEvidence(
  db: DB,
  viewer: Viewer,
  entry: { id: string; owner_id: string },
  input: EvidenceDetails,
  outcomeIds: string[],
  content: EvidenceContent,
): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("evidence")
      .values({
        id,
        entry_id: entry.id,
        title: input.title,
        description: input.description,
        ...content,
        created_by: viewer.id,
        created_at: nowIso(),
        evidence_type: input.evidenceType ?? null,
      })
      .execute();
    await writeStatements(trx, id, outcomeIds);
    await touchEntry(trx, entry.id);
    await recordEvent(trx, viewer.id, "create", "evidence", id, {
      fields: Object.keys(input),
      subjectOwnerId: entry.owner_id,
    });
  });
  return id;
}

/** One piece of evidence as the edit and remove pages show it, with the record it belongs to. */
export async function getEvidenceForEditing(db: DB, viewer: Viewer, evidenceId: string) {
  const { entry } = await requireEvidence(db, viewer, evidenceId, "edit");
  const row = await db
    .selectFrom("evidence")
    .select(METADATA)
    .where("evidence.id", "=", evidenceId)
    .executeTakeFirstOrThrow();
  const [[evidence], record, strands] = await Promise.all([
    withStatements(db, [row]),
    describeRecord(db, entry.id),
    getCohortFramework(db, entry.cohort_id),
  ]);
  return { evidence, record, strands };
}

export async function updateEvidence(db: DB, viewer: Viewer, evidenceId: string, input: EvidenceDetails) {
  const { entry } = await requireEvidence(db, viewer, evidenceId, "edit");
  const outcomeIds = await checkStatements(db, entry.cohort_id, input.outcomeIds);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("evidence")
      .set({ title: input.title, description: input.description, evidence_type: input.evidenceType ?? null })
      .where("id", "=", evidenceId)
      .execute();
    await writeStatements(trx, evidenceId, outcomeIds);
    await touchEntry(trx, entry.id);
    await recordEvent(trx, viewer.id, "update", "evidence", evidenceId, {
      fields: Object.keys(input),
      subjectOwnerId: entry.owner_id,
    });
  });
  return describeRecord(db, entry.id);
}

/** Removes the evidence and, with it, its file's bytes. Returns the record it hung from. */
export async function deleteEvidence(db: DB, viewer: Viewer, evidenceId: string): Promise<EvidenceRecord> {
  const { entry } = await requireEvidence(db, viewer, evidenceId, "edit");
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("evidence").where("id", "=", evidenceId).execute();
    await touchEntry(trx, entry.id);
    await recordEvent(trx, viewer.id, "delete", "evidence", evidenceId, { subjectOwnerId: entry.owner_id });
  });
  return describeRecord(db, entry.id);
}
