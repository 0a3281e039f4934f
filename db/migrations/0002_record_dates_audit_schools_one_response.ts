import { sql, type Kysely } from "kysely";

// Frozen in time: this file must never import application code.
// - entries.occurred_on: the day a record is about (a reflection's date, an audit's date...), so every kind
//   filters and counts by date with one query shape;
// - audit_schools: the schools an audit rates, fixed when it is made, so a follow-up can repeat them;
// - task_responses.owner_id with a unique (task, owner): one response per participant, even on a double submit.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("entries")
    .addColumn("occurred_on", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await sql`update entries set occurred_on = substr(created_at, 1, 10)`.execute(db);
  await db.schema
    .createIndex("entries_owner_occurred_idx")
    .on("entries")
    .columns(["owner_id", "occurred_on"])
    .execute();
  await db.schema
    .createIndex("entries_cohort_occurred_idx")
    .on("entries")
    .columns(["cohort_id", "occurred_on"])
    .execute();

  await db.schema
    .createTable("audit_schools")
    .addColumn("audit_id", "text", (c) => c.notNull().references("audits.entry_id").onDelete("cascade"))
    .addColumn("school_id", "text", (c) => c.notNull().references("organisations.id").onDelete("restrict"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("audit_schools_pk", ["audit_id", "school_id"])
    .execute();

  await db.schema
    .alterTable("task_responses")
    .addColumn("owner_id", "text", (c) => c.references("users.id").onDelete("cascade"))
    .execute();
  await sql`update task_responses set owner_id = (select owner_id from entries where entries.id = task_responses.entry_id)`.execute(
    db,
  );
  await db.schema
    .createIndex("task_responses_task_owner_unique")
    .on("task_responses")
    .columns(["task_id", "owner_id"])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("task_responses_task_owner_unique").execute();
  await db.schema.alterTable("task_responses").dropColumn("owner_id").execute();
  await db.schema.dropTable("audit_schools").execute();
  await db.schema.dropIndex("entries_cohort_occurred_idx").execute();
  await db.schema.dropIndex("entries_owner_occurred_idx").execute();
  await db.schema.alterTable("entries").dropColumn("occurred_on").execute();
}
