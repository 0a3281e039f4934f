import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "../db/schema";
import { getEnv } from "./utils/env.server";

export type DB = Kysely<Database>;

export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres://") || url.startsWith("postgresql://");
}

// Every pragma is set explicitly: their defaults depend on how the file was first opened.
const SQLITE_PRAGMAS = [
  "journal_mode = WAL",
  "synchronous = NORMAL",
  "foreign_keys = ON",
  "busy_timeout = 5000",
  "secure_delete = ON",
];

export function openSqlite(file: string): SQLite.Database {
  const resolved = file.startsWith("file:") ? file.slice("file:".length) : file;
  if (resolved !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(resolved)), { recursive: true });
  const sqlite = new SQLite(resolved);
  for (const pragma of SQLITE_PRAGMAS) sqlite.pragma(pragma);
  if (sqlite.pragma("foreign_keys", { simple: true }) !== 1) throw new Error("SQLite foreign keys are off");
  return sqlite;
}

export function createDatabase(url: string): DB {
  if (isPostgresUrl(url)) {
    return new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 10 }) }),
    });
  }
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(url) }) });
}

declare global {
  // eslint-disable-next-line no-var
  var __strandsDb: DB | undefined;
}

/** The one Kysely instance, kept across dev rebuilds. */
export function getDb(): DB {
  globalThis.__strandsDb ??= createDatabase(getEnv().DATABASE_URL);
  return globalThis.__strandsDb;
}
