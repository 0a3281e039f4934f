import type { Kysely } from "kysely";

// Frozen in time: this file must never import application code.
// The cohort dashboard's audit impact averages every rating of each compared audit. The ratings' primary key
// (criterion_id, school_id) finds them, but each rating then needs a second lookup in the table for its value;
// with the rating in the index the average is read from the index alone (measured on the bench dataset:
// docs/decisions/0008-benchmarks.md).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("audit_ratings_criterion_rating_idx")
    .on("audit_ratings")
    .columns(["criterion_id", "rating"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("audit_ratings_criterion_rating_idx").execute();
}
