// First-load JavaScript per page, from the browser build's asset manifest: what a browser must download and run
// before a page is interactive when it arrives with an empty cache. Shared by the bench (bench/run.ts) and the
// budget check in `npm test` (tests/unit/js-budget.test.ts), so both report the same numbers.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const ROOT = path.resolve(import.meta.dirname, "..");

/**
 * Budgets in bytes of gzip. Issue 7 sets 120 KB for participant pages, their forms included, and 250 KB for the
 * dashboard. Forms keep their browser-side checks within it by loading zod after the page is interactive
 * (app/components/lazy-validation.tsx; docs/decisions/0008-benchmarks.md).
 */
export const BUDGETS = {
  participant: 120 * 1024,
  dashboard: 250 * 1024,
} as const;
export const TARGET_PARTICIPANT = 120 * 1024;

export type PageKind = keyof typeof BUDGETS;

/** The pages a participant uses day to day: home, every list and the search, which only show records. */
export const PARTICIPANT_ROUTES = [
  "routes/_index",
  "routes/initiatives._index",
  "routes/audits._index",
  "routes/tasks._index",
  "routes/reflections._index",
  "routes/evidence._index",
  "routes/records",
] as const;

/** A participant's record pages and forms: each holds at least one form with browser-side checks or feedback. */
export const PARTICIPANT_FORM_ROUTES = [
  "routes/initiatives.new",
  "routes/initiatives.$initiativeId._index",
  "routes/initiatives.$initiativeId.edit",
  "routes/initiatives.$initiativeId.actions.new",
  "routes/initiatives.$initiativeId.actions.$actionId",
  "routes/audits.new",
  "routes/audits.$auditId._index",
  "routes/audits.$auditId.ratings",
  "routes/tasks.$taskId",
  "routes/reflections.new",
  "routes/reflections.$reflectionId._index",
  "routes/reflections.$reflectionId.edit",
  "routes/records_.$entryId.evidence.new",
] as const;

export const DASHBOARD_ROUTE = "routes/cohorts.$cohortId_.dashboard";

interface ManifestRoute {
  id: string;
  parentId?: string;
  module: string;
  imports?: string[];
}

export interface BrowserManifest {
  entry: { module: string; imports?: string[] };
  routes: Record<string, ManifestRoute>;
}

export interface RouteWeight {
  routeId: string;
  kind: PageKind;
  files: number;
  rawBytes: number;
  gzipBytes: number;
  budgetBytes: number;
  /** The three heaviest files (gzip), to point at what to cut when over budget. */
  heaviest: { file: string; gzipBytes: number }[];
}

/** The build directory the server would use: STRANDS_BUILD_DIR when set, else the repository root. */
export function buildDir(dir = process.env.STRANDS_BUILD_DIR ?? "."): string {
  return path.resolve(ROOT, dir);
}

/** Reads public/build/manifest-*.js of a build, or explains what to do when there is none. */
export function readManifest(dir = buildDir()): { manifest: BrowserManifest; assetsDir: string } {
  const assetsDir = path.join(dir, "public/build");
  const files = fs.existsSync(assetsDir)
    ? fs.readdirSync(assetsDir).filter((f) => /^manifest-[A-Z0-9]+\.js$/.test(f))
    : [];
  if (files.length === 0) {
    throw new Error(
      `No browser build in ${assetsDir}: run \`npx remix build\` first (with STRANDS_BUILD_DIR=${path.relative(ROOT, dir) || "."} if you build elsewhere); \`npm test\` builds before it runs vitest.`,
    );
  }
  // Several manifests can pile up from earlier builds; the newest is the one the build's server references.
  const newest = files
    .map((f) => ({ f, at: fs.statSync(path.join(assetsDir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at)[0].f;
  const text = fs.readFileSync(path.join(assetsDir, newest), "utf8");
  const json = text.replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, "");
  return { manifest: JSON.parse(json) as BrowserManifest, assetsDir };
}

// Static imports of a built module ("import{a}from"/build/x.js"" or "import"/build/x.js""); dynamic import()
// calls are left out on purpose: they load later, only when the code that needs them runs (the charts).
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\/build\/[^"']+\.js)["']/g;

function staticClosure(start: string[], assetsDir: string): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const source = fs.readFileSync(path.join(assetsDir, url.replace(/^\/build\//, "")), "utf8");
    for (const match of source.matchAll(STATIC_IMPORT)) if (!seen.has(match[1])) queue.push(match[1]);
  }
  return seen;
}

/** Entry, root and every route module down to this one, with everything they import statically, in gzip bytes. */
export function firstLoadWeight(
  manifest: BrowserManifest,
  assetsDir: string,
  routeId: string,
  kind: RouteWeight["kind"],
): RouteWeight {
  const chain: ManifestRoute[] = [];
  for (let id: string | undefined = routeId; id;) {
    const route: ManifestRoute | undefined = manifest.routes[id];
    if (!route) throw new Error(`The build has no route ${id}: was it renamed? Update bench/js-budget.ts.`);
    chain.push(route);
    id = route.parentId;
  }
  const start = [manifest.entry.module, ...(manifest.entry.imports ?? [])];
  for (const route of chain) start.push(route.module, ...(route.imports ?? []));
  const files = [...staticClosure(start, assetsDir)];
  let rawBytes = 0;
  let gzipBytes = 0;
  const sizes = files.map((file) => {
    const bytes = fs.readFileSync(path.join(assetsDir, file.replace(/^\/build\//, "")));
    const gz = gzipSync(bytes, { level: 9 }).length;
    rawBytes += bytes.length;
    gzipBytes += gz;
    return { file: file.replace(/^\/build\//, ""), gzipBytes: gz };
  });
  sizes.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    routeId,
    kind,
    files: files.length,
    rawBytes,
    gzipBytes,
    budgetBytes: BUDGETS[kind],
    heaviest: sizes.slice(0, 3),
  };
}

/** Every budgeted page of a build: participant pages, their record and form pages, then the dashboard. */
export function measureFirstLoad(dir = buildDir()): RouteWeight[] {
  const { manifest, assetsDir } = readManifest(dir);
  return [
    ...PARTICIPANT_ROUTES.map((id) => firstLoadWeight(manifest, assetsDir, id, "participant")),
    ...PARTICIPANT_FORM_ROUTES.map((id) => firstLoadWeight(manifest, assetsDir, id, "participant")),
    firstLoadWeight(manifest, assetsDir, DASHBOARD_ROUTE, "dashboard"),
  ];
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One readable line per page over its budget; empty when every page fits. */
export function overBudget(weights: RouteWeight[]): string[] {
  return weights
    .filter((w) => w.gzipBytes > w.budgetBytes)
    .map(
      (w) =>
        `${w.routeId}: ${kb(w.gzipBytes)} gzip, budget ${kb(w.budgetBytes)} (heaviest: ${w.heaviest
          .map((h) => `${h.file} ${kb(h.gzipBytes)}`)
          .join(", ")})`,
    );
}
