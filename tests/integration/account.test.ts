import { describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { action as accountAction, loader as accountLoader } from "~/routes/account";
import { loader as homeLoader } from "~/routes/_index";
import { action as signInAction } from "~/routes/sign-in";
import { PASSWORD_MESSAGES } from "~/accounts/password-rules";
import { DEMO_PASSWORD } from "../../db/seed/demo";
import { callAction, callLoader, cookieFor, DEMO, form, get, post, userId } from "./helpers";

const NEW_PASSWORD = "granite orchard lantern 42";

async function passwordHash(email: string): Promise<string> {
  const row = await getDb()
    .selectFrom("users")
    .select("password_hash")
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  return row.password_hash;
}

function change(cookie: string, fields: Record<string, string>) {
  return callAction(accountAction, post("/account", form(fields), cookie));
}

describe("changing your password", () => {
  it("needs the current password, a long enough new one typed twice, and never echoes passwords", async () => {
    const cookie = await cookieFor(DEMO.sameCohortParticipant);
    const cases: [Record<string, string>, string, string][] = [
      [
        { currentPassword: "wrong password!", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
        "currentPassword",
        "Your current password is not right",
      ],
      [
        { currentPassword: DEMO_PASSWORD, newPassword: "short", confirmPassword: "short" },
        "newPassword",
        "Your new password must be at least 12 characters",
      ],
      [
        { currentPassword: DEMO_PASSWORD, newPassword: "x".repeat(129), confirmPassword: "x".repeat(129) },
        "newPassword",
        "Your new password must be 128 characters or fewer",
      ],
      [
        { currentPassword: DEMO_PASSWORD, newPassword: "Password1234", confirmPassword: "Password1234" },
        "newPassword",
        PASSWORD_MESSAGES.common,
      ],
      [
        { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: "something else entirely" },
        "confirmPassword",
        "The two new passwords do not match",
      ],
    ];
    for (const [fields, field, message] of cases) {
      const result = await change(cookie, fields);
      expect(result.status, field).toBe(400);
      expect(result.data.error[field]).toEqual([message]);
      const echoed = JSON.stringify(result.data);
      for (const value of Object.values(fields)) expect(echoed).not.toContain(value);
    }
  });

  it("refuses a new password that is easy to guess, with what to do beside the field, and changes nothing", async () => {
    // participant3@example.org is Olivia Grant.
    const email = DEMO.otherCohortParticipant;
    const cookie = await cookieFor(email);
    const hashBefore = await passwordHash(email);
    const weak: [string, string][] = [
      ["aaaaaaaaaaaa", PASSWORD_MESSAGES.repeated],
      ["abababababab", PASSWORD_MESSAGES.repeated],
      ["abcdefghijkl", PASSWORD_MESSAGES.sequence],
      ["123456789012", PASSWORD_MESSAGES.sequence],
      ["qwertyuiopas", PASSWORD_MESSAGES.sequence],
      [" ".repeat(12), PASSWORD_MESSAGES.onlySpaces],
      ["participant3@example.org", PASSWORD_MESSAGES.ownEmail],
      ["Participant-3 rocks", PASSWORD_MESSAGES.ownEmail],
      ["olivia grant", PASSWORD_MESSAGES.ownName],
      ["Grant 2024!!x", PASSWORD_MESSAGES.ownName],
      ["I love Strands!!", PASSWORD_MESSAGES.serviceName],
      ["iloveyou1234", PASSWORD_MESSAGES.common],
      ["Sunshine 2024!", PASSWORD_MESSAGES.common],
    ];
    for (const [newPassword, message] of weak) {
      const fields = { currentPassword: DEMO_PASSWORD, newPassword, confirmPassword: newPassword };
      const result = await change(cookie, fields);
      expect(result.status, newPassword).toBe(400);
      expect(result.data.error.newPassword, newPassword).toEqual([message]);
      const echoed = JSON.stringify(result.data);
      expect(echoed).not.toContain(DEMO_PASSWORD);
      if (newPassword.trim()) expect(echoed, newPassword).not.toContain(newPassword);
    }
    // A wrong current password with a weak new one: the new one is refused, and no password is checked.
    const both = await change(cookie, {
      currentPassword: "wrong password!",
      newPassword: "abcdefghijkl",
      confirmPassword: "abcdefghijkl",
    });
    expect(both.status).toBe(400);
    expect(both.data.error.newPassword).toEqual([PASSWORD_MESSAGES.sequence]);
    expect(await passwordHash(email)).toBe(hashBefore);
    expect((await callLoader(homeLoader, get("/", cookie))).status).toBe(200);

    const strong = await change(cookie, {
      currentPassword: DEMO_PASSWORD,
      newPassword: "kettle-mosaic-violin-river",
      confirmPassword: "kettle-mosaic-violin-river",
    });
    expect(strong.status).toBe(302);
    expect(await passwordHash(email)).not.toBe(hashBefore);
  });

  it("changes it, signs out every other session, keeps this browser signed in on a new session, and the old password stops working", async () => {
    const email = DEMO.sameCohortParticipant;
    const here = await cookieFor(email);
    const elsewhere = await cookieFor(email);
    const result = await change(here, {
      currentPassword: DEMO_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(result.status).toBe(302);
    const fresh = (result.headers.get("Set-Cookie") ?? "").split(";")[0];
    expect(fresh).not.toBe(here);
    expect((await callLoader(homeLoader, get("/", elsewhere))).status).toBe(302);
    expect((await callLoader(homeLoader, get("/", here))).status).toBe(302);
    expect((await callLoader(homeLoader, get("/", fresh))).status).toBe(200);
    const sessions = await getDb()
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", await userId(email))
      .execute();
    expect(sessions).toHaveLength(1);

    const signIn = (password: string) =>
      callAction(signInAction, post("/sign-in", form({ email, password, redirectTo: "/" })), {}, "198.51.100.9");
    expect((await signIn(DEMO_PASSWORD)).status).toBe(400);
    expect((await signIn(NEW_PASSWORD)).status).toBe(302);
  });
});

describe("signing out everywhere", () => {
  it("ends every session of the account and no one else's", async () => {
    const mine = [await cookieFor(DEMO.lead), await cookieFor(DEMO.lead)];
    const someoneElse = await cookieFor(DEMO.participant);
    const page = await callLoader(accountLoader, get("/account", mine[0]));
    expect(page.data.sessions).toBeGreaterThanOrEqual(2);
    const result = await callAction(accountAction, post("/account", form({ intent: "sign-out-everywhere" }), mine[0]));
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/sign-in");
    for (const cookie of mine) expect((await callLoader(homeLoader, get("/", cookie))).status).toBe(302);
    expect((await callLoader(homeLoader, get("/", someoneElse))).status).toBe(200);
  });

  it("is only for the signed-in user", async () => {
    expect((await callLoader(accountLoader, get("/account"))).status).toBe(302);
    expect((await callAction(accountAction, post("/account", form({ intent: "sign-out-everywhere" })))).status).toBe(
      302,
    );
  });
});
