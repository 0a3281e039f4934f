// The production server (server.js and the Remix build) run as its own process, for tests of what only a real
// server shows: crashes, body limits, proxies, headers. `npm test` builds the app before vitest runs, so a fresh root
// build (or STRANDS_BUILD_DIR) is used when it is newer than every source file; otherwise a test file builds its own
// copy, removed when the file's tests end (removeOwnBuild).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

function newestSourceChange(): number {
  let newest = 0;
  const visit = (entry: string) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const entry of ["app", "db", "scripts", "server.js", "remix.config.js", "package.json"]) {
    const full = path.join(ROOT, entry);
    if (fs.existsSync(full)) visit(full);
  }
  return newest;
}

function isFreshBuild(dir: string, newest: number): boolean {
  const index = path.resolve(ROOT, dir, "build/index.js");
  const demoSeed = path.resolve(ROOT, dir, "build/demo-seed.js");
  return fs.existsSync(index) && fs.existsSync(demoSeed) && fs.statSync(index).mtimeMs >= newest;
}

let buildDir = "";
let ownBuild: string | undefined;

export function ensureBuild(): string {
  if (buildDir) return buildDir;
  const newest = newestSourceChange();
  for (const candidate of [process.env.STRANDS_BUILD_DIR, "."]) {
    if (candidate && isFreshBuild(candidate, newest)) {
      buildDir = candidate;
      return buildDir;
    }
  }
  ownBuild = `.builds/server-test-${process.pid}`;
  const result = spawnSync(process.execPath, ["scripts/build.mjs"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", STRANDS_BUILD_DIR: ownBuild, STRANDS_BENCH_ROUTES: "" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}\n${result.stderr}`);
  buildDir = ownBuild;
  return buildDir;
}

export function removeOwnBuild() {
  if (ownBuild) fs.rmSync(path.resolve(ROOT, ownBuild), { recursive: true, force: true });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface RunningServer {
  child: ChildProcess;
  port: number;
  base: string;
  output: () => string;
}

/**
 * server.js on a database file, as `npm run serve` starts it: production mode, the environment given, and
 * nothing about demo data unless asked (STRANDS_DEMO from the test's own environment is not passed on).
 */
export async function startServer(
  databaseFile: string,
  dataDir: string,
  extraEnv: Record<string, string> = {},
  args: string[] = [],
): Promise<RunningServer> {
  const port = await freePort();
  const { STRANDS_DEMO: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ["server.js", ...args], {
    cwd: ROOT,
    env: {
      ...inherited,
      NODE_ENV: "production",
      STRANDS_BUILD_DIR: ensureBuild(),
      DATABASE_URL: databaseFile,
      STRANDS_DATA_DIR: dataDir,
      STRANDS_WRITE_LIMIT_PER_MINUTE: "1000000",
      PORT: String(port),
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 20 s:\n${output}`)), 20_000);
    const onData = () => {
      if (output.includes("Strands is ready")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`server exited (${code ?? signal}) before it was ready:\n${output}`), { output }));
    });
  });
  return { child, port, base: `http://127.0.0.1:${port}`, output: () => output };
}

export async function kill(server: RunningServer) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGKILL");
  await exited;
}
