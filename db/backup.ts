// npm run db:backup [-- <file>]: a consistent ONLINE backup of the SQLite database named by DATABASE_URL
// (default data/strands.db), safe while the server is running and writing (TRUST-CHECKS C26).
//
// `VACUUM INTO` reads one snapshot of the database inside a single read transaction, so writers in other
// processes neither restart nor block it (the backup API with its default 100 pages per step can restart forever
// under steady writes: TRUST-CHECKS finding 6). The copy is written to a temporary file, checked with
// integrity_check and foreign_key_check, fsynced (VACUUM INTO does not fsync), and only then renamed into place.
// The backup holds personal data and password hashes: it is created readable by its owner only.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import SQLite from "better-sqlite3";

export const DEFAULT_DATABASE = "data/strands.db";
export const DEFAULT_BACKUP_DIR = "data/backups";

export function sqliteFileFrom(url: string | undefined): string {
  const value = url && url.length > 0 ? url : DEFAULT_DATABASE;
  if (value.startsWith("postgres://") || value.startsWith("postgresql://")) {
    throw new Error(
      "DATABASE_URL is a PostgreSQL database. Back it up with pg_dump -Fc and restore with pg_restore (see README, Backups).",
    );
  }
  return value.startsWith("file:") ? value.slice("file:".length) : value;
}

export interface SqliteCheck {
  ok: boolean;
  problems: string[];
  tables: Record<string, number>;
}

/** Opens a database file read-only and checks it through: integrity, foreign keys, and how many rows each table holds. */
export function verifySqliteFile(file: string): SqliteCheck {
  if (!fs.existsSync(file)) return { ok: false, problems: [`${file} does not exist`], tables: {} };
  let sqlite: SQLite.Database | undefined;
  try {
    sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
    const problems: string[] = [];
    const integrity = sqlite.pragma("integrity_check") as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0].integrity_check !== "ok") {
      problems.push(
        `integrity_check: ${integrity
          .map((r) => r.integrity_check)
          .slice(0, 5)
          .join("; ")}`,
      );
    }
    const orphans = sqlite.pragma("foreign_key_check") as unknown[];
    if (orphans.length > 0) problems.push(`foreign_key_check: ${orphans.length} row(s) point at missing records`);
    const names = sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .pluck()
      .all() as string[];
    if (!names.includes("users")) problems.push("this is not a Strands database (it has no users table)");
    const tables: Record<string, number> = {};
    for (const name of names) {
      tables[name] = Number(
        sqlite
          .prepare(`select count(*) from "${name.replaceAll('"', '""')}"`)
          .pluck()
          .get(),
      );
    }
    return { ok: problems.length === 0, problems, tables };
  } catch (error) {
    return { ok: false, problems: [(error as Error).message], tables: {} };
  } finally {
    sqlite?.close();
  }
}

export function fsyncFile(file: string) {
  const fd = fs.openSync(file, "r+");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function fsyncDirectory(dir: string) {
  try {
    const fd = fs.openSync(dir, "r");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  }
}

export function defaultBackupPath(now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  return path.join(DEFAULT_BACKUP_DIR, `strands-${stamp}.db`);
}

export interface BackupResult {
  file: string;
  bytes: number;
  milliseconds: number;
  tables: Record<string, number>;
}

/** Copies a consistent snapshot of `source` to `destination` (which must not exist yet) and verifies the copy. */
export function backupSqlite(source: string, destination: string): BackupResult {
  const started = Date.now();
  if (!fs.existsSync(source)) throw new Error(`There is no database at ${source}.`);
  if (fs.existsSync(destination)) throw new Error(`${destination} already exists; choose a new file name.`);
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const temporary = `${destination}.partial-${process.pid}`;
  fs.rmSync(temporary, { force: true });
  const sqlite = new SQLite(source, { fileMustExist: true });
  try {
    sqlite.pragma("busy_timeout = 5000");
    sqlite.prepare("VACUUM INTO ?").run(temporary);
  } finally {
    sqlite.close();
  }
  try {
    fs.chmodSync(temporary, 0o600);
    const check = verifySqliteFile(temporary);
    if (!check.ok) throw new Error(`The backup failed its checks: ${check.problems.join("; ")}`);
    fsyncFile(temporary);
    fs.renameSync(temporary, destination);
    fsyncDirectory(path.dirname(path.resolve(destination)));
    return {
      file: destination,
      bytes: fs.statSync(destination).size,
      milliseconds: Date.now() - started,
      tables: check.tables,
    };
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

function main() {
  const source = sqliteFileFrom(process.env.DATABASE_URL);
  const destination = process.argv[2] ?? defaultBackupPath();
  const result = backupSqlite(source, destination);
  const kb = (result.bytes / 1024).toFixed(0);
  console.log(`Backed up ${source} to ${result.file} (${kb} KB, ${result.milliseconds} ms).`);
  console.log(`integrity_check ok; ${result.tables.users ?? 0} users, ${result.tables.entries ?? 0} records.`);
  console.log("The backup holds personal data: keep it encrypted and delete it when its retention period ends.");
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(`Backup failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
