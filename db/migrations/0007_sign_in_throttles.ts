import type { Kysely } from "kysely";

// Frozen in time: this file must never import application code.
// Failed sign-ins were rows counted after the password was checked, so parallel guesses all passed the count, and
// ten guesses from anywhere locked the owner out. A throttle is now one row per account, per address and per
// account-and-address pair, claimed atomically before the password is checked (app/utils/sign-in-throttle.server.ts).
// '' stands for "any": (email, '') is the account from anywhere, ('', address) the address for any account.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("sign_in_throttles")
    .addColumn("account", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("window_started_at", "text", (c) => c.notNull())
    .addColumn("last_failure_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("sign_in_throttles_pkey", ["account", "address"])
    .execute();
  await db.schema
    .createIndex("sign_in_throttles_last_failure_idx")
    .on("sign_in_throttles")
    .column("last_failure_at")
    .execute();
  await db.schema.dropTable("sign_in_failures").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("sign_in_failures")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("failed_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("sign_in_failures_subject_idx")
    .on("sign_in_failures")
    .columns(["subject", "failed_at"])
    .execute();
  await db.schema.dropTable("sign_in_throttles").execute();
}
