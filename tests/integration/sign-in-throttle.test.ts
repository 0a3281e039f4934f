// Failed sign-ins slow the guesser, never the owner (OWASP: growing delays, not a hard lock an attacker controls),
// and the count cannot be raced: parallel guesses are counted before any password is checked.
import { describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { action as accountAction } from "~/routes/account";
import { action as signInAction } from "~/routes/sign-in";
import { signIn } from "~/utils/auth.server";
import { DELAYS_MS, THROTTLE_POLICIES } from "~/utils/sign-in-throttle";
import { DEMO_PASSWORD } from "../../db/seed/demo";
import { callAction, cookieFor, DEMO, form, post } from "./helpers";

const PAIR_FREE = THROTTLE_POLICIES.pair.freeFailures;
const ACCOUNT_FREE = THROTTLE_POLICIES.account.freeFailures;
const ADDRESS_FREE = THROTTLE_POLICIES.address.freeFailures;
const MINUTE = 60 * 1000;

function postSignIn(email: string, password: string, address: string) {
  return callAction(signInAction, post("/sign-in", form({ email, password, redirectTo: "/" })), {}, address);
}

/** Sign-in by the model at a chosen moment, so delays can be stepped through without waiting for them. */
function signInAt(at: number, email: string, password: string, address: string) {
  return signIn(getDb(), { email, password, address }, new Date(at));
}

describe("one address guessing one account", () => {
  it(`gets ${PAIR_FREE} tries, then is told how long to wait, even with the right password`, async () => {
    const address = "198.51.100.10";
    for (let i = 0; i < PAIR_FREE; i++)
      expect((await postSignIn(DEMO.participant, `wrong-${i}`, address)).status).toBe(400);
    const slowed = await postSignIn(DEMO.participant, DEMO_PASSWORD, address);
    expect(slowed.status).toBe(429);
    expect(slowed.data.error[""]).toEqual(["Too many failed attempts to sign in. Wait 1 minute, then try again."]);
    expect(Number(slowed.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(Number(slowed.headers.get("Retry-After"))).toBeLessThanOrEqual(60);
    expect(slowed.headers.get("Set-Cookie")).toBeNull();

    // The owner, elsewhere, is not held back by it.
    const owner = await postSignIn(DEMO.participant, DEMO_PASSWORD, "198.51.100.11");
    expect(owner.status).toBe(302);
  });

  it("waits longer after each further failure (1, 2, 4, 8, then 15 minutes), and starts afresh after a day", async () => {
    const address = "198.51.100.20";
    const email = DEMO.sameCohortParticipant;
    let now = Date.parse("2026-03-02T08:00:00Z");
    for (let i = 0; i < PAIR_FREE; i++)
      expect(await signInAt(now, email, "wrong", address)).toEqual({ ok: false, reason: "invalid" });
    const waits: number[] = [];
    for (let step = 0; step < 6; step++) {
      const refused = await signInAt(now, email, "wrong", address);
      expect(refused.ok).toBe(false);
      if (refused.ok || refused.reason !== "blocked") throw new Error("expected to be made to wait");
      waits.push(refused.retryAfterMs);
      // One moment before the wait is over it still waits; once it is over the guess is checked (and fails).
      expect((await signInAt(now + refused.retryAfterMs - 1000, email, "wrong", address)).ok).toBe(false);
      now += refused.retryAfterMs;
      expect(await signInAt(now, email, "wrong", address)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(waits).toEqual([1, 2, 4, 8, 15, 15].map((m) => m * MINUTE));

    const nextDay = now + THROTTLE_POLICIES.pair.windowMs;
    const fresh = await signInAt(nextDay, email, DEMO_PASSWORD, address);
    expect(fresh.ok).toBe(true);
  });

  it("cannot bring the account to its own limit, so the owner always gets in from elsewhere", async () => {
    const guesser = "198.51.100.30";
    const email = DEMO.lead;
    const start = Date.parse("2026-03-03T08:00:00Z");
    let checked = 0;
    // As fast as it is allowed, for a whole account window.
    for (let now = start; now < start + THROTTLE_POLICIES.account.windowMs; now += 10 * 1000) {
      const attempt = await signInAt(now, email, "wrong", guesser);
      if (!attempt.ok && attempt.reason === "invalid") checked++;
    }
    expect(checked).toBeLessThan(ACCOUNT_FREE);
    expect(checked).toBe(PAIR_FREE + 3); // the free tries, then waits of 1, 2 and 4 minutes; the 8-minute one runs past
    const owner = await signInAt(
      start + THROTTLE_POLICIES.account.windowMs - 1000,
      email,
      DEMO_PASSWORD,
      "198.51.100.31",
    );
    expect(owner.ok).toBe(true);
  });
});

describe("guesses spread over many addresses", () => {
  it(`slow the account after ${ACCOUNT_FREE}, then let the owner in once the wait is over`, async () => {
    const email = DEMO.otherLead;
    const now = Date.parse("2026-03-04T08:00:00Z");
    for (let i = 0; i < ACCOUNT_FREE; i++)
      expect((await signInAt(now, email, "wrong", `192.0.2.${i + 1}`)).ok).toBe(false);
    const slowed = await signInAt(now + 1000, email, DEMO_PASSWORD, "192.0.2.200");
    expect(slowed).toMatchObject({ ok: false, reason: "blocked" });
    const later = await signInAt(now + DELAYS_MS[0], email, DEMO_PASSWORD, "192.0.2.200");
    expect(later.ok).toBe(true);
    // Signing in cleared the account's count: one more slip is just a wrong password.
    expect(await signInAt(now + DELAYS_MS[0] + 1000, email, "wrong", "192.0.2.201")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});

describe("one address trying many accounts", () => {
  it(`is slowed after ${ADDRESS_FREE} failures, while the same account signs in from another address`, async () => {
    const address = "203.0.113.99";
    const now = Date.parse("2026-03-05T08:00:00Z");
    for (let i = 0; i < ADDRESS_FREE; i++) await signInAt(now, `someone-${i}@example.org`, "wrong", address);
    expect(await signInAt(now, DEMO.admin, DEMO_PASSWORD, address)).toMatchObject({ ok: false, reason: "blocked" });
    expect((await signInAt(now, DEMO.admin, DEMO_PASSWORD, "203.0.113.100")).ok).toBe(true);
  });
});

describe("parallel attempts", () => {
  it("are counted before any password is checked: a burst of 30 wrong guesses gets only the free tries", async () => {
    const address = "198.51.100.40";
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => postSignIn(DEMO.otherCohortParticipant, `burst-${i}`, address)),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(PAIR_FREE);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - PAIR_FREE);
  });

  it("on the change-password form too", async () => {
    const cookie = await cookieFor(DEMO.admin);
    const address = "198.51.100.50";
    const attempt = (i: number) =>
      callAction(
        accountAction,
        post(
          "/account",
          form({
            currentPassword: `not-it-${i}`,
            newPassword: "a long new passphrase here",
            confirmPassword: "a long new passphrase here",
          }),
          cookie,
        ),
        {},
        address,
      );
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(i)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(PAIR_FREE);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - PAIR_FREE);
    const slowed = results.find((r) => r.status === 429);
    expect(slowed?.data.error.currentPassword[0]).toMatch(
      /^Too many wrong passwords\. Wait \d+ minutes?, then try again\.$/,
    );
  });
});
