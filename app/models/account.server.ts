import type { DB } from "~/db.server";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import { clearAccountFailures, isSignInBlocked, recordSignInFailure } from "~/utils/rate-limit.server";
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

export type PasswordChangeResult = { ok: true; sessionId: string } | { ok: false; reason: "wrong-password" | "blocked" };

/**
 * Changes the password after checking the current one (wrong guesses count towards the sign-in limit), then
 * ends every session of the account and starts a fresh one for this browser.
 */
export async function changePassword(
  db: DB,
  user: SessionUser,
  input: { currentPassword: string; newPassword: string; address: string },
): Promise<PasswordChangeResult> {
  if (await isSignInBlocked(db, user.email, input.address)) return { ok: false, reason: "blocked" };
  const row = await db.selectFrom("users").select("password_hash").where("id", "=", user.id).executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, input.currentPassword))) {
    await recordSignInFailure(db, user.email, input.address);
    return { ok: false, reason: "wrong-password" };
  }
  const passwordHash = await hashPassword(input.newPassword);
  const sessionId = await db.transaction().execute(async (trx) => {
    await trx.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", user.id).execute();
    await destroyAllSessions(trx, user.id);
    return createSession(trx, user.id);
  });
  await clearAccountFailures(db, user.email);
  return { ok: true, sessionId };
}

/** Ends every session of the account, on every device, including this one. */
export async function signOutEverywhere(db: DB, user: SessionUser): Promise<void> {
  await destroyAllSessions(db, user.id);
}
