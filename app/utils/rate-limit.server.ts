import type { DB } from "~/db.server";
import { newId, nowIso } from "./ids.server";

// Failed sign-ins are counted in the database so every app server shares one count.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;

const accountKey = (email: string) => `account:${email.toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

async function failuresSince(db: DB, subject: string, now: Date): Promise<number> {
  const since = nowIso(new Date(now.getTime() - SIGN_IN_WINDOW_MS));
  const row = await db
    .selectFrom("sign_in_failures")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("subject", "=", subject)
    .where("failed_at", ">", since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function isSignInBlocked(db: DB, email: string, address: string, now = new Date()): Promise<boolean> {
  const [account, fromAddress] = await Promise.all([
    failuresSince(db, accountKey(email), now),
    failuresSince(db, addressKey(address), now),
  ]);
  return account >= MAX_FAILURES_PER_ACCOUNT || fromAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordSignInFailure(db: DB, email: string, address: string, now = new Date()): Promise<void> {
  const failedAt = nowIso(now);
  await db
    .insertInto("sign_in_failures")
    .values([
      { id: newId(), subject: accountKey(email), failed_at: failedAt },
      { id: newId(), subject: addressKey(address), failed_at: failedAt },
    ])
    .execute();
  await db
    .deleteFrom("sign_in_failures")
    .where("failed_at", "<=", nowIso(new Date(now.getTime() - SIGN_IN_WINDOW_MS)))
    .execute();
}

export async function clearAccountFailures(db: DB, email: string): Promise<void> {
  await db.deleteFrom("sign_in_failures").where("subject", "=", accountKey(email)).execute();
}
