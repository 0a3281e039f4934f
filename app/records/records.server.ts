import { sql } from "kysely";
import type { EntryKind } from "../../db/schema";
import type { DB } from "~/db.server";
import { participantMemberships, type Viewer } from "~/utils/permissions.server";
import { getFramework } from "~/frameworks/frameworks.server";

export interface RecordFilters {
  kind?: EntryKind;
  strandId?: string;
  initiativeId?: string;
  from?: string;
  to?: string;
  text?: string;
}

/** Where each kind of record is read. */
export function recordPath(record: { id: string; kind: EntryKind; taskId: string | null }): string {
  switch (record.kind) {
    case "initiative":
      return `/initiatives/${record.id}`;
    case "audit":
      return `/audits/${record.id}`;
    case "reflection":
      return `/reflections/${record.id}`;
    case "task_response":
      return `/tasks/${record.taskId}`;
  }
}

/** The choices the filters offer: the strands of the participant's programmes and their own initiatives. */
export async function getRecordFilterOptions(db: DB, viewer: Viewer) {
  const strands: { id: string; title: string }[] = [];
  for (const membership of participantMemberships(viewer)) {
    for (const strand of await getFramework(db, membership.programmeId)) {
      if (!strands.some((s) => s.id === strand.id)) strands.push({ id: strand.id, title: strand.title });
    }
  }
  const initiatives = await db
    .selectFrom("entries")
    .select(["id", "title"])
    .where("owner_id", "=", viewer.id)
    .where("kind", "=", "initiative")
    .orderBy("title")
    .execute();
  return { strands, initiatives };
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The participant's own records of every kind, newest first, narrowed by the filters given. */
export async function searchOwnRecords(db: DB, viewer: Viewer, filters: RecordFilters, limit = 200) {
  let query = db
    .selectFrom("entries")
    .leftJoin("entries as initiative", "initiative.id", "entries.initiative_id")
    .leftJoin("task_responses", "task_responses.entry_id", "entries.id")
    .select([
      "entries.id",
      "entries.kind",
      "entries.title",
      "entries.status",
      "entries.visibility",
      "entries.occurred_on as occurredOn",
      "initiative.title as initiativeTitle",
      "task_responses.task_id as taskId",
    ])
    .where("entries.owner_id", "=", viewer.id);
  if (filters.kind) query = query.where("entries.kind", "=", filters.kind);
  if (filters.from) query = query.where("entries.occurred_on", ">=", filters.from);
  if (filters.to) query = query.where("entries.occurred_on", "<=", filters.to);
  if (filters.initiativeId) {
    const id = filters.initiativeId;
    query = query.where((eb) => eb.or([eb("entries.id", "=", id), eb("entries.initiative_id", "=", id)]));
  }
  if (filters.strandId) {
    const strandId = filters.strandId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("entry_strands")
          .select("entry_strands.entry_id")
          .whereRef("entry_strands.entry_id", "=", "entries.id")
          .where("entry_strands.strand_id", "=", strandId),
      ),
    );
  }
  if (filters.text) {
    const pattern = `%${escapeLike(filters.text.toLowerCase())}%`;
    // ESCAPE makes the backslash literal-maker work the same on SQLite (which has no default) and PostgreSQL.
    query = query.where(sql<boolean>`lower(entries.title) like ${pattern} escape '\\'`);
  }
  const rows = await query
    .orderBy("entries.occurred_on", "desc")
    .orderBy("entries.created_at", "desc")
    .limit(limit)
    .execute();
  const strandRows =
    rows.length === 0
      ? []
      : await db
          .selectFrom("entry_strands")
          .innerJoin("strands", "strands.id", "entry_strands.strand_id")
          .select(["entry_strands.entry_id as entryId", "strands.title"])
          .where(
            "entry_strands.entry_id",
            "in",
            rows.map((r) => r.id),
          )
          .orderBy("strands.position")
          .execute();
  return rows.map((row) => ({
    ...row,
    path: recordPath(row),
    strands: strandRows.filter((s) => s.entryId === row.id).map((s) => s.title),
  }));
}

/** The participant's most recently changed records. */
export async function listRecentRecords(db: DB, viewer: Viewer, limit = 5) {
  const rows = await db
    .selectFrom("entries")
    .leftJoin("task_responses", "task_responses.entry_id", "entries.id")
    .select([
      "entries.id",
      "entries.kind",
      "entries.title",
      "entries.updated_at as updatedAt",
      "task_responses.task_id as taskId",
    ])
    .where("entries.owner_id", "=", viewer.id)
    .orderBy("entries.updated_at", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, path: recordPath(row) }));
}
