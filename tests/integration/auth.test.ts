import { describe, expect, it } from "vitest";
import { action as signInAction, loader as signInLoader } from "~/routes/sign-in";
import { action as signOutAction } from "~/routes/sign-out";
import { loader as homeLoader } from "~/routes/_index";
import { getDb } from "~/db.server";
import { ABSOLUTE_TIMEOUT_MS, findSessionUser, IDLE_TIMEOUT_MS, createSession } from "~/utils/session.server";
import { DEMO_PASSWORD } from "../../db/seed/demo";
import { callAction, callLoader, cookieFor, DEMO, form, get, post, REDIRECT_PAYLOADS, userId } from "./helpers";

const GENERIC = "The email address or password is not right. Check them and try again.";

function signIn(email: string, password: string, address = "198.51.100.1", redirectTo = "/") {
  return callAction(signInAction, post("/sign-in", form({ email, password, redirectTo })), {}, address);
}

describe("signing in", () => {
  it("signs a participant in with the demo password, sets an httpOnly SameSite=Lax cookie and stores the session", async () => {
    const result = await signIn(DEMO.participant, DEMO_PASSWORD);
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/");
    const setCookie = result.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const sessions = await getDb()
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", await userId(DEMO.participant))
      .execute();
    expect(sessions.length).toBeGreaterThan(0);

    const home = await callLoader(homeLoader, get("/", setCookie.split(";")[0]));
    expect(home.status).toBe(200);
    expect(home.data.name).toBe("Priya Shah");
  });

  it("gives the same generic message for a wrong password and an unknown email, and never echoes the password", async () => {
    const wrongPassword = await signIn(DEMO.participant, "not-the-password", "198.51.100.2");
    const unknownEmail = await signIn("nobody@example.org", "not-the-password", "198.51.100.2");
    for (const result of [wrongPassword, unknownEmail]) {
      expect(result.status).toBe(400);
      expect(result.headers.get("Set-Cookie")).toBeNull();
      expect(result.data.error[""]).toEqual([GENERIC]);
      expect(JSON.stringify(result.data)).not.toContain("not-the-password");
    }
  });

  it("answers malformed and hostile input with 400, not 500", async () => {
    const cases = [
      form({ email: "not an email", password: "x" }),
      form({ email: "a".repeat(1_000_000) + "@example.org", password: "x" }),
      form({ email: DEMO.participant, password: "p".repeat(1_000_000) }),
      form({ email: [DEMO.participant, DEMO.lead], password: ["a", "b"] }),
      form({}),
      form({ email: "' OR 1=1 --@example.org", password: "' OR '1'='1" }),
    ];
    for (const body of cases) {
      const result = await callAction(signInAction, post("/sign-in", body));
      expect(result.status).toBe(400);
    }
  });

  it("only follows same-site redirects after signing in", async () => {
    for (const redirectTo of ["//evil.example", "https://evil.example", "/\\evil.example", "javascript:alert(1)"]) {
      const result = await signIn(DEMO.lead, DEMO_PASSWORD, "198.51.100.50", redirectTo);
      expect(result.status).toBe(302);
      expect(result.headers.get("Location")).toBe("/");
    }
    const ok = await signIn(DEMO.lead, DEMO_PASSWORD, "198.51.100.50", "/cohorts");
    expect(ok.headers.get("Location")).toBe("/cohorts");
  });

  it("sends a signed-in user away from the sign-in page", async () => {
    const result = await callLoader(signInLoader, get("/sign-in", await cookieFor(DEMO.participant)));
    expect(result.status).toBe(302);
  });
});

describe("sessions", () => {
  it("sends an anonymous visitor to sign in, remembering where they were going", async () => {
    const result = await callLoader(homeLoader, get("/?tab=1"));
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/sign-in?redirectTo=%2F%3Ftab%3D1");
  });

  it("signing out deletes the session, so the old cookie no longer works", async () => {
    const cookie = await cookieFor(DEMO.participant);
    expect((await callLoader(homeLoader, get("/", cookie))).status).toBe(200);
    const out = await callAction(signOutAction, post("/sign-out", form({}), cookie));
    expect(out.status).toBe(302);
    expect(out.headers.get("Set-Cookie")).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect((await callLoader(homeLoader, get("/", cookie))).status).toBe(302);
  });

  it("ends a session after 30 minutes idle and after 12 hours in all", async () => {
    const db = getDb();
    const id = await userId(DEMO.participant);
    const start = new Date("2026-01-10T09:00:00Z");

    const idle = await createSession(db, id, start);
    expect(await findSessionUser(db, idle, new Date(start.getTime() + IDLE_TIMEOUT_MS - 1000))).not.toBeNull();
    const later = new Date(start.getTime() + IDLE_TIMEOUT_MS - 1000 + IDLE_TIMEOUT_MS + 1000);
    expect(await findSessionUser(db, idle, later)).toBeNull();
    expect(await db.selectFrom("sessions").select("id").where("id", "=", idle).executeTakeFirst()).toBeUndefined();

    const busy = await createSession(db, id, start);
    let now = start.getTime();
    while (now + 20 * 60 * 1000 < start.getTime() + ABSOLUTE_TIMEOUT_MS) {
      now += 20 * 60 * 1000;
      expect(await findSessionUser(db, busy, new Date(now))).not.toBeNull();
    }
    expect(await findSessionUser(db, busy, new Date(start.getTime() + ABSOLUTE_TIMEOUT_MS + 1000))).toBeNull();
  });

  it("a deactivated user's session stops working", async () => {
    const db = getDb();
    const cookie = await cookieFor(DEMO.otherCohortParticipant);
    await db
      .updateTable("users")
      .set({ deactivated_at: new Date().toISOString() })
      .where("email", "=", DEMO.otherCohortParticipant)
      .execute();
    expect((await callLoader(homeLoader, get("/", cookie))).status).toBe(302);
    const again = await signIn(DEMO.otherCohortParticipant, DEMO_PASSWORD, "198.51.100.77");
    expect(again.status).toBe(400);
  });

  it("ignores a forged or tampered cookie", async () => {
    const cookie = await cookieFor(DEMO.participant);
    const [name, value] = cookie.split("=");
    const tampered = `${name}=${value.slice(0, -3)}abc`;
    expect((await callLoader(homeLoader, get("/", tampered))).status).toBe(302);
    expect((await callLoader(homeLoader, get("/", "strands_session=made-up"))).status).toBe(302);
  });
});

describe("redirects after signing in that only look same-site", () => {
  const ORIGIN = "https://strands.example";

  it.each(REDIRECT_PAYLOADS.map((payload, i) => [JSON.stringify(payload), payload, i]))(
    "%s: the Location header stays on this site",
    async (_, redirectTo, i) => {
      // A fresh client address each time, so the failure throttle never gets in the way.
      const result = await signIn(DEMO.lead, DEMO_PASSWORD, `198.51.100.${120 + Number(i)}`, String(redirectTo));
      expect(result.status).toBe(302);
      const location = result.headers.get("Location") ?? "";
      const url = new URL(location, ORIGIN);
      expect(url.origin, location).toBe(ORIGIN);
      expect(location, location).toMatch(/^\/(?![/\\])/);
      expect(`${url.pathname}${url.search}${url.hash}`, "sent normalised").toBe(location);
    },
  );

  it("still follows an ordinary same-site path, query and fragment included", async () => {
    const result = await signIn(DEMO.lead, DEMO_PASSWORD, "198.51.100.119", "/records?x=1#f");
    expect(result.headers.get("Location")).toBe("/records?x=1#f");
  });
});
