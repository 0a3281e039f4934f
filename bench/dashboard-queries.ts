// The cohort dashboard's data work without HTTP or React: the loader's model calls, and the exact SQL statements
// they send. Used by the bench for the data ceiling, and by `npx tsx bench/explain.ts` to profile the statements.
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, type LogEvent } from "kysely";
import type { DB } from "../app/db.server";
import { getCohortDashboard } from "../app/dashboards/dashboard.server";
import { loadViewer } from "../app/utils/permissions.server";
import type { Database } from "../db/schema";
import { BENCH_LEAD_EMAIL, BENCH_PARTICIPANT_EMAIL } from "./generate";

export interface Ids {
  cohortId: string;
  leadId: string;
  participantInitiativeId: string;
}

export function findIds(file: string): Ids {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    const lead = sqlite.prepare("select id from users where email = ?").get(BENCH_LEAD_EMAIL) as { id: string };
    const cohort = sqlite
      .prepare("select cohort_id from memberships where user_id = ? and role = 'lead'")
      .get(lead.id) as { cohort_id: string };
    const initiative = sqlite
      .prepare(
        "select entries.id from entries join users on users.id = entries.owner_id where users.email = ? and entries.kind = 'initiative'",
      )
      .get(BENCH_PARTICIPANT_EMAIL) as { id: string };
    return { cohortId: cohort.cohort_id, leadId: lead.id, participantInitiativeId: initiative.id };
  } finally {
    sqlite.close();
  }
}

export interface CapturedStatement {
  sql: string;
  parameters: readonly unknown[];
}

/** Opens the file read-only and returns the loader's work as a function, and the statements one run of it sends. */
export async function dashboardWork(file: string, ids: Ids) {
  const sqlite = new SQLite(file, { readonly: true });
  let capturing = false;
  const captured: CapturedStatement[] = [];
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event: LogEvent) => {
      if (capturing && event.level === "query")
        captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  }) as DB;
  const lead = sqlite.prepare("select id, email, name from users where id = ?").get(ids.leadId) as {
    id: string;
    email: string;
    name: string;
  };
  const viewer = await loadViewer(db, { id: lead.id, email: lead.email, name: lead.name, isAdmin: false });
  // What the dashboard route's loader does after requireViewer.
  const run = () => getCohortDashboard(db, viewer, ids.cohortId, new URLSearchParams());
  capturing = true;
  await run();
  capturing = false;
  return { sqlite, run, statements: captured, close: () => db.destroy() };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function timeRepeatedly(run: () => unknown, seconds: number, minimum = 30): Promise<number[]> {
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until || times.length < minimum) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

export interface DataCeiling {
  /** The dashboard loader's model calls (filter options + the whole dashboard), in-process, one after another. */
  modelP50Ms: number;
  /** The exact statements those calls sent, with their parameters, prepared once and run straight through better-sqlite3. */
  sqlP50Ms: number;
  statements: number;
  iterations: number;
}

/** `cachePragma`: e.g. "-64000" to time the statements with a 64 MB page cache instead of SQLite's 2 MB default. */
export async function measureDataCeiling(file: string, ids: Ids, cachePragma?: string): Promise<DataCeiling> {
  const work = await dashboardWork(file, ids);
  if (cachePragma) work.sqlite.pragma(`cache_size = ${Number(cachePragma)}`);
  try {
    await timeRepeatedly(work.run, 1); // warm-up
    const model = await timeRepeatedly(work.run, 3);
    const prepared = work.statements.map((q) => ({
      statement: work.sqlite.prepare(q.sql),
      parameters: q.parameters as unknown[],
    }));
    const raw = () => {
      for (const { statement, parameters } of prepared) statement.all(...parameters);
    };
    await timeRepeatedly(raw, 1);
    const sql = await timeRepeatedly(raw, 3);
    return {
      modelP50Ms: percentile(model, 50),
      sqlP50Ms: percentile(sql, 50),
      statements: prepared.length,
      iterations: sql.length,
    };
  } finally {
    await work.close();
  }
}
