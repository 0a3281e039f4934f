import fs from "node:fs";
import path from "node:path";
import pg from "pg";

// Each test file gets its own copy of a template database that is migrated and seeded once per run.
// Names carry the run's process id so that several runs on one machine never share a database.

export const TMP_DIR = path.resolve("tests/.tmp");

declare module "vitest" {
  export interface ProvidedContext {
    template: string;
  }
}

export function testDatabaseKind(): "sqlite" | "postgres" {
  return process.env.STRANDS_TEST_DB === "postgres" ? "postgres" : "sqlite";
}

export function postgresUrl(database: string): string {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function onPostgresAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function removeSqliteFiles(file: string) {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}
