import { describe, expect, it } from "vitest";
import {
  countWithOneMoreFailure,
  DELAYS_MS,
  minutesInWords,
  THROTTLE_POLICIES,
  waitBeforeNextAttempt,
} from "~/utils/sign-in-throttle";

const MINUTE = 60 * 1000;
const policy = THROTTLE_POLICIES.pair;

function failures(n: number, at: number) {
  let count;
  for (let i = 0; i < n; i++) count = countWithOneMoreFailure(count, policy, at);
  return count;
}

describe("the sign-in throttle's rule", () => {
  it("lets the free failures through without a wait", () => {
    expect(waitBeforeNextAttempt(undefined, policy, 0)).toBe(0);
    expect(waitBeforeNextAttempt(failures(policy.freeFailures - 1, 0), policy, 0)).toBe(0);
  });

  it("then waits 1, 2, 4, 8 and at most 15 minutes after the last failure", () => {
    expect(DELAYS_MS).toEqual([1, 2, 4, 8, 15].map((m) => m * MINUTE));
    const waits = [0, 1, 2, 3, 4, 5, 9].map((extra) =>
      waitBeforeNextAttempt(failures(policy.freeFailures + extra, 0), policy, 0),
    );
    expect(waits).toEqual([1, 2, 4, 8, 15, 15, 15].map((m) => m * MINUTE));
    expect(waitBeforeNextAttempt(failures(policy.freeFailures, 0), policy, 40 * 1000)).toBe(20 * 1000);
  });

  it("forgets a window once it has ended", () => {
    const count = failures(policy.freeFailures + 3, 0);
    expect(waitBeforeNextAttempt(count, policy, policy.windowMs)).toBe(0);
    expect(countWithOneMoreFailure(count, policy, policy.windowMs)).toEqual({
      failures: 1,
      windowStartedAt: policy.windowMs,
      lastFailureAt: policy.windowMs,
    });
  });

  it("says the wait in words, rounded up", () => {
    expect(minutesInWords(1000)).toBe("1 minute");
    expect(minutesInWords(MINUTE + 1)).toBe("2 minutes");
    expect(minutesInWords(15 * MINUTE)).toBe("15 minutes");
  });
});
