import type { Kysely } from "kysely";

// Frozen in time: this file must never import application code.
// comment_reads: which comments each person has seen, one row per (person, comment). A row per comment (rather
// than one "seen up to" time per record) keeps "New" exact when two people reply to different threads of one
// record, and lets a person mark one thread read (by replying or resolving it) without marking the others.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("comment_reads")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("comment_id", "text", (c) => c.notNull().references("comments.id").onDelete("cascade"))
    .addColumn("read_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("comment_reads_pk", ["user_id", "comment_id"])
    .execute();
  await db.schema.createIndex("comment_reads_comment_idx").on("comment_reads").column("comment_id").execute();
  await db.schema.createIndex("comments_parent_idx").on("comments").column("parent_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("comments_parent_idx").execute();
  await db.schema.dropTable("comment_reads").execute();
}
