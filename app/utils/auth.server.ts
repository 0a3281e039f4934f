import { redirect } from "@remix-run/node";
import { getDb, type DB } from "~/db.server";
import { hashPassword, spendVerifyTime, verifyPassword } from "./password.server";
import { claimSignInAttempt, forgiveSignInAttempt, pruneSignInThrottles } from "./sign-in-throttle.server";
import { createSession, destroySession, findSessionUser, readSessionId, type SessionUser } from "./session.server";
import { safeRedirect } from "./redirect.server";

export async function getUser(request: Request): Promise<SessionUser | null> {
  const sessionId = await readSessionId(request);
  return sessionId ? findSessionUser(getDb(), sessionId) : null;
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    const redirectTo = safeRedirect(url.pathname + url.search);
    throw redirect(`/sign-in?${new URLSearchParams({ redirectTo })}`);
  }
  return user;
}

export async function requireAnonymous(request: Request): Promise<void> {
  if (await getUser(request)) throw redirect("/");
}

export type SignInResult =
  | { ok: true; sessionId: string; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "blocked"; retryAfterMs: number };

export async function signIn(
  db: DB,
  credentials: { email: string; password: string; address: string },
  now = new Date(),
): Promise<SignInResult> {
  const email = credentials.email.trim().toLowerCase();
  const claim = await claimSignInAttempt(db, email, credentials.address, now);
  if (!claim.ok) return { ok: false, reason: "blocked", retryAfterMs: claim.retryAfterMs };
  const user = await db
    .selectFrom("users")
    .select(["id", "password_hash", "deactivated_at"])
    .where("email", "=", email)
    .executeTakeFirst();
  const valid = user
    ? await verifyPassword(user.password_hash, credentials.password)
    : (await spendVerifyTime(credentials.password), false);
  if (!user || !valid || user.deactivated_at) {
    await pruneSignInThrottles(db, now);
    return { ok: false, reason: "invalid" };
  }
  await forgiveSignInAttempt(db, email, credentials.address);
  return { ok: true, userId: user.id, sessionId: await createSession(db, user.id, now) };
}

export async function signOut(request: Request): Promise<void> {
  const sessionId = await readSessionId(request);
  if (sessionId) await destroySession(getDb(), sessionId);
}

export { hashPassword };
