// Starts the production build on a fresh demo database for the Playwright suite.
import fs from "node:fs";
import { E2E_DATABASE, E2E_DIR, E2E_SESSION_SECRET } from "./e2e-env.mjs";

fs.rmSync(E2E_DIR, { recursive: true, force: true });
fs.mkdirSync(E2E_DIR, { recursive: true });
process.env.NODE_ENV = "production";
process.env.DATABASE_URL = E2E_DATABASE;
process.env.STRANDS_DATA_DIR = E2E_DIR;
process.env.SESSION_SECRET = E2E_SESSION_SECRET;
process.env.STRANDS_DEMO = "on";
process.env.STRANDS_WRITE_LIMIT_PER_MINUTE = "10000";
await import("../../server.js");
