import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).default("data/strands.db"),
  SESSION_SECRET: z.string().min(16).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  STRANDS_DEMO: z.enum(["on", "off"]).default("on"),
  STRANDS_DATA_DIR: z.string().min(1).default("data"),
});

export type Env = z.infer<typeof EnvSchema> & { SESSION_SECRETS: string[] };

let cached: Env | undefined;

/** Validated once; a bad environment stops the server at boot with a readable message. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  const env = parsed.data;
  const secrets = (env.SESSION_SECRET ?? readOrCreateSecret(env.STRANDS_DATA_DIR)).split(",");
  cached = { ...env, SESSION_SECRETS: secrets };
  return cached;
}

// An unset SESSION_SECRET is generated once and kept beside the database, so restarts keep sessions.
function readOrCreateSecret(dataDir: string): string {
  const file = path.resolve(dataDir, "session-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
    return secret;
  }
}

export function isProduction(): boolean {
  return getEnv().NODE_ENV === "production";
}
