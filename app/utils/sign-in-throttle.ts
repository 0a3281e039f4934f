// How failed sign-ins slow further attempts (docs/decisions/0010-sign-in-throttling.md). Pure: no database.
//
// OWASP's advice: growing delays rather than a hard lock an attacker controls. Each attempt is counted three ways,
// each with its own allowance of free failures within a window, after which every further attempt waits a little
// longer than the last (1, 2, 4, 8, then 15 minutes):
// - the pair (one account, from one address) slows one guesser at once, and nobody else;
// - the account (from any address) slows guessing spread over many addresses; its allowance is more than one
//   address can reach in its window, so nobody can hold the owner back from a single address;
// - the address (for any account) slows one address trying many accounts; generous, since a school's whole staff
//   can share one address.

export interface ThrottlePolicy {
  freeFailures: number;
  windowMs: number;
}

const MINUTE = 60 * 1000;

export const THROTTLE_POLICIES = {
  pair: { freeFailures: 5, windowMs: 24 * 60 * MINUTE },
  account: { freeFailures: 20, windowMs: 15 * MINUTE },
  address: { freeFailures: 100, windowMs: 15 * MINUTE },
} as const satisfies Record<string, ThrottlePolicy>;

export type ThrottleKind = keyof typeof THROTTLE_POLICIES;

export const DELAYS_MS = [1, 2, 4, 8, 15].map((minutes) => minutes * MINUTE);

/** What a throttle remembers: failures in the current window, when it began and the last failure. */
export interface ThrottleCount {
  failures: number;
  windowStartedAt: number;
  lastFailureAt: number;
}

function current(count: ThrottleCount | undefined, policy: ThrottlePolicy, now: number): ThrottleCount | undefined {
  return count && now - count.windowStartedAt < policy.windowMs ? count : undefined;
}

/** How long the next attempt must wait, in ms: 0 when it may go ahead now. */
export function waitBeforeNextAttempt(count: ThrottleCount | undefined, policy: ThrottlePolicy, now: number): number {
  const live = current(count, policy, now);
  if (!live || live.failures < policy.freeFailures) return 0;
  const delay = DELAYS_MS[Math.min(live.failures - policy.freeFailures, DELAYS_MS.length - 1)];
  return Math.max(0, live.lastFailureAt + delay - now);
}

/** The count once one more failure is added (a new window if the last one has ended). */
export function countWithOneMoreFailure(
  count: ThrottleCount | undefined,
  policy: ThrottlePolicy,
  now: number,
): ThrottleCount {
  const live = current(count, policy, now);
  return live
    ? { ...live, failures: live.failures + 1, lastFailureAt: now }
    : { failures: 1, windowStartedAt: now, lastFailureAt: now };
}

/** "1 minute", "15 minutes": a wait in words, rounded up. */
export function minutesInWords(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / MINUTE));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
