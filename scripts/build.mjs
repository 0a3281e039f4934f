// `npm run build`: the Remix build, then the demo seed as a bundle of its own (build/demo-seed.js), so the demo
// cohorts are never part of the server bundle and are read only when an empty database is to be seeded.
// STRANDS_BUILD_DIR puts both in another folder, as remix.config.js does.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.resolve(root, process.env.STRANDS_BUILD_DIR ?? ".");

const remix = spawnSync(process.execPath, [path.join(root, "node_modules/@remix-run/dev/dist/cli.js"), "build"], {
  cwd: root,
  stdio: "inherit",
  env: process.env,
});
if (remix.status !== 0) process.exit(remix.status ?? 1);

await build({
  entryPoints: [path.join(root, "db/seed/demo-cohorts.ts")],
  outfile: path.join(out, "build/demo-seed.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
console.log(`Built the demo seed into ${path.relative(root, path.join(out, "build/demo-seed.js"))}`);
