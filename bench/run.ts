// `npm run bench`: the production build against the national dataset, loaded from this process over loopback.
// See docs/decisions/0008-benchmarks.md for what each figure means. Options (after `--`):
//   --seconds N     measuring time per page (default 8; a 2 s warm-up comes first)
//   --no-build      reuse the build in BENCH_BUILD_DIR (default .builds/bench-run) instead of building
//   --no-growth     skip the 10 and 1,000 cohort databases
//   --label TEXT    a word for the results file name ("before", "after")
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import SQLite from "better-sqlite3";
import { migrations } from "../db/migrations/index";
import { type DataCeiling, findIds, measureDataCeiling } from "./dashboard-queries";
import { BENCH_LEAD_EMAIL, BENCH_PARTICIPANT_EMAIL, BENCH_PASSWORD, DEFAULT_OUT, generate } from "./generate";
import {
  kb,
  measureFirstLoad,
  overBudget,
  PARTICIPANT_FORM_ROUTES,
  ROOT,
  TARGET_PARTICIPANT,
  type RouteWeight,
} from "./js-budget";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SECONDS = Number(option("--seconds") ?? 8);
const WARMUP_SECONDS = 2;
const CONNECTIONS = 10;
const PORT = Number(process.env.BENCH_PORT ?? 3230);
const BUILD_DIR = process.env.BENCH_BUILD_DIR ?? ".builds/bench-run";
const DATA_DIR = path.join(ROOT, "bench/data");
const RESULTS_DIR = path.join(ROOT, "bench/results");

/** Targets from issue 7, checked at the end of the run. */
const TARGETS = {
  dashboardVsSql: 3,
  dashboardP50Ms: 25,
  participantVsCeiling: 0.5,
  growth: 0.3,
  rssMb: 300,
};

const log = (line = "") => console.log(line);

// ---------------------------------------------------------------------------------------------------------------
// The build and the databases

function build() {
  if (flag("--no-build")) {
    if (!fs.existsSync(path.join(ROOT, BUILD_DIR, "build/index.js")))
      throw new Error(`--no-build, but there is no build in ${BUILD_DIR}`);
    log(`Using the build in ${BUILD_DIR}`);
    return;
  }
  log(`Building the production bundle into ${BUILD_DIR}`);
  const result = spawnSync(process.execPath, ["scripts/build.mjs"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", STRANDS_BUILD_DIR: BUILD_DIR, STRANDS_BENCH_ROUTES: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}\n${result.stderr}`);
}

/** The migrations a generated file has, so a dataset made before a new migration is made again. */
function isCurrent(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const sqlite = new SQLite(file, { readonly: true });
  try {
    const applied = new Set(
      (sqlite.prepare("select name from kysely_migration").all() as { name: string }[]).map((r) => r.name),
    );
    return Object.keys(migrations).every((name) => applied.has(name));
  } catch {
    return false;
  } finally {
    sqlite.close();
  }
}

async function ensureDatabase(cohorts: number): Promise<string> {
  const file = cohorts === 100 ? DEFAULT_OUT : path.join(DATA_DIR, `national-${cohorts}.db`);
  if (!isCurrent(file)) {
    log(
      `Generating ${cohorts} cohorts into ${path.relative(ROOT, file)} (kept for later runs until the migrations change)`,
    );
    const result = await generate({ cohorts, out: file, log });
    log(`  ${(result.bytes / 1024 / 1024).toFixed(0)} MB in ${result.seconds.total.toFixed(1)} s`);
  }
  return file;
}

/** The server writes (sessions, the audit log of exports), so each run works on a fresh copy of the dataset. */
function workingCopy(file: string): string {
  const copy = file.replace(/\.db$/, ".run.db");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(copy + suffix, { force: true });
  fs.copyFileSync(file, copy);
  return copy;
}

function removeCopy(copy: string) {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(copy + suffix, { force: true });
}

// ---------------------------------------------------------------------------------------------------------------
// The server

interface Server {
  child: ChildProcess;
  base: string;
  peakRssMb: () => number;
  resetPeakRss: () => void;
  stop: () => Promise<void>;
}

const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

async function startServer(databaseFile: string, cpuProfileDir?: string): Promise<Server> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "strands-bench-"));
  // The same Node flags as `npm run serve` (production), read from package.json so the two cannot drift apart.
  const productionFlags = String(packageJson.scripts.serve)
    .split(/\s+/)
    .filter((word) => word.startsWith("--"));
  const nodeArgs = [...productionFlags, ...(cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : [])];
  const child = spawn(process.execPath, [...nodeArgs, "server.js"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      DATABASE_URL: databaseFile,
      STRANDS_BUILD_DIR: BUILD_DIR,
      STRANDS_DEMO: "off",
      STRANDS_DATA_DIR: dataDir,
      SESSION_SECRET: "bench-session-secret-not-for-production",
      STRANDS_WRITE_LIMIT_PER_MINUTE: "1000000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const base = `http://127.0.0.1:${PORT}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server did not start in 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    base,
    // VmHWM: the resident set's high-water mark over the process's whole life, read from the kernel.
    peakRssMb: () => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kbytes = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kbytes / 1024;
    },
    // Writing 5 to clear_refs resets the high-water mark (Linux 4.0+), so each page's own peak can be read.
    resetPeakRss: () => fs.writeFileSync(`/proc/${child.pid}/clear_refs`, "5"),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => {
          fs.rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

/** Signs in through the real form once; the session cookie is then reused by every request of the load. */
async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
    body: new URLSearchParams({ email, password: BENCH_PASSWORD, redirectTo: "/" }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (response.status !== 302 || !cookie) throw new Error(`Could not sign in as ${email}: ${response.status}`);
  return cookie;
}

// ---------------------------------------------------------------------------------------------------------------
// Load

export interface PageResult {
  name: string;
  path: string;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  bytesPerRequest: number;
  /** The server's resident set at its highest while this page was loaded. */
  peakRssMb: number;
}

let current: Server | undefined;

async function load(name: string, url: string, cookie: string | null, connections = CONNECTIONS): Promise<PageResult> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const first = await fetch(url, { headers, redirect: "manual" });
  if (first.status !== 200) throw new Error(`${name} (${url}) answered ${first.status}, expected 200`);
  await first.arrayBuffer();
  await autocannon({ url, connections, duration: WARMUP_SECONDS, headers });
  current?.resetPeakRss();
  const result = await autocannon({ url, connections, duration: SECONDS, headers });
  const page: PageResult = {
    name,
    path: new URL(url).pathname,
    connections,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    bytesPerRequest: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
    peakRssMb: current ? current.peakRssMb() : 0,
  };
  log(
    `  ${name.padEnd(34)} ${page.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${page.p50Ms.toFixed(1).padStart(6)} ms  p99 ${page.p99Ms
      .toFixed(1)
      .padStart(
        6,
      )} ms  RSS ${page.peakRssMb.toFixed(0)} MB  (${connections} conn${page.non2xx || page.errors ? `, ${page.non2xx} non-2xx, ${page.errors} errors` : ""})`,
  );
  if (page.non2xx > 0 || page.errors > 0)
    throw new Error(`${name}: ${page.non2xx} non-2xx answers and ${page.errors} errors`);
  return page;
}

// ---------------------------------------------------------------------------------------------------------------
// The data ceiling: the dashboard loader's model calls, and the exact SQL they send, without HTTP or React

// ---------------------------------------------------------------------------------------------------------------
// Runs

interface DatasetRun {
  cohorts: number;
  databaseMb: number;
  pages: PageResult[];
  dashboardSerial: PageResult;
  dataCeiling: DataCeiling;
  peakRssMb: number;
}

async function runDataset(cohorts: number, full: boolean): Promise<DatasetRun> {
  const file = await ensureDatabase(cohorts);
  const ids = findIds(file);
  const copy = workingCopy(file);
  log(
    `\n${cohorts} cohorts (${(fs.statSync(file).size / 1024 / 1024).toFixed(0)} MB): ${full ? "every page" : "the dashboard"}`,
  );
  const server = await startServer(
    copy,
    process.env.BENCH_CPU_PROF ? path.join(ROOT, "bench/results/profiles") : undefined,
  );
  log(`  server RSS after start ${server.peakRssMb().toFixed(0)} MB`);
  current = server;
  const startupRssMb = server.peakRssMb();
  try {
    const lead = await signIn(server.base, BENCH_LEAD_EMAIL);
    const dashboardUrl = `${server.base}/cohorts/${ids.cohortId}/dashboard`;
    const pages: PageResult[] = [];
    if (full) {
      const participant = await signIn(server.base, BENCH_PARTICIPANT_EMAIL);
      pages.push(await load("Framework ceiling (/bench/ceiling)", `${server.base}/bench/ceiling`, null));
      pages.push(await load("Sign-in page", `${server.base}/sign-in`, null));
      pages.push(await load("Participant home", `${server.base}/`, participant));
      pages.push(
        await load("Initiative page", `${server.base}/initiatives/${ids.participantInitiativeId}`, participant),
      );
      pages.push(await load("Cohort dashboard", dashboardUrl, lead));
      pages.push(
        await load("CSV export (reflections)", `${server.base}/cohorts/${ids.cohortId}/export/reflections.csv`, lead),
      );
    }
    const dashboardSerial = await load("Cohort dashboard, one user", dashboardUrl, lead, 1);
    const peakRssMb = Math.max(startupRssMb, dashboardSerial.peakRssMb, ...pages.map((p) => p.peakRssMb));
    log(`  server peak RSS ${peakRssMb.toFixed(0)} MB`);
    await server.stop();
    const dataCeiling = await measureDataCeiling(copy, ids, process.env.BENCH_SQLITE_CACHE);
    log(
      `  data ceiling: dashboard model calls p50 ${dataCeiling.modelP50Ms.toFixed(2)} ms; its ${dataCeiling.statements} SQL statements straight through the driver p50 ${dataCeiling.sqlP50Ms.toFixed(2)} ms`,
    );
    return {
      cohorts,
      databaseMb: fs.statSync(file).size / 1024 / 1024,
      pages,
      dashboardSerial,
      dataCeiling,
      peakRssMb,
    };
  } finally {
    if (server.child.exitCode === null) await server.stop();
    removeCopy(copy);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

interface Check {
  what: string;
  target: string;
  actual: string;
  met: boolean;
}

function report(main: DatasetRun, growth: DatasetRun[], weights: RouteWeight[], startedAt: Date, seconds: number) {
  const ceiling = main.pages[0];
  const byName = (name: string) => main.pages.find((p) => p.name === name)!;
  const dashboard = main.dashboardSerial;
  const sqlRatio = dashboard.p50Ms / main.dataCeiling.sqlP50Ms;
  const participantPages = ["Participant home", "Initiative page"].map(byName);
  const first = growth.find((g) => g.cohorts === 10);
  const last = growth.find((g) => g.cohorts === 1000);
  const growthRatio = first && last ? last.dashboardSerial.p50Ms / first.dashboardSerial.p50Ms - 1 : null;
  const peakRss = Math.max(main.peakRssMb, ...growth.map((g) => g.peakRssMb));
  const formRoutes: readonly string[] = PARTICIPANT_FORM_ROUTES;
  const participantJs = Math.max(
    ...weights.filter((w) => w.kind === "participant" && !formRoutes.includes(w.routeId)).map((w) => w.gzipBytes),
  );
  const formJs = Math.max(...weights.filter((w) => formRoutes.includes(w.routeId)).map((w) => w.gzipBytes));
  const dashboardJs = weights.find((w) => w.kind === "dashboard")!.gzipBytes;

  const checks: Check[] = [
    {
      what: "Cohort dashboard p50 (one user) vs its raw SQL",
      target: `≤ ${TARGETS.dashboardVsSql}×`,
      actual: `${sqlRatio.toFixed(2)}× (${dashboard.p50Ms.toFixed(1)} ms vs ${main.dataCeiling.sqlP50Ms.toFixed(2)} ms)`,
      met: sqlRatio <= TARGETS.dashboardVsSql,
    },
    {
      what: "Cohort dashboard p50 (one user)",
      target: `< ${TARGETS.dashboardP50Ms} ms`,
      actual: `${dashboard.p50Ms.toFixed(1)} ms`,
      met: dashboard.p50Ms < TARGETS.dashboardP50Ms,
    },
    ...participantPages.map((p) => ({
      what: `${p.name} throughput vs framework ceiling`,
      target: `≥ ${TARGETS.participantVsCeiling * 100}%`,
      actual: `${((100 * p.requestsPerSecond) / ceiling.requestsPerSecond).toFixed(0)}%`,
      met: p.requestsPerSecond / ceiling.requestsPerSecond >= TARGETS.participantVsCeiling,
    })),
    {
      what: "Dashboard p50 growth, 10 → 1,000 cohorts",
      target: `< ${TARGETS.growth * 100}%`,
      actual:
        growthRatio === null ? "not measured" : `${growthRatio >= 0 ? "+" : ""}${(growthRatio * 100).toFixed(0)}%`,
      met: growthRatio !== null && growthRatio < TARGETS.growth,
    },
    {
      what: "Server peak RSS",
      target: `< ${TARGETS.rssMb} MB`,
      actual: `${peakRss.toFixed(0)} MB`,
      met: peakRss < TARGETS.rssMb,
    },
    {
      what: "First-load JS, heaviest participant page that shows records (gzip)",
      target: "< 120 KB",
      actual: kb(participantJs),
      met: participantJs <= TARGET_PARTICIPANT,
    },
    {
      what: "First-load JS, heaviest participant record or form page (gzip)",
      target: "< 120 KB",
      actual: kb(formJs),
      met: formJs <= TARGET_PARTICIPANT,
    },
    {
      what: "First-load JS, dashboard (gzip)",
      target: "< 250 KB",
      actual: kb(dashboardJs),
      met: dashboardJs <= 250 * 1024,
    },
  ];

  const cpus = os.cpus();
  const machine = `${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const md: string[] = [];
  md.push(`# Bench results ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`);
  md.push("");
  md.push(
    `Machine: ${machine}; load average ${loadBefore} at the start, ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(
        " ",
      )} at the end (above 2 means other work shared the CPUs: compare the ratios, not the absolute figures). Whole run ${seconds.toFixed(0)} s; ${SECONDS} s per page after a ${WARMUP_SECONDS} s warm-up; load from autocannon in a second process on loopback.`,
  );
  md.push(
    `Dataset: ${main.cohorts} cohorts × 30 participants (${main.databaseMb.toFixed(0)} MB, \`npm run bench:data\`). See docs/decisions/0008-benchmarks.md.`,
  );
  md.push("");
  md.push("## Targets");
  md.push("");
  md.push("| | target | this run | |");
  md.push("| --- | --- | --- | --- |");
  for (const c of checks) md.push(`| ${c.what} | ${c.target} | ${c.actual} | ${c.met ? "met" : "**missed**"} |`);
  md.push("");
  md.push(`## Pages (${CONNECTIONS} connections)`);
  md.push("");
  md.push("| page | req/s | of ceiling | p50 ms | p99 ms | bytes | peak RSS MB |");
  md.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const p of main.pages) {
    md.push(
      `| ${p.name} | ${p.requestsPerSecond.toFixed(0)} | ${((100 * p.requestsPerSecond) / ceiling.requestsPerSecond).toFixed(0)}% | ${p.p50Ms.toFixed(1)} | ${p.p99Ms.toFixed(1)} | ${p.bytesPerRequest.toLocaleString("en-GB")} | ${p.peakRssMb.toFixed(0)} |`,
    );
  }
  md.push(
    `| Cohort dashboard, one user (1 connection) | ${dashboard.requestsPerSecond.toFixed(0)} | | ${dashboard.p50Ms.toFixed(1)} | ${dashboard.p99Ms.toFixed(1)} | | ${dashboard.peakRssMb.toFixed(0)} |`,
  );
  md.push("");
  md.push(`Server peak RSS (VmHWM): ${main.peakRssMb.toFixed(0)} MB.`);
  md.push("");
  md.push("## Data ceiling (the cohort dashboard)");
  md.push("");
  md.push("| | p50 ms |");
  md.push("| --- | ---: |");
  md.push(`| Dashboard over HTTP, one user (session, both loaders, React render) | ${dashboard.p50Ms.toFixed(2)} |`);
  md.push(
    `| Its model calls in-process (Kysely + better-sqlite3, no HTTP, no React) | ${main.dataCeiling.modelP50Ms.toFixed(2)} |`,
  );
  md.push(
    `| Its ${main.dataCeiling.statements} SQL statements straight through better-sqlite3 (raw SQL) | ${main.dataCeiling.sqlP50Ms.toFixed(2)} |`,
  );
  md.push("");
  md.push("## Growth: the same lead's dashboard as other cohorts are added");
  md.push("");
  md.push(
    "| cohorts in the database | database MB | dashboard p50 ms (one user) | p99 ms | raw SQL p50 ms | server peak RSS MB |",
  );
  md.push("| ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const g of [...growth].sort((a, b) => a.cohorts - b.cohorts)) {
    md.push(
      `| ${g.cohorts.toLocaleString("en-GB")} | ${g.databaseMb.toFixed(0)} | ${g.dashboardSerial.p50Ms.toFixed(1)} | ${g.dashboardSerial.p99Ms.toFixed(1)} | ${g.dataCeiling.sqlP50Ms.toFixed(2)} | ${g.peakRssMb.toFixed(0)} |`,
    );
  }
  md.push("");
  md.push("## First-load JavaScript (gzip -9 of entry, root, the route and their static imports)");
  md.push("");
  md.push("| page | files | raw | gzip | budget | |");
  md.push("| --- | ---: | ---: | ---: | ---: | --- |");
  for (const w of weights) {
    md.push(
      `| \`${w.routeId}\` | ${w.files} | ${kb(w.rawBytes)} | ${kb(w.gzipBytes)} | ${kb(w.budgetBytes)} | ${w.gzipBytes <= w.budgetBytes ? "within" : "**over**"} |`,
    );
  }
  md.push("");
  return { markdown: md.join("\n"), checks, machine };
}

const loadBefore = os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(" ");

async function main() {
  const startedAt = new Date();
  const t0 = performance.now();
  build();
  const weights = measureFirstLoad(path.resolve(ROOT, BUILD_DIR));
  for (const line of overBudget(weights)) log(`  JS over budget: ${line}`);
  const main = await runDataset(100, true);
  const growth: DatasetRun[] = [main];
  if (!flag("--no-growth")) {
    growth.push(await runDataset(10, false));
    growth.push(await runDataset(1000, false));
  }
  const seconds = (performance.now() - t0) / 1000;
  const { markdown, checks, machine } = report(main, growth, weights, startedAt, seconds);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const label = option("--label");
  const stem = `${startedAt.toISOString().slice(0, 16).replace(":", "-")}${label ? `-${label}` : ""}`;
  fs.writeFileSync(path.join(RESULTS_DIR, `${stem}.md`), markdown);
  fs.writeFileSync(
    path.join(RESULTS_DIR, `${stem}.json`),
    JSON.stringify(
      {
        startedAt: startedAt.toISOString(),
        machine,
        seconds,
        settings: { SECONDS, WARMUP_SECONDS, CONNECTIONS },
        checks,
        main,
        growth,
        weights,
      },
      null,
      2,
    ) + "\n",
  );
  fs.writeFileSync(path.join(RESULTS_DIR, "latest.md"), markdown);
  log("");
  log(markdown);
  log(`Written to bench/results/${stem}.md and .json, and bench/results/latest.md`);
}

await main();
