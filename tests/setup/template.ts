import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabase } from "../../app/db.server";
import { prepareDatabase } from "../../db/prepare";
import { onPostgresAdmin, postgresUrl, removeSqliteFiles, TMP_DIR } from "./databases";

// Vitest's global setup does not see the project's test.env, so each database has its own entry file
// (global-setup.sqlite.ts, global-setup.postgres.ts) that calls this, and the template's name is provided
// to the test files.
export async function prepareTemplate(kind: "sqlite" | "postgres", project: TestProject) {
  if (kind === "sqlite") {
    fs.mkdirSync(TMP_DIR, { recursive: true });
    const file = path.join(TMP_DIR, `template-${process.pid}.db`);
    removeSqliteFiles(file);
    const db = createDatabase(file);
    await prepareDatabase(db, { demo: () => import("../../db/seed/demo-cohorts") });
    await db.destroy();
    project.provide("template", file);
    return () => removeSqliteFiles(file);
  }
  const name = `strands_template_${process.pid}`;
  await onPostgresAdmin((client) => client.query(`drop database if exists "${name}" with (force)`));
  await onPostgresAdmin((client) => client.query(`create database "${name}"`));
  const db = createDatabase(postgresUrl(name));
  await prepareDatabase(db, { demo: () => import("../../db/seed/demo-cohorts") });
  await db.destroy();
  project.provide("template", name);
  return async () => {
    await onPostgresAdmin((client) => client.query(`drop database if exists "${name}" with (force)`));
  };
}
