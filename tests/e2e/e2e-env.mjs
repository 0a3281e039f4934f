// What the Playwright suite and the server it starts (serve.mjs) must agree on: where the server keeps its database
// and the secret that signs its session cookies, so a test can sign a role in by writing a session (fixtures.ts).
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? process.env.PORT ?? 3210);
export const E2E_DIR = path.resolve(`tests/.tmp/e2e-${E2E_PORT}`);
export const E2E_DATABASE = path.join(E2E_DIR, "strands.db");
export const E2E_SESSION_SECRET = "e2e-only-session-secret-never-deployed";
