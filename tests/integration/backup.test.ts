// Backup and restore drill (TRUST-CHECKS C26): `npm run db:backup` copies the database while another process keeps
// writing to it; the copy is intact and holds everything committed before it started; `npm run db:restore` puts it
// back in a way the app then opens and reads. SQLite only (PostgreSQL: pg_dump / pg_restore, see README).
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "~/db.server";
import { getCohortFramework } from "~/entries/entries.server";
import { backupSqlite, sqliteFileFrom, verifySqliteFile } from "../../db/backup";
import { restoreSqlite } from "../../db/restore";
import { removeSqliteFiles, TMP_DIR } from "../setup/databases";

const ROOT = path.resolve(import.meta.dirname, "../..");
const onSqlite = process.env.STRANDS_TEST_DB !== "postgres";
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

interface Run {
  code: number | null;
  output: string;
}

function run(script: string, args: string[], databaseUrl: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [script, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

// A second process that saves a reflection (an entries row plus its reflections row, in one transaction) over and
// over, as the running server would while a backup is taken.
const WRITER = `
import SQLite from "better-sqlite3";
import { randomUUID } from "node:crypto";
const db = new SQLite(process.env.FILE);
db.pragma("journal_mode = WAL");
db.pragma("busy_timeout = 5000");
db.pragma("foreign_keys = ON");
const entry = db.prepare("insert into entries (id, kind, owner_id, cohort_id, initiative_id, title, status, visibility, occurred_on, created_at, updated_at) values (?, 'reflection', ?, ?, null, ?, 'written', 'private', '2025-03-01', ?, ?)");
const reflection = db.prepare("insert into reflections (entry_id, body, prompt_what, prompt_so_what, prompt_now_what, written_on, workshop_id) values (?, ?, '', '', '', '2025-03-01', null)");
const save = db.transaction((n) => {
  const id = randomUUID();
  const now = new Date().toISOString();
  entry.run(id, process.env.OWNER, process.env.COHORT, "backup-" + n, now, now);
  reflection.run(id, "Written while a backup ran. ".repeat(20));
});
let n = 0;
console.log("writing");
const tick = () => { for (let i = 0; i < 20; i++) save(n++); setImmediate(tick); };
tick();
`;

function startWriter(file: string, owner: string, cohort: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", WRITER], {
    cwd: ROOT,
    env: { ...process.env, FILE: file, OWNER: owner, COHORT: cohort },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stderr.on("data", (chunk) => (output += chunk));
    child.stdout.once("data", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`writer exited (${code}): ${output}`)));
  });
}

async function stopWriter(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

function committedTitles(file: string): string[] {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    return sqlite.prepare("select title from entries where title like 'backup-%'").pluck().all() as string[];
  } finally {
    sqlite.close();
  }
}

describe.skipIf(!onSqlite)("backing up and restoring the SQLite database (C26)", () => {
  const dir = path.join(TMP_DIR, `backup-${randomUUID()}`);
  const live = path.join(dir, "live.db");
  let owner = "";
  let cohort = "";
  let writer: ChildProcess | undefined;

  beforeAll(async () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(process.env.DATABASE_URL!, live);
    const db = createDatabase(live);
    try {
      const row = await db
        .selectFrom("memberships")
        .innerJoin("users", "users.id", "memberships.user_id")
        .select(["users.id", "memberships.cohort_id"])
        .where("users.email", "=", "participant@example.org")
        .where("memberships.role", "=", "participant")
        .executeTakeFirstOrThrow();
      owner = row.id;
      cohort = row.cohort_id;
    } finally {
      await db.destroy();
    }
  });

  afterAll(async () => {
    if (writer) await stopWriter(writer);
    removeSqliteFiles(live);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("npm run db:backup copies the database while another process writes, and npm run db:restore puts it back", async () => {
    const started = Date.now();
    writer = await startWriter(live, owner, cohort);
    await new Promise((resolve) => setTimeout(resolve, 500));

    // Everything committed before the backup starts must be in it.
    const before = committedTitles(live);
    expect(before.length).toBeGreaterThan(0);
    const backupFile = path.join(dir, "backups", "strands-test.db");
    const backup = await run("db/backup.ts", [backupFile], live);
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/Backed up [\s\S]*integrity_check ok/);

    // The writer kept going during and after the backup.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stopWriter(writer);
    const after = committedTitles(live);
    expect(after.length).toBeGreaterThan(before.length);

    const check = verifySqliteFile(backupFile);
    expect(check).toMatchObject({ ok: true, problems: [] });
    expect((fs.statSync(backupFile).mode & 0o777).toString(8)).toBe("600");
    const inBackup = new Set(committedTitles(backupFile));
    expect(before.filter((title) => !inBackup.has(title))).toEqual([]);
    // A consistent snapshot: every copied entry has its reflection row.
    const sqlite = new SQLite(backupFile, { readonly: true });
    const halfSaved = sqlite
      .prepare(
        "select count(*) from entries e left join reflections r on r.entry_id = e.id where e.kind = 'reflection' and r.entry_id is null",
      )
      .pluck()
      .get();
    sqlite.close();
    expect(halfSaved).toBe(0);

    // Restore into place: refused without --force, refused while something holds the database, then done.
    const refused = await run("db/restore.ts", [backupFile], live);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/already exists.*--force/);

    const holder = new SQLite(live);
    holder.pragma("journal_mode = WAL");
    holder.prepare("select count(*) from users").get();
    const busy = await run("db/restore.ts", [backupFile, "--force"], live);
    holder.close();
    expect(busy.code).toBe(1);
    expect(busy.output).toMatch(/in use \(is the server running\?\)/);
    expect(committedTitles(live).length).toBe(after.length);

    const restored = await run("db/restore.ts", [backupFile, "--force"], live);
    expect(restored.code, restored.output).toBe(0);
    expect(restored.output).toMatch(/Restored .* users/);
    expect(fs.existsSync(`${live}-wal`)).toBe(false);
    const kept = fs.readdirSync(dir).filter((name) => name.startsWith("live.db.replaced-"));
    expect(kept).toHaveLength(1);
    expect(committedTitles(path.join(dir, kept[0])).length).toBe(after.length);

    // The app opens the restored database (its startup checks pass) and reads it.
    const db = createDatabase(live);
    try {
      const titles = await db.selectFrom("entries").select("title").where("title", "like", "backup-%").execute();
      expect(titles.length).toBe(inBackup.size);
      expect((await getCohortFramework(db, cohort)).length).toBeGreaterThan(0);
      const user = await db.selectFrom("users").select("email").where("id", "=", owner).executeTakeFirstOrThrow();
      expect(user.email).toBe("participant@example.org");
    } finally {
      await db.destroy();
    }
    console.log(
      `backup drill: ${before.length} rows committed before the backup, ${inBackup.size} in it, ` +
        `${after.length} written by the end; restored and reopened (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }, 60_000);

  it("never restores a damaged or foreign file", () => {
    const damaged = path.join(dir, "damaged.db");
    fs.writeFileSync(damaged, "SQLite format 3\0" + "nonsense".repeat(600));
    const target = path.join(dir, "target.db");
    expect(() => restoreSqlite(damaged, target, { force: true })).toThrow(/not a usable backup/);
    expect(fs.existsSync(target)).toBe(false);

    const foreign = path.join(dir, "foreign.db");
    const other = new SQLite(foreign);
    other.exec("create table notes (id integer primary key)");
    other.close();
    expect(() => restoreSqlite(foreign, target, { force: true })).toThrow(/not a Strands database/);
    expect(() => restoreSqlite(path.join(dir, "missing.db"), target, { force: true })).toThrow(/does not exist/);
  });

  it("restores onto an empty place without --force, and will not overwrite an existing backup", () => {
    const backupFile = path.join(dir, "second-backup.db");
    backupSqlite(live, backupFile);
    expect(() => backupSqlite(live, backupFile)).toThrow(/already exists/);
    const fresh = path.join(dir, "fresh", "strands.db");
    const result = restoreSqlite(backupFile, fresh, { force: false });
    expect(result.replaced).toBeNull();
    expect(verifySqliteFile(fresh).ok).toBe(true);
  });

  it("points PostgreSQL users to pg_dump", () => {
    expect(() => sqliteFileFrom("postgres://postgres@127.0.0.1:5432/strands")).toThrow(/pg_dump -Fc/);
    expect(sqliteFileFrom(undefined)).toBe("data/strands.db");
    expect(sqliteFileFrom("file:data/x.db")).toBe("data/x.db");
  });
});
