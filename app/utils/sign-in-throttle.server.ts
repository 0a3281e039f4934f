import type { DB } from "~/db.server";
import { nowIso } from "./ids.server";
import {
  countWithOneMoreFailure,
  THROTTLE_POLICIES,
  type ThrottleCount,
  type ThrottleKind,
  waitBeforeNextAttempt,
} from "./sign-in-throttle";

// Every attempt is counted as a failure *before* the password is checked, in one transaction that refuses it if
// any of its throttles says wait; the right password then takes the count back. Checking first and counting after
// would let a burst of parallel guesses all pass the check. The counts live in the database, so every app server
// shares them. Each row is changed only if it is still what was read (compare and set): two servers claiming the
// same row at once cannot both succeed, and the loser reads again.

interface Subject {
  kind: ThrottleKind;
  account: string;
  address: string;
}

function subjectsOf(email: string, address: string): Subject[] {
  const account = email.trim().toLowerCase();
  return [
    { kind: "pair", account, address },
    { kind: "account", account, address: "" },
    { kind: "address", account: "", address },
  ];
}

class ClaimConflict extends Error {}

// Each conflict means another attempt got its claim in, so a burst of N parallel attempts settles within N rounds.
const ATTEMPTS_BEFORE_GIVING_UP = 50;

export type AttemptClaim = { ok: true } | { ok: false; retryAfterMs: number };

export async function claimSignInAttempt(
  db: DB,
  email: string,
  address: string,
  now = new Date(),
): Promise<AttemptClaim> {
  const subjects = subjectsOf(email, address);
  for (let attempt = 0; attempt < ATTEMPTS_BEFORE_GIVING_UP; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        const rows = await trx
          .selectFrom("sign_in_throttles")
          .selectAll()
          .where((eb) => eb.or(subjects.map((s) => eb.and({ account: s.account, address: s.address }))))
          .execute();
        const counts = subjects.map((subject) => {
          const row = rows.find((r) => r.account === subject.account && r.address === subject.address);
          const count: ThrottleCount | undefined = row
            ? {
                failures: row.failures,
                windowStartedAt: Date.parse(row.window_started_at),
                lastFailureAt: Date.parse(row.last_failure_at),
              }
            : undefined;
          return { subject, row, count };
        });
        const wait = Math.max(
          ...counts.map(({ subject, count }) =>
            waitBeforeNextAttempt(count, THROTTLE_POLICIES[subject.kind], now.getTime()),
          ),
        );
        if (wait > 0) return { ok: false as const, retryAfterMs: wait };
        for (const { subject, row, count } of counts) {
          const next = countWithOneMoreFailure(count, THROTTLE_POLICIES[subject.kind], now.getTime());
          const values = {
            failures: next.failures,
            window_started_at: nowIso(new Date(next.windowStartedAt)),
            last_failure_at: nowIso(new Date(next.lastFailureAt)),
          };
          if (!row) {
            const inserted = await trx
              .insertInto("sign_in_throttles")
              .values({ account: subject.account, address: subject.address, ...values })
              .onConflict((oc) => oc.columns(["account", "address"]).doNothing())
              .executeTakeFirst();
            if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw new ClaimConflict();
          } else {
            const updated = await trx
              .updateTable("sign_in_throttles")
              .set(values)
              .where("account", "=", subject.account)
              .where("address", "=", subject.address)
              .where("failures", "=", row.failures)
              .where("window_started_at", "=", row.window_started_at)
              .where("last_failure_at", "=", row.last_failure_at)
              .executeTakeFirst();
            if (Number(updated.numUpdatedRows) !== 1) throw new ClaimConflict();
          }
        }
        return { ok: true as const };
      });
    } catch (error) {
      if (!(error instanceof ClaimConflict)) throw error;
    }
  }
  // Only under a storm of attempts on the same account: ask this one to come back shortly.
  return { ok: false, retryAfterMs: 1000 };
}

/**
 * The right password: the account and this pair start afresh, and this attempt no longer counts against the
 * address (others behind the same address keep their count). Other addresses' pairs keep theirs: a guesser is not
 * let off because the owner signed in.
 */
export async function forgiveSignInAttempt(db: DB, email: string, address: string): Promise<void> {
  const account = email.trim().toLowerCase();
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("sign_in_throttles")
      .where("account", "=", account)
      .where("address", "in", ["", address])
      .execute();
    await trx
      .updateTable("sign_in_throttles")
      .set((eb) => ({ failures: eb("failures", "-", 1) }))
      .where("account", "=", "")
      .where("address", "=", address)
      .where("failures", ">", 0)
      .execute();
  });
}

/** A person erased: nothing of their email stays behind. */
export async function forgetAccountThrottles(db: DB, email: string): Promise<void> {
  await db.deleteFrom("sign_in_throttles").where("account", "=", email.trim().toLowerCase()).execute();
}

/** A count whose last failure is older than the longest window tells nothing; called after a failure, so the table stays small. */
export async function pruneSignInThrottles(db: DB, now = new Date()): Promise<void> {
  const longest = Math.max(...Object.values(THROTTLE_POLICIES).map((p) => p.windowMs));
  await db
    .deleteFrom("sign_in_throttles")
    .where("last_failure_at", "<", nowIso(new Date(now.getTime() - longest)))
    .execute();
}
