import type { DB } from "~/db.server";
import { notFound, type Viewer } from "~/utils/permissions.server";
import { attachmentHeaders } from "~/utils/download.server";
import { recordViewOf } from "~/audit-trail/audit-log.server";
import { EVIDENCE_NOT_FOUND, requireEvidence, sanitiseFileName } from "./evidence.server";

// Downloading an evidence file (see ./evidence.server for who may see it).

export interface EvidenceDownload {
  fileName: string;
  mime: string;
  size: number;
  bytes: Uint8Array<ArrayBuffer>;
}

/** A file's bytes, only for someone who may see the record it hangs from; anyone else gets 404. */
export async function getEvidenceDownload(db: DB, viewer: Viewer, evidenceId: string): Promise<EvidenceDownload> {
  const { entry } = await requireEvidence(db, viewer, evidenceId, "view");
  const row = await db
    .selectFrom("evidence")
    .select(["kind", "file_name", "mime", "bytes"])
    .where("id", "=", evidenceId)
    .executeTakeFirst();
  if (!row || row.kind !== "file" || !row.bytes || !row.mime) notFound(EVIDENCE_NOT_FOUND);
  await recordViewOf(db, viewer, "evidence", evidenceId, entry.owner_id);
  // A copy in a plain ArrayBuffer: what a Response body takes, whichever driver read it.
  const bytes = new Uint8Array(row.bytes.byteLength);
  bytes.set(row.bytes);
  return { fileName: sanitiseFileName(row.file_name ?? "evidence"), mime: row.mime, size: bytes.byteLength, bytes };
}

/** The headers an evidence file goes out with (every download's: app/utils/download.server.ts). */
export function downloadHeaders(file: EvidenceDownload): Headers {
  return attachmentHeaders({ contentType: file.mime, fileName: file.fileName, size: file.size });
}
