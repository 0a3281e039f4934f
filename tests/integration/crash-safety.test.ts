// Crash safety (TRUST-CHECKS C23, C24): the built server is killed with SIGKILL again and again while it saves
// reflections; after every kill the file must be intact and every write the server acknowledged must be there, whole.
// SQLite only: PostgreSQL's own crash recovery is not ours to test.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSqliteConnection, createDatabase, openSqlite } from "~/db.server";
import { getCohortFramework } from "~/entries/entries.server";
import { DEMO_PASSWORD } from "../../db/seed/demo";
import { removeSqliteFiles, TMP_DIR } from "../setup/databases";
import { ensureBuild, kill, removeOwnBuild, startServer } from "./built-server";

const KILLS = 20;
const WRITERS = 8;
const onSqlite = process.env.STRANDS_TEST_DB !== "postgres";

// ---------------------------------------------------------------------------------------------------------------
// What must hold after every crash.

interface FileCheck {
  integrity: string;
  foreignKeyProblems: number;
  missing: string[];
  partial: number;
}

function checkAfterCrash(file: string, acknowledged: Map<string, number>, tagCount: number): FileCheck {
  // A read-write connection, as the server's would be: it recovers the WAL left by the crash.
  const sqlite = new SQLite(file);
  try {
    const integrity = sqlite.pragma("integrity_check", { simple: true }) as string;
    const foreignKeyProblems = (sqlite.pragma("foreign_key_check") as unknown[]).length;
    const rows = sqlite
      .prepare(
        `select e.title, r.entry_id as reflection,
                (select count(*) from entry_strands s where s.entry_id = e.id) +
                (select count(*) from entry_outcomes o where o.entry_id = e.id) as tags
           from entries e left join reflections r on r.entry_id = e.id
          where e.title like 'crash-%'`,
      )
      .all() as { title: string; reflection: string | null; tags: number }[];
    const stored = new Set(rows.map((r) => r.title));
    // All or nothing: an entry without its reflection row or without its tags is a partial record.
    const partial = rows.filter((r) => r.reflection === null || r.tags !== tagCount).length;
    const missing = [...acknowledged.keys()].filter((title) => !stored.has(title));
    return { integrity, foreignKeyProblems, missing, partial };
  } finally {
    sqlite.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------

afterAll(removeOwnBuild);

describe.skipIf(!onSqlite)("the SQLite connection is checked at startup (C23)", () => {
  const dir = path.join(TMP_DIR, `startup-${randomUUID()}`);
  beforeAll(() => fs.mkdirSync(dir, { recursive: true }));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("opens with WAL, foreign keys, a 5 s busy timeout, NORMAL sync and secure delete, and says so", () => {
    const sqlite = openSqlite(path.join(dir, "fresh.db"));
    try {
      expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
      expect(sqlite.pragma("busy_timeout", { simple: true })).toBeGreaterThanOrEqual(5000);
      expect(sqlite.pragma("synchronous", { simple: true })).toBe(1);
      expect(sqlite.pragma("secure_delete", { simple: true })).toBe(1);
      expect(checkSqliteConnection(sqlite, { synchronous: "NORMAL" })).toEqual([]);
    } finally {
      sqlite.close();
    }
  });

  it("reopening a WAL file keeps the configured sync level, and FULL can be chosen", () => {
    const file = path.join(dir, "reopen.db");
    openSqlite(file).close();
    const again = openSqlite(file);
    expect(again.pragma("synchronous", { simple: true })).toBe(1);
    again.close();
    process.env.STRANDS_SQLITE_SYNCHRONOUS = "FULL";
    try {
      const full = openSqlite(file);
      expect(full.pragma("synchronous", { simple: true })).toBe(2);
      full.close();
      process.env.STRANDS_SQLITE_SYNCHRONOUS = "sometimes";
      expect(() => openSqlite(file)).toThrow(/STRANDS_SQLITE_SYNCHRONOUS must be NORMAL or FULL/);
    } finally {
      delete process.env.STRANDS_SQLITE_SYNCHRONOUS;
    }
  });

  it("reports every setting that is not as configured", () => {
    const sqlite = new SQLite(path.join(dir, "loose.db"));
    try {
      sqlite.pragma("journal_mode = DELETE");
      sqlite.pragma("foreign_keys = OFF");
      sqlite.pragma("busy_timeout = 100");
      sqlite.pragma("synchronous = OFF");
      sqlite.pragma("secure_delete = OFF");
      const problems = checkSqliteConnection(sqlite, { synchronous: "NORMAL" }).join("\n");
      expect(problems).toMatch(/journal_mode is delete, expected wal/);
      expect(problems).toMatch(/foreign_keys is 0, expected 1/);
      expect(problems).toMatch(/busy_timeout is 100, expected at least 5000/);
      expect(problems).toMatch(/synchronous is 0, expected 1/);
      expect(problems).toMatch(/secure_delete is 0, expected 1/);
    } finally {
      sqlite.close();
    }
  });

  it("refuses a file whose rows point at missing records", () => {
    const file = path.join(dir, "orphans.db");
    const sqlite = new SQLite(file);
    sqlite.pragma("foreign_keys = OFF");
    sqlite.exec(`create table parent (id text primary key);
                 create table child (id text primary key, parent_id text not null references parent (id));
                 insert into child values ('c1', 'gone');`);
    sqlite.close();
    expect(() => openSqlite(file)).toThrow(/Refusing to use the SQLite database .*foreign_key_check found 1 row/);
  });

  it("refuses a damaged file, and the server will not start on it", async () => {
    const file = path.join(dir, "damaged.db");
    const sqlite = new SQLite(file);
    sqlite.exec("create table notes (id integer primary key, body text); create index notes_body on notes (body);");
    const insert = sqlite.prepare("insert into notes (body) values (?)");
    sqlite.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`note ${i} ${"x".repeat(100)}`);
    })();
    sqlite.close();
    // Scribble over a page in the middle of the file, as a failing disk or a bad copy would.
    const bytes = fs.readFileSync(file);
    const page = 4096;
    bytes.fill(0x5a, page * 20 + 16, page * 21 - 16);
    fs.writeFileSync(file, bytes);
    expect(() => openSqlite(file)).toThrow();

    ensureBuild();
    const start = startServer(file, dir);
    await expect(start).rejects.toThrow(/exited \(1\) before it was ready/);
    const output = await start.catch((error: { output?: string }) => error.output ?? "");
    expect(output).toMatch(/Refusing to use the SQLite database|malformed/);
  }, 60_000);
});

describe.skipIf(!onSqlite)("kill -9 while teachers are saving (C24)", () => {
  const dir = path.join(TMP_DIR, `crash-${randomUUID()}`);
  const file = path.join(dir, "strands.db");
  let cohortId = "";
  let strandId = "";
  let outcomeId = "";

  beforeAll(async () => {
    fs.mkdirSync(dir, { recursive: true });
    // The per-file copy of the demo-seeded template, not yet opened by anyone.
    fs.copyFileSync(process.env.DATABASE_URL!, file);
    const db = createDatabase(file);
    try {
      const membership = await db
        .selectFrom("memberships")
        .innerJoin("users", "users.id", "memberships.user_id")
        .select("memberships.cohort_id")
        .where("users.email", "=", "participant@example.org")
        .where("memberships.role", "=", "participant")
        .executeTakeFirstOrThrow();
      cohortId = membership.cohort_id;
      const framework = await getCohortFramework(db, cohortId);
      strandId = framework[0].id;
      outcomeId = framework[0].statements[0].id;
    } finally {
      await db.destroy();
    }
    ensureBuild();
  });

  afterAll(() => {
    removeSqliteFiles(file);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`survives ${KILLS} SIGKILLs during concurrent writes without losing an acknowledged write`, async () => {
    const started = Date.now();
    const acknowledged = new Map<string, number>();
    let cookie = "";
    let unexpected: string[] = [];
    let writesAttempted = 0;
    let kills = 0;

    for (let round = 0; round < KILLS; round++) {
      const server = await startServer(file, dir);
      const origin = server.base;
      if (!cookie) {
        const signIn = await fetch(`${origin}/sign-in`, {
          method: "POST",
          redirect: "manual",
          headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ email: "participant@example.org", password: DEMO_PASSWORD, redirectTo: "/" }),
        });
        expect(signIn.status).toBe(302);
        cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0];
        expect(cookie).not.toBe("");
      }

      let running = true;
      const writer = async (w: number) => {
        for (let n = 0; running; n++) {
          const title = `crash-${round}-${w}-${n}-${randomUUID().slice(0, 8)}`;
          const body = new URLSearchParams({
            cohortId,
            title,
            writtenOn: "2025-03-01",
            mode: "free",
            body: `Written during crash round ${round}.`,
            visibility: "private",
          });
          body.append("strandIds", strandId);
          body.append("outcomeIds", outcomeId);
          writesAttempted++;
          let response: Response;
          try {
            response = await fetch(`${origin}/reflections/new`, {
              method: "POST",
              redirect: "manual",
              headers: { Origin: origin, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
              body,
            });
          } catch {
            return; // the server died mid-request: this write was never acknowledged
          }
          const location = response.headers.get("location") ?? "";
          if (response.status === 302 && /^\/reflections\/[0-9a-f-]{36}$/.test(location))
            acknowledged.set(title, round);
          else unexpected.push(`${response.status} ${location}`);
          await response.arrayBuffer().catch(() => undefined);
        }
      };
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
      await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 1300));
      await kill(server);
      kills++;
      running = false;
      await Promise.all(writers);

      const check = checkAfterCrash(file, acknowledged, 2);
      expect(check.integrity, `integrity_check after kill ${kills}`).toBe("ok");
      expect(check.foreignKeyProblems, `foreign_key_check after kill ${kills}`).toBe(0);
      expect(check.partial, `partial records after kill ${kills}`).toBe(0);
      expect(check.missing, `acknowledged writes lost after kill ${kills}`).toEqual([]);
      expect(unexpected, "every response was a redirect to the new reflection").toEqual([]);
      unexpected = [];
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `crash safety: ${kills} kills survived, ${acknowledged.size} writes acknowledged of ${writesAttempted} sent, ` +
        `0 acknowledged writes lost, integrity ok after every kill (${seconds} s)`,
    );
    expect(kills).toBeGreaterThanOrEqual(20);
    expect(acknowledged.size).toBeGreaterThan(KILLS * WRITERS);
  }, 120_000);
});
