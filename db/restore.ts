// npm run db:restore -- <backup file> [--force]: puts a backup made by `npm run db:backup` in place of the SQLite
// database named by DATABASE_URL (default data/strands.db).
//
// - The backup is checked first (integrity_check, foreign_key_check, a users table); a bad backup is never restored.
// - It refuses while anything (the server, a script) has the database open: stop the server first.
// - It refuses to replace an existing database unless --force is given; the replaced file is kept beside it as
//   <database>.replaced-<time> (delete it once the restore is confirmed: it holds personal data).
// - The replacement is atomic: copy to a temporary file, fsync, rename over the database. The old database's
//   -wal and -shm files are folded in and removed first, so a stale WAL is never applied to the restored file.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import SQLite from "better-sqlite3";
import { fsyncDirectory, fsyncFile, sqliteFileFrom, verifySqliteFile } from "./backup";

export class RestoreRefused extends Error {}

/**
 * Checkpoints the database into its main file and leaves WAL mode, which SQLite allows only when no other
 * connection has it open: so this both proves the server is stopped and removes the -wal and -shm files.
 */
function takeOverDatabase(target: string) {
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(target, { fileMustExist: true });
  } catch (error) {
    throw new RestoreRefused(
      `Cannot open the current database ${target}: ${(error as Error).message}. Move it aside and try again.`,
    );
  }
  try {
    sqlite.pragma("busy_timeout = 0");
    sqlite.pragma("journal_mode = DELETE");
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
      throw new RestoreRefused(`${target} is in use (is the server running?). Stop the server, then restore.`);
    }
    throw new RestoreRefused(`Cannot take over ${target}: ${(error as Error).message}`);
  } finally {
    sqlite.close();
  }
}

export interface RestoreResult {
  target: string;
  replaced: string | null;
  tables: Record<string, number>;
}

export function restoreSqlite(backup: string, target: string, options: { force: boolean; now?: Date }): RestoreResult {
  const check = verifySqliteFile(backup);
  if (!check.ok) throw new RestoreRefused(`${backup} is not a usable backup: ${check.problems.join("; ")}`);

  const exists = fs.existsSync(target);
  if (exists && !options.force) {
    throw new RestoreRefused(
      `${target} already exists. Restoring replaces everything in it; run again with --force to do so.`,
    );
  }
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });

  let replaced: string | null = null;
  if (exists) {
    takeOverDatabase(target);
    replaced = `${target}.replaced-${(options.now ?? new Date()).toISOString().replace(/[:.]/g, "-")}`;
    try {
      fs.linkSync(target, replaced);
    } catch {
      fs.copyFileSync(target, replaced);
    }
  }
  // Leftovers of a crashed server that never opened the file again would be applied to the restored database.
  for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(target + suffix, { force: true });

  const temporary = `${target}.restoring-${process.pid}`;
  try {
    fs.copyFileSync(backup, temporary);
    fs.chmodSync(temporary, 0o600);
    fsyncFile(temporary);
    fs.renameSync(temporary, target);
    fsyncDirectory(path.dirname(path.resolve(target)));
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  return { target, replaced, tables: check.tables };
}

function main() {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((a) => !a.startsWith("--"));
  if (files.length !== 1) {
    throw new RestoreRefused("Usage: npm run db:restore -- <backup file> [--force]");
  }
  const target = sqliteFileFrom(process.env.DATABASE_URL);
  const result = restoreSqlite(files[0], target, { force });
  console.log(
    `Restored ${files[0]} to ${result.target}: ${result.tables.users ?? 0} users, ${result.tables.entries ?? 0} records.`,
  );
  if (result.replaced) {
    console.log(`The database it replaced is kept at ${result.replaced}; delete it once you have checked the restore.`);
  }
  console.log("Start the server; it checks the database again (quick_check) before it accepts requests.");
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(`Restore refused: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
