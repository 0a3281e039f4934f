import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, inject } from "vitest";
import { onPostgresAdmin, postgresUrl, removeSqliteFiles, testDatabaseKind, TMP_DIR } from "./databases";

const kind = testDatabaseKind();
const name = `strands_test_${randomUUID().replaceAll("-", "")}`;
const sqliteFile = path.join(TMP_DIR, `${name}.db`);

beforeAll(async () => {
  const template = inject("template");
  if (kind === "sqlite") {
    fs.copyFileSync(template, sqliteFile);
    process.env.DATABASE_URL = sqliteFile;
  } else {
    await onPostgresAdmin((client) => client.query(`create database "${name}" template "${template}"`));
    process.env.DATABASE_URL = postgresUrl(name);
  }
});

afterAll(async () => {
  await globalThis.__strandsDb?.destroy();
  globalThis.__strandsDb = undefined;
  if (kind === "sqlite") removeSqliteFiles(sqliteFile);
  else await dropWhenClosed(name);
});

// The pool's connections close a moment after destroy() resolves; forcing the drop earlier would kill them
// mid-goodbye and surface as an uncaught error, so wait for them and force only as a last resort.
async function dropWhenClosed(database: string) {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      await onPostgresAdmin((client) => client.query(`drop database if exists "${database}"`));
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await onPostgresAdmin((client) => client.query(`drop database if exists "${database}" with (force)`));
}
