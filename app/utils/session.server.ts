import { createCookie } from "@remix-run/node";
import type { DB } from "~/db.server";
import { getEnv, isProduction } from "./env.server";
import { newSecretToken, nowIso } from "./ids.server";

// ASVS L2: re-authenticate after 30 minutes idle or 12 hours in all (docs/decisions/0003).
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
const TOUCH_AFTER_MS = 60 * 1000;

let cookie: ReturnType<typeof createCookie> | undefined;

export function sessionCookie() {
  if (!cookie) {
    const secure = isProduction();
    cookie = createCookie(secure ? "__Host-strands_session" : "strands_session", {
      httpOnly: true,
      sameSite: "lax",
      secure,
      path: "/",
      secrets: getEnv().SESSION_SECRETS,
    });
  }
  return cookie;
}

export async function readSessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

export function serializeSessionId(sessionId: string): Promise<string> {
  return sessionCookie().serialize(sessionId, { maxAge: ABSOLUTE_TIMEOUT_MS / 1000 });
}

export function clearSessionCookie(): Promise<string> {
  return sessionCookie().serialize("", { maxAge: 0 });
}

export async function createSession(db: DB, userId: string, now = new Date()): Promise<string> {
  const id = newSecretToken();
  await db
    .insertInto("sessions")
    .values({
      id,
      user_id: userId,
      created_at: nowIso(now),
      last_seen_at: nowIso(now),
      expires_at: nowIso(new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS)),
    })
    .execute();
  return id;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
}

/** The signed-in user, or null when the session is unknown, idle too long, past its end, or the user deactivated. */
export async function findSessionUser(db: DB, sessionId: string, now = new Date()): Promise<SessionUser | null> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.last_seen_at",
      "sessions.expires_at",
      "users.id",
      "users.email",
      "users.name",
      "users.is_admin",
      "users.deactivated_at",
    ])
    .where("sessions.id", "=", sessionId)
    .executeTakeFirst();
  if (!row) return null;
  const idleSince = now.getTime() - Date.parse(row.last_seen_at);
  if (Date.parse(row.expires_at) <= now.getTime() || idleSince >= IDLE_TIMEOUT_MS || row.deactivated_at) {
    await destroySession(db, sessionId);
    return null;
  }
  if (idleSince >= TOUCH_AFTER_MS) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: nowIso(now) })
      .where("id", "=", sessionId)
      .execute();
  }
  return { id: row.id, email: row.email, name: row.name, isAdmin: row.is_admin === 1 };
}

export async function destroySession(db: DB, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

export async function destroyAllSessions(db: DB, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}
