// Starts the production build on a fresh demo database for the Playwright suite.
import fs from "node:fs";
import path from "node:path";

const dir = path.resolve(`tests/.tmp/e2e-${process.env.PORT ?? "default"}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
process.env.NODE_ENV = "production";
process.env.DATABASE_URL = path.join(dir, "strands.db");
process.env.STRANDS_DATA_DIR = dir;
process.env.STRANDS_DEMO = "on";
process.env.STRANDS_WRITE_LIMIT_PER_MINUTE = "10000";
await import("../../server.js");
