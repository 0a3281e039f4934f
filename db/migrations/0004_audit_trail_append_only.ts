import { sql, type Kysely } from "kysely";

// Frozen in time: this file must never import application code.
// The audit trail: who created, changed, deleted, viewed (someone else's) or exported what, and when.
//  - fields: the names of the fields written (a JSON array of names), never their values;
//  - subject_owner_id: whose data the event is about, so "everything about this person" is one query.
// Neither actor_id nor subject_owner_id references users: erasing a person deletes their users row, and the
// ids left behind in the audit trail become pseudonyms with no name attached. The table is append-only:
// the database itself refuses UPDATE and DELETE (a trigger on both dialects).

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === "PostgresAdapter";
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("audit_log").addColumn("fields", "text").execute();
  await db.schema.alterTable("audit_log").addColumn("subject_owner_id", "text").execute();
  await db.schema.createIndex("audit_log_at_idx").on("audit_log").column("at").execute();
  await db.schema.createIndex("audit_log_actor_idx").on("audit_log").columns(["actor_id", "at"]).execute();
  await db.schema
    .createIndex("audit_log_subject_owner_idx")
    .on("audit_log")
    .columns(["subject_owner_id", "at"])
    .execute();

  if (isPostgres(db)) {
    await sql`
      create or replace function audit_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only: % is not allowed', tg_op;
      end
      $$`.execute(db);
    await sql`create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
    await sql`create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only: UPDATE is not allowed'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only: DELETE is not allowed'); end`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger if exists audit_log_no_truncate on audit_log`.execute(db);
    await sql`drop trigger if exists audit_log_no_update on audit_log`.execute(db);
    await sql`drop function if exists audit_log_append_only()`.execute(db);
  } else {
    await sql`drop trigger if exists audit_log_no_delete`.execute(db);
    await sql`drop trigger if exists audit_log_no_update`.execute(db);
  }
  await db.schema.dropIndex("audit_log_subject_owner_idx").execute();
  await db.schema.dropIndex("audit_log_actor_idx").execute();
  await db.schema.dropIndex("audit_log_at_idx").execute();
  await db.schema.alterTable("audit_log").dropColumn("subject_owner_id").execute();
  await db.schema.alterTable("audit_log").dropColumn("fields").execute();
}
