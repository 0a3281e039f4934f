import fs from "node:fs";
import { createDatabase } from "../../app/db.server";
import { prepareDatabase } from "../../db/prepare";
import {
  onPostgresAdmin,
  PG_TEMPLATE,
  postgresUrl,
  removeSqliteFiles,
  SQLITE_TEMPLATE,
  TMP_DIR,
} from "./databases";

// Vitest's global setup does not see the project's test.env, so the project passes its database by file name:
// global-setup.sqlite.ts and global-setup.postgres.ts both call this.
export async function prepareTemplate(kind: "sqlite" | "postgres") {
  if (kind === "sqlite") {
    fs.mkdirSync(TMP_DIR, { recursive: true });
    removeSqliteFiles(SQLITE_TEMPLATE);
    const db = createDatabase(SQLITE_TEMPLATE);
    await prepareDatabase(db, { demo: true });
    await db.destroy();
    return;
  }
  await onPostgresAdmin(async (client) => {
    // Databases left by an interrupted run would block the template drop.
    const stale = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like 'strands_test_%'",
    );
    for (const { datname } of stale.rows) await client.query(`drop database if exists "${datname}" with (force)`);
    await client.query(`create database "${PG_TEMPLATE}"`);
  });
  const db = createDatabase(postgresUrl(PG_TEMPLATE));
  await prepareDatabase(db, { demo: true });
  await db.destroy();
  return async () => {
    await onPostgresAdmin((client) => client.query(`drop database if exists "${PG_TEMPLATE}" with (force)`));
  };
}
