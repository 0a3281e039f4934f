import type { DB } from "~/db.server";
import { newId, nowIso } from "~/utils/ids.server";
import { requireAdmin, type Viewer } from "~/utils/permissions.server";

// The audit trail: who created, changed, deleted, viewed someone else's, or exported which record, and when.
// Events never carry a record's text: at most the NAMES of the fields written. The table is append-only
// (database triggers refuse UPDATE and DELETE, see db/migrations/0004_audit_trail_append_only.ts).

export type AuditAction = "create" | "update" | "delete" | "view" | "export" | "erase";

export interface AuditEventOptions {
  /** Names of the fields written (never their values). */
  fields?: readonly string[];
  /** Whose data the event is about, when that is known (the record's owner, the exported person). */
  subjectOwnerId?: string | null;
}

export async function recordEvent(
  db: DB,
  actorId: string | null,
  action: AuditAction,
  subjectKind: string,
  subjectId: string,
  options: AuditEventOptions = {},
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      id: newId(),
      actor_id: actorId,
      action,
      subject_kind: subjectKind,
      subject_id: subjectId,
      at: nowIso(),
      fields: options.fields && options.fields.length > 0 ? JSON.stringify([...new Set(options.fields)].sort()) : null,
      subject_owner_id: options.subjectOwnerId ?? null,
    })
    .execute();
}

/** A view of another person's record; looking at your own is not an audit event. */
export async function recordViewOf(
  db: DB,
  viewer: Viewer,
  subjectKind: string,
  subjectId: string,
  ownerId: string | null,
) {
  if (ownerId === viewer.id) return;
  await recordEvent(db, viewer.id, "view", subjectKind, subjectId, { subjectOwnerId: ownerId });
}

export interface AuditEventRow {
  id: string;
  at: string;
  action: string;
  subjectKind: string;
  subjectId: string;
  fields: string[];
  actorId: string | null;
  actorName: string | null;
  subjectOwnerId: string | null;
  subjectOwnerName: string | null;
}

function parseFields(value: string | null): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((f): f is string => typeof f === "string") : [];
  } catch {
    return [];
  }
}

/** Recent events, newest first, for programme admins; optionally only those by or about one person. */
export async function listAuditEvents(db: DB, viewer: Viewer, filter: { personId?: string; limit?: number } = {}) {
  requireAdmin(viewer);
  let query = db
    .selectFrom("audit_log")
    .leftJoin("users as actor", "actor.id", "audit_log.actor_id")
    .leftJoin("users as owner", "owner.id", "audit_log.subject_owner_id")
    .select([
      "audit_log.id",
      "audit_log.at",
      "audit_log.action",
      "audit_log.subject_kind as subjectKind",
      "audit_log.subject_id as subjectId",
      "audit_log.fields",
      "audit_log.actor_id as actorId",
      "actor.name as actorName",
      "audit_log.subject_owner_id as subjectOwnerId",
      "owner.name as subjectOwnerName",
    ]);
  if (filter.personId) {
    const personId = filter.personId;
    query = query.where((eb) =>
      eb.or([
        eb("audit_log.actor_id", "=", personId),
        eb("audit_log.subject_owner_id", "=", personId),
        eb("audit_log.subject_id", "=", personId),
      ]),
    );
  }
  const rows = await query
    .orderBy("audit_log.at", "desc")
    .orderBy("audit_log.id")
    .limit(filter.limit ?? 200)
    .execute();
  return rows.map((r): AuditEventRow => ({ ...r, fields: parseFields(r.fields) }));
}

/** People an admin may filter the audit trail by. */
export async function listAuditPeople(db: DB, viewer: Viewer) {
  requireAdmin(viewer);
  return db.selectFrom("users").select(["id", "name", "email"]).orderBy("name").orderBy("email").execute();
}

/** Every event by or about one person (for their data export). */
export async function listEventsAboutPerson(db: DB, personId: string) {
  const rows = await db
    .selectFrom("audit_log")
    .selectAll()
    .where((eb) =>
      eb.or([eb("actor_id", "=", personId), eb("subject_owner_id", "=", personId), eb("subject_id", "=", personId)]),
    )
    .orderBy("at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ ...r, fields: parseFields(r.fields) }));
}
