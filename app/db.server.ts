import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from "kysely";
import pg from "pg";
import type { Database } from "../db/schema";
import { getEnv, sqliteSynchronousSetting } from "./utils/env.server";
import { NoNulPlugin } from "./utils/no-nul-plugin.server";

export type DB = Kysely<Database>;

export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres://") || url.startsWith("postgresql://");
}

// Every pragma is set explicitly: their defaults depend on how the file was first opened (TRUST-CHECKS C23).
// synchronous = NORMAL in WAL mode is a documented decision: every acknowledged write survives an application
// crash (kill -9; tests/integration/crash-safety.test.ts); the last commits may be lost on power loss or an OS
// crash. Set STRANDS_SQLITE_SYNCHRONOUS=FULL where each acknowledged write must also survive power loss.
const SYNCHRONOUS_LEVELS = { NORMAL: 1, FULL: 2 } as const;
export type SqliteSynchronous = keyof typeof SYNCHRONOUS_LEVELS;
export const MIN_BUSY_TIMEOUT_MS = 5000;

/**
 * Reads the connection's settings back and checks the file, returning every problem found (empty when all is well).
 * quick_check and foreign_key_check catch a damaged or inconsistent file before the server accepts any write.
 */
export function checkSqliteConnection(
  sqlite: SQLite.Database,
  expected: { synchronous: SqliteSynchronous; inMemory?: boolean },
): string[] {
  const problems: string[] = [];
  const journalMode = String(sqlite.pragma("journal_mode", { simple: true })).toLowerCase();
  const wantedJournal = expected.inMemory ? "memory" : "wal";
  if (journalMode !== wantedJournal) problems.push(`journal_mode is ${journalMode}, expected ${wantedJournal}`);
  const foreignKeys = sqlite.pragma("foreign_keys", { simple: true });
  if (foreignKeys !== 1) problems.push(`foreign_keys is ${String(foreignKeys)}, expected 1`);
  const busyTimeout = Number(sqlite.pragma("busy_timeout", { simple: true }));
  if (!(busyTimeout >= MIN_BUSY_TIMEOUT_MS))
    problems.push(`busy_timeout is ${busyTimeout}, expected at least ${MIN_BUSY_TIMEOUT_MS}`);
  const synchronous = sqlite.pragma("synchronous", { simple: true });
  const wantedSync = SYNCHRONOUS_LEVELS[expected.synchronous];
  if (synchronous !== wantedSync)
    problems.push(`synchronous is ${String(synchronous)}, expected ${wantedSync} (${expected.synchronous})`);
  const secureDelete = sqlite.pragma("secure_delete", { simple: true });
  if (secureDelete !== 1) problems.push(`secure_delete is ${String(secureDelete)}, expected 1`);
  const quick = sqlite.pragma("quick_check", { simple: true });
  if (quick !== "ok") problems.push(`quick_check failed: ${String(quick)}`);
  const orphans = sqlite.pragma("foreign_key_check") as unknown[];
  if (orphans.length > 0) problems.push(`foreign_key_check found ${orphans.length} row(s) pointing at missing records`);
  return problems;
}

export function openSqlite(file: string): SQLite.Database {
  const resolved = file.startsWith("file:") ? file.slice("file:".length) : file;
  const inMemory = resolved === ":memory:";
  if (!inMemory) fs.mkdirSync(path.dirname(path.resolve(resolved)), { recursive: true });
  const synchronous = sqliteSynchronousSetting();
  const sqlite = new SQLite(resolved);
  try {
    for (const pragma of [
      "journal_mode = WAL",
      `synchronous = ${synchronous}`,
      "foreign_keys = ON",
      `busy_timeout = ${MIN_BUSY_TIMEOUT_MS}`,
      "secure_delete = ON",
    ]) {
      sqlite.pragma(pragma);
    }
    const problems = checkSqliteConnection(sqlite, { synchronous, inMemory });
    if (problems.length > 0) {
      throw new Error(`Refusing to use the SQLite database ${resolved}: ${problems.join("; ")}`);
    }
    // 64 MB of page cache instead of SQLite's 2 MB: a national database no longer fits in 2 MB, and the
    // dashboard's queries slowed as unrelated cohorts pushed its pages out (bench/results, growth table).
    // Set after the startup check, which reads every page: with the large cache it would fill all 64 MB at
    // once, before anyone asks for anything.
    sqlite.pragma("cache_size = -64000");
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return sqlite;
}

export function createDatabase(url: string): DB {
  if (isPostgresUrl(url)) {
    return new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 10 }) }),
      plugins: [new NoNulPlugin()],
    });
  }
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(openSqlite(url)) }),
    plugins: [new NoNulPlugin()],
  });
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; on SQLite preparing costs as much as running most of our queries (5-9% of
 * the server's CPU in the bench profile). Statements are reused by SQL text, least recently used dropped first.
 * Safe because Kysely only runs them with all() and run(), which finish before the next query starts; nothing in
 * Strands streams (iterate), which would hold a statement busy.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}

declare global {
  var __strandsDb: DB | undefined;
}

/** The one Kysely instance, kept across dev rebuilds. */
export function getDb(): DB {
  globalThis.__strandsDb ??= createDatabase(getEnv().DATABASE_URL);
  return globalThis.__strandsDb;
}
