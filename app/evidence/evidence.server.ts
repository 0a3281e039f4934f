import { fileTypeFromBuffer } from "file-type";
import type { EntryKind } from "../../db/schema";
import type { DB } from "~/db.server";
import {
  EVIDENCE_FILE_TYPES_TEXT,
  FILE_NAME_MAX,
  fileExtension,
  formatFileSize,
  isEvidenceExtension,
  type EvidenceExtension,
  type EvidenceKind,
} from "~/evidence/schema";
import { canEditEntry, canViewEntry, forbidden, notFound, type Viewer } from "~/utils/permissions.server";
import { MAX_EVIDENCE_FILE_BYTES } from "~/utils/security.server";
import { loadEntryFacts, requireVisibleEntry } from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import type { EvidenceMetadata, EvidenceStatement } from "./types";

// Evidence: a file or a link with a title and a description, attached to any record (an entries row) and
// mapped to outcome statements of the record's programme. Whoever may see the record may see its evidence
// and download its files; only the record's owner adds, changes or removes it. Files live in the database
// (docs: DESIGN.md "Evidence files live in the database"); lists never read their bytes.
// This file keeps the readers, who may reach a piece of evidence and the checking of a file; ./changes.server
// adds, changes and removes evidence, ./download.server hands a file out.

export const EVIDENCE_NOT_FOUND = "We could not find that evidence.";

const KIND_LABELS: Record<EntryKind, string> = {
  initiative: "Initiative",
  audit: "Audit",
  task_response: "Task response",
  reflection: "Reflection",
};

export type { EvidenceStatement };

export interface EvidenceItem extends EvidenceMetadata {
  entryId: string;
}

export interface EvidenceRecord {
  id: string;
  kind: EntryKind;
  kindLabel: string;
  title: string;
  /** The record's own page, where its evidence panel is. */
  href: string;
}

/** Where a record is read: initiatives, audits and reflections by their id; a task response on its task's page. */
export function recordHref(kind: EntryKind, entryId: string, taskId: string | null): string {
  switch (kind) {
    case "initiative":
      return `/initiatives/${entryId}`;
    case "audit":
      return `/audits/${entryId}`;
    case "reflection":
      return `/reflections/${entryId}`;
    case "task_response":
      return taskId ? `/tasks/${taskId}` : "/tasks";
  }
}

export async function describeRecord(db: DB, entryId: string): Promise<EvidenceRecord> {
  const row = await db
    .selectFrom("entries")
    .leftJoin("task_responses", "task_responses.entry_id", "entries.id")
    .select(["entries.id", "entries.kind", "entries.title", "task_responses.task_id as taskId"])
    .where("entries.id", "=", entryId)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: KIND_LABELS[row.kind],
    title: row.title,
    href: recordHref(row.kind, row.id, row.taskId),
  };
}

export const METADATA = [
  "evidence.id",
  "evidence.entry_id as entryId",
  "evidence.kind",
  "evidence.title",
  "evidence.description",
  "evidence.url",
  "evidence.file_name as fileName",
  "evidence.mime",
  "evidence.size",
  "evidence.created_at as createdAt",
  "evidence.evidence_type as evidenceType",
] as const;

async function statementsFor(db: DB, evidenceIds: string[]): Promise<Map<string, EvidenceStatement[]>> {
  const byEvidence = new Map<string, EvidenceStatement[]>();
  if (evidenceIds.length === 0) return byEvidence;
  const rows = await db
    .selectFrom("evidence_outcomes")
    .innerJoin("outcome_statements", "outcome_statements.id", "evidence_outcomes.outcome_statement_id")
    .innerJoin("strands", "strands.id", "outcome_statements.strand_id")
    .select([
      "evidence_outcomes.evidence_id as evidenceId",
      "outcome_statements.id",
      "outcome_statements.text",
      "strands.title as strandTitle",
    ])
    .where("evidence_outcomes.evidence_id", "in", evidenceIds)
    .orderBy("strands.position")
    .orderBy("outcome_statements.position")
    .execute();
  for (const { evidenceId, ...statement } of rows) {
    const list = byEvidence.get(evidenceId) ?? [];
    list.push(statement);
    byEvidence.set(evidenceId, list);
  }
  return byEvidence;
}

/** A row of METADATA as the database hands it back (size may come as a string). */
type MetadataRow = Omit<EvidenceItem, "size" | "statements"> & { size: number | string | null };

export async function withStatements(db: DB, rows: MetadataRow[]): Promise<EvidenceItem[]> {
  const statements = await statementsFor(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...row,
    size: row.size === null ? null : Number(row.size),
    statements: statements.get(row.id) ?? [],
  }));
}

/** A record's evidence, oldest first: metadata only, never the bytes. 404 unless the viewer may see the record. */
export async function listEvidenceForEntry(db: DB, viewer: Viewer, entryId: string): Promise<EvidenceItem[]> {
  await requireVisibleEntry(db, viewer, entryId);
  const rows = await db
    .selectFrom("evidence")
    .select(METADATA)
    .where("evidence.entry_id", "=", entryId)
    .orderBy("evidence.created_at")
    .orderBy("evidence.id")
    .execute();
  return withStatements(db, rows);
}

export interface OwnEvidenceItem extends EvidenceItem {
  record: EvidenceRecord;
}

/** All the viewer's own evidence across their records, newest first, optionally only files or only links. */
export async function listOwnEvidence(
  db: DB,
  viewer: Viewer,
  filters: { kind?: EvidenceKind } = {},
): Promise<OwnEvidenceItem[]> {
  let query = db
    .selectFrom("evidence")
    .innerJoin("entries", "entries.id", "evidence.entry_id")
    .leftJoin("task_responses", "task_responses.entry_id", "entries.id")
    .select([
      ...METADATA,
      "entries.kind as recordKind",
      "entries.title as recordTitle",
      "task_responses.task_id as taskId",
    ])
    .where("entries.owner_id", "=", viewer.id)
    .orderBy("evidence.created_at", "desc")
    .orderBy("evidence.id");
  if (filters.kind) query = query.where("evidence.kind", "=", filters.kind);
  const rows = await query.execute();
  const items = await withStatements(
    db,
    rows.map(({ recordKind: _k, recordTitle: _t, taskId: _id, ...row }) => row),
  );
  return items.map((item, index) => {
    const { recordKind, recordTitle, taskId } = rows[index];
    return {
      ...item,
      record: {
        id: item.entryId,
        kind: recordKind,
        kindLabel: KIND_LABELS[recordKind],
        title: recordTitle,
        href: recordHref(recordKind, item.entryId, taskId),
      },
    };
  });
}

/** How many pieces of evidence the viewer has added across their records. */
export async function countOwnEvidence(db: DB, viewer: Viewer): Promise<number> {
  const row = await db
    .selectFrom("evidence")
    .innerJoin("entries", "entries.id", "evidence.entry_id")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("entries.owner_id", "=", viewer.id)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Loads evidence the viewer may see (else 404, whether or not it exists) and, to change it, owns (else 403). */
export async function requireEvidence(db: DB, viewer: Viewer, evidenceId: string, mode: "view" | "edit") {
  const evidence =
    evidenceId.length > 0 && evidenceId.length <= 100
      ? await db.selectFrom("evidence").select(["id", "entry_id"]).where("id", "=", evidenceId).executeTakeFirst()
      : undefined;
  const entry = evidence ? await loadEntryFacts(db, evidence.entry_id) : undefined;
  if (!evidence || !entry || !canViewEntry(viewer, entry)) notFound(EVIDENCE_NOT_FOUND);
  if (mode === "edit" && !canEditEntry(viewer, entry)) {
    forbidden("Only the participant whose record this is can change its evidence.");
  }
  return { evidence, entry };
}

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

// ---- Checking a file by what it contains ----

/** What file-type reports for each accepted ending. Old Office files are all OLE2 containers ("cfb"). */
const DETECTED_AS: Record<EvidenceExtension, readonly string[]> = {
  pdf: ["pdf"],
  docx: ["docx"],
  xlsx: ["xlsx"],
  pptx: ["pptx"],
  odt: ["odt"],
  ods: ["ods"],
  odp: ["odp"],
  doc: ["cfb"],
  xls: ["cfb"],
  ppt: ["cfb"],
  png: ["png", "apng"],
  jpg: ["jpg"],
  jpeg: ["jpg"],
  gif: ["gif"],
  webp: ["webp"],
};

/** An OLE2 container says nothing more specific, so the old Office types are named by their ending. */
const LEGACY_OFFICE_MIME: Partial<Record<EvidenceExtension, string>> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

const DETECTED_NAMES: Record<string, string> = {
  pdf: "a PDF",
  docx: "a Word document",
  xlsx: "an Excel spreadsheet",
  pptx: "a PowerPoint presentation",
  odt: "an OpenDocument text",
  ods: "an OpenDocument spreadsheet",
  odp: "an OpenDocument presentation",
  cfb: "an old-format Office file",
  png: "a PNG image",
  apng: "a PNG image",
  jpg: "a JPEG image",
  gif: "a GIF image",
  webp: "a WebP image",
};

// Characters that have no place in a file name: controls, and the invisible marks that can make
// "report‮fdp.exe" read as "reportexe.pdf".
const UNSAFE_NAME_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const AWKWARD_NAME_CHARACTERS = /["*:<>?|]/g;

/**
 * The name a file is kept and offered under: no folders, no control or direction-changing characters, no
 * leading dots, at most 200 characters with its ending kept.
 */
export function sanitiseFileName(raw: string): string {
  const base = (raw.normalize("NFC").split(/[/\\]/).pop() ?? "")
    .replace(UNSAFE_NAME_CHARACTERS, "")
    .replace(AWKWARD_NAME_CHARACTERS, "_")
    .replace(/\s+/g, " ")
    .trim();
  const ext = fileExtension(base);
  let stem = (ext ? base.slice(0, base.length - ext.length - 1) : base).replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  if (!stem) stem = "evidence";
  const suffix = ext ? `.${ext.toLowerCase()}` : "";
  const room = Math.max(1, FILE_NAME_MAX - Array.from(suffix).length);
  const stemChars = Array.from(stem);
  if (stemChars.length > room) stem = stemChars.slice(0, room).join("").trimEnd();
  return Array.from(`${stem}${suffix}`).slice(0, FILE_NAME_MAX).join("");
}

export interface CheckedFile {
  fileName: string;
  mime: string;
  size: number;
}

const CHOOSE_AGAIN = "Choose a different file";

/** Accepts a file only when its contents are one of the allowed types AND agree with its name's ending. */
export async function checkEvidenceFile(file: UploadedFile): Promise<CheckedFile> {
  const refuse = (message: string): never => {
    throw new InputError({ file: [message] });
  };
  const size = file.bytes.byteLength;
  if (size === 0) refuse("The chosen file is empty. Choose a file with something in it");
  if (size > MAX_EVIDENCE_FILE_BYTES) {
    refuse(FILE_TOO_LARGE_MESSAGE);
  }
  const fileName = sanitiseFileName(file.name);
  const ext = fileExtension(fileName);
  if (!isEvidenceExtension(ext)) refuse(`The file must be ${EVIDENCE_FILE_TYPES_TEXT}. ${CHOOSE_AGAIN}`);
  const allowedExt = ext as EvidenceExtension;
  const detected = await fileTypeFromBuffer(file.bytes);
  if (!detected) {
    refuse(`We could not tell what kind of file this is. It must be ${EVIDENCE_FILE_TYPES_TEXT}. ${CHOOSE_AGAIN}`);
  }
  const found = detected!;
  if (!DETECTED_AS[allowedExt].includes(found.ext)) {
    const actual = DETECTED_NAMES[found.ext];
    refuse(
      actual
        ? `The file’s name ends in .${ext} but it is ${actual}. Rename it to match, or choose a different file`
        : `The file’s name ends in .${ext} but it holds a different kind of file. ${CHOOSE_AGAIN}`,
    );
  }
  const mime = LEGACY_OFFICE_MIME[allowedExt] ?? (found.ext === "apng" ? "image/png" : found.mime);
  return { fileName, mime, size };
}

export const UNREADABLE_UPLOAD_MESSAGE = "We could not read the file that was sent. Choose the file again";
export const FILE_TOO_LARGE_MESSAGE = `The file must be ${formatFileSize(MAX_EVIDENCE_FILE_BYTES)} or smaller. Choose a smaller file`;
export const CHOOSE_FILE_AGAIN_MESSAGE =
  "Choose the file again. For your security, a file is not kept when something else on the form needs changing";
