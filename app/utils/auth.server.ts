import { redirect } from "@remix-run/node";
import { getDb, type DB } from "~/db.server";
import { hashPassword, spendVerifyTime, verifyPassword } from "./password.server";
import { clearAccountFailures, isSignInBlocked, recordSignInFailure } from "./rate-limit.server";
import {
  createSession,
  destroySession,
  findSessionUser,
  readSessionId,
  type SessionUser,
} from "./session.server";

export async function getUser(request: Request): Promise<SessionUser | null> {
  const sessionId = await readSessionId(request);
  return sessionId ? findSessionUser(getDb(), sessionId) : null;
}

/** Only same-site paths: '/x' but never '//evil' or '/\evil'. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  if (/[\r\n\t]/.test(to)) return fallback;
  return to;
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

export type SignInResult = { ok: true; sessionId: string; userId: string } | { ok: false; reason: "invalid" | "blocked" };

export async function signIn(
  db: DB,
  credentials: { email: string; password: string; address: string },
  now = new Date(),
): Promise<SignInResult> {
  const email = credentials.email.trim().toLowerCase();
  if (await isSignInBlocked(db, email, credentials.address, now)) return { ok: false, reason: "blocked" };
  const user = await db
    .selectFrom("users")
    .select(["id", "password_hash", "deactivated_at"])
    .where("email", "=", email)
    .executeTakeFirst();
  const valid = user
    ? await verifyPassword(user.password_hash, credentials.password)
    : (await spendVerifyTime(credentials.password), false);
  if (!user || !valid || user.deactivated_at) {
    await recordSignInFailure(db, email, credentials.address, now);
    return { ok: false, reason: "invalid" };
  }
  await clearAccountFailures(db, email);
  return { ok: true, userId: user.id, sessionId: await createSession(db, user.id, now) };
}

export async function signOut(request: Request): Promise<void> {
  const sessionId = await readSessionId(request);
  if (sessionId) await destroySession(getDb(), sessionId);
}

export { hashPassword };
