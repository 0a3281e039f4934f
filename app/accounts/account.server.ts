import type { DB } from "~/db.server";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import { passwordProblem } from "~/accounts/password-policy.server";
import { claimSignInAttempt, forgiveSignInAttempt, pruneSignInThrottles } from "~/utils/sign-in-throttle.server";
import { createSession, destroyAllSessions } from "~/utils/session.server";
import type { SessionUser } from "~/utils/session.server";

export async function countOwnSessions(db: DB, user: SessionUser): Promise<number> {
  const row = await db
    .selectFrom("sessions")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("user_id", "=", user.id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export type PasswordChangeResult =
  | { ok: true; sessionId: string }
  | { ok: false; reason: "wrong-password" }
  | { ok: false; reason: "blocked"; retryAfterMs: number }
  | { ok: false; reason: "weak-password"; message: string };

/**
 * Changes the password after checking the current one (wrong guesses count towards the sign-in limit), then
 * ends every session of the account and starts a fresh one for this browser.
 */
export async function changePassword(
  db: DB,
  user: SessionUser,
  input: { currentPassword: string; newPassword: string; address: string },
): Promise<PasswordChangeResult> {
  // A new password too easy to guess is refused before anything else: no sign-in attempt is used up on it.
  const weakness = passwordProblem(input.newPassword, { name: user.name, email: user.email });
  if (weakness) return { ok: false, reason: "weak-password", message: weakness };
  const claim = await claimSignInAttempt(db, user.email, input.address);
  if (!claim.ok) return { ok: false, reason: "blocked", retryAfterMs: claim.retryAfterMs };
  const row = await db.selectFrom("users").select("password_hash").where("id", "=", user.id).executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, input.currentPassword))) {
    await pruneSignInThrottles(db);
    return { ok: false, reason: "wrong-password" };
  }
  const passwordHash = await hashPassword(input.newPassword);
  const sessionId = await db.transaction().execute(async (trx) => {
    await trx.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", user.id).execute();
    await destroyAllSessions(trx, user.id);
    return createSession(trx, user.id);
  });
  await forgiveSignInAttempt(db, user.email, input.address);
  return { ok: true, sessionId };
}

/** Ends every session of the account, on every device, including this one. */
export async function signOutEverywhere(db: DB, user: SessionUser): Promise<void> {
  await destroyAllSessions(db, user.id);
}
