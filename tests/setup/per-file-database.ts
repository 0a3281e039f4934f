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
  else await onPostgresAdmin((client) => client.query(`drop database if exists "${name}" with (force)`));
});
