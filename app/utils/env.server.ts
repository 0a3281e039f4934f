import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { isIP } from "node:net";
import { z } from "zod";

// Express's names for address ranges (proxy-addr).
const NAMED_RANGES = ["loopback", "linklocal", "uniquelocal"];

function isTrustedProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address, bits, ...rest] = entry.split("/");
  const version = isIP(address);
  if (!version || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: how many proxies in front of Strands may say who the client is (X-Forwarded-For), which scheme it
 * used (X-Forwarded-Proto) and which host it asked for (X-Forwarded-Host): a hop count such as 1, or the proxies'
 * addresses and ranges, comma-separated. Never "trust everyone": then any client could choose its own address.
 */
export const TrustProxy = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx): false | number | string[] => {
    if (value === undefined || value === "" || value === "0" || value === "false") return false;
    if (/^\d{1,2}$/.test(value)) return Number(value);
    const entries = value.split(",").map((entry) => entry.trim());
    if (entries.every(isTrustedProxyEntry)) return entries;
    ctx.addIssue({
      code: "custom",
      message:
        "give the number of proxies in front of Strands (1), or their addresses or ranges (10.0.0.2, 10.0.0.0/8, loopback)",
    });
    return z.NEVER;
  });

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).default("data/strands.db"),
  SESSION_SECRET: z.string().min(16).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Demo accounts share a published password: only when asked for (npm start does), never by default.
  STRANDS_DEMO: z.enum(["on", "off"]).default("off"),
  STRANDS_DATA_DIR: z.string().min(1).default("data"),
  TRUST_PROXY: TrustProxy,
  // Non-GET requests per client address per minute (server.js), beside the sign-in throttle.
  STRANDS_WRITE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  // "1" once Strands is served over https only: browsers are then told to upgrade every request.
  STRANDS_HTTPS: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
});

export type Env = z.output<typeof EnvSchema> & { SESSION_SECRETS: string[] };

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

const SqliteSynchronous = z
  .string()
  .default("NORMAL")
  .transform((value) => value.toUpperCase())
  .pipe(z.enum(["NORMAL", "FULL"]));

/**
 * STRANDS_SQLITE_SYNCHRONOUS (app/db.server.ts): read each time a SQLite file is opened, not once, so a test or a
 * backup can open a file with another setting.
 */
export function sqliteSynchronousSetting(): "NORMAL" | "FULL" {
  const parsed = SqliteSynchronous.safeParse(process.env.STRANDS_SQLITE_SYNCHRONOUS);
  if (!parsed.success) {
    throw new Error(
      `STRANDS_SQLITE_SYNCHRONOUS must be NORMAL or FULL, not "${process.env.STRANDS_SQLITE_SYNCHRONOUS}"`,
    );
  }
  return parsed.data;
}

export function isProduction(): boolean {
  return getEnv().NODE_ENV === "production";
}
