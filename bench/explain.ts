// `npx tsx bench/explain.ts [database]`: each statement of the cohort dashboard, slowest first, with its median time
// and SQLite's query plan, on the bench dataset (bench/data/national.db unless given).
import path from "node:path";
import { dashboardWork, findIds, percentile, timeRepeatedly } from "./dashboard-queries";
import { DEFAULT_OUT } from "./generate";

const file = path.resolve(process.argv[2] ?? DEFAULT_OUT);
const work = await dashboardWork(file, findIds(file));
const rows: { ms: number; sql: string; plan: string[] }[] = [];
for (const q of work.statements) {
  const statement = work.sqlite.prepare(q.sql);
  const parameters = q.parameters as unknown[];
  const ms = percentile(await timeRepeatedly(() => statement.all(...parameters), 0.3, 10), 50);
  const plan = (work.sqlite.prepare(`explain query plan ${q.sql}`).all(...parameters) as { detail: string }[]).map(
    (r) => r.detail,
  );
  rows.push({ ms, sql: q.sql, plan });
}
rows.sort((a, b) => b.ms - a.ms);
const total = rows.reduce((sum, r) => sum + r.ms, 0);
console.log(`${rows.length} statements, ${total.toFixed(2)} ms in all (medians)\n`);
for (const r of rows) {
  console.log(`${r.ms.toFixed(3)} ms  ${r.sql.slice(0, 400)}`);
  for (const line of r.plan) console.log(`      ${line}`);
  console.log();
}
await work.close();
