import { describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { loader as cohortLoader } from "~/routes/cohorts.$cohortId";
import { loader as cohortsLoader } from "~/routes/cohorts._index";
import { loader as homeLoader } from "~/routes/_index";
import { loader as programmeLoader } from "~/routes/programmes.$programmeId";
import { frameworks } from "../../db/seed/frameworks";
import { callLoader, cookieFor, DEMO, get } from "./helpers";

async function cohortIdFor(name: string) {
  return (await getDb().selectFrom("cohorts").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
}

describe("the demo cohort", () => {
  it("is a 2024/25 MAT Maths Leaders cohort with three dated workshops and about two dozen participants in several trusts", async () => {
    const lead = await cookieFor(DEMO.lead);
    const id = await cohortIdFor("2024/25 National — North");
    const page = await callLoader(cohortLoader, get(`/cohorts/${id}`, lead), { cohortId: id });
    expect(page.status).toBe(200);
    expect(page.data.cohort.programmeName).toBe("Secondary MAT Maths Leaders Community");
    expect(page.data.cohort.academicYear).toBe("2024/25");
    expect(page.data.workshops).toHaveLength(3);
    expect(page.data.participants.length).toBeGreaterThanOrEqual(20);
    const trusts = new Set(page.data.participants.map((p: { trustName: string }) => p.trustName));
    expect(trusts.size).toBeGreaterThanOrEqual(4);
    const tracks = new Set(page.data.participants.map((p: { track: string }) => p.track));
    expect(tracks).toEqual(new Set(["new", "continuing"]));
    const statuses = new Set(
      page.data.participants.flatMap((p: { initiatives: { status: string }[] }) => p.initiatives.map((i) => i.status)),
    );
    expect(statuses.size).toBeGreaterThanOrEqual(4);
  });

  it("never shows the lead a participant's private initiative", async () => {
    const db = getDb();
    const id = await cohortIdFor("2024/25 National — North");
    const privateTitles = await db
      .selectFrom("entries")
      .select("title")
      .where("cohort_id", "=", id)
      .where("visibility", "=", "private")
      .execute();
    expect(privateTitles.length).toBeGreaterThan(0);
    const page = await callLoader(cohortLoader, get(`/cohorts/${id}`, await cookieFor(DEMO.lead)), { cohortId: id });
    const body = JSON.stringify(page.data);
    for (const { title } of privateTitles) expect(body).not.toContain(JSON.stringify(title).slice(1, -1));
  });

  it("is closed to a lead of another cohort and to participants", async () => {
    const id = await cohortIdFor("2024/25 National — North");
    for (const email of [DEMO.otherLead, DEMO.participant]) {
      const page = await callLoader(cohortLoader, get(`/cohorts/${id}`, await cookieFor(email)), { cohortId: id });
      expect(page.status).toBe(404);
    }
  });

  it("lists for each lead only the cohorts they lead; an admin sees all", async () => {
    const lead = await callLoader(cohortsLoader, get("/cohorts", await cookieFor(DEMO.lead)));
    // Helen leads the North cohort and the PD Lead Programme cohort of the accreditation demo, not the West one.
    expect(lead.data.cohorts.map((c: { name: string }) => c.name)).toEqual([
      "2026/27 PD Lead Programme — Central",
      "2024/25 National — North",
    ]);
    const admin = await callLoader(cohortsLoader, get("/cohorts", await cookieFor(DEMO.admin)));
    expect(admin.data.cohorts.length).toBe(3);
    const participant = await callLoader(cohortsLoader, get("/cohorts", await cookieFor(DEMO.participant)));
    expect(participant.data.cohorts).toEqual([]);
  });

  it("greets a participant with their initiatives and overdue actions", async () => {
    const home = await callLoader(homeLoader, get("/", await cookieFor(DEMO.participant)));
    expect(home.data.isParticipant).toBe(true);
    expect(home.data.initiatives.length).toBeGreaterThan(0);
    expect(home.data.overdue.length).toBeGreaterThan(0);
    for (const action of home.data.overdue) expect(action.rag).not.toBe("done");
  });
});

describe("the seeded outcome frameworks", () => {
  it("hold every statement of the documents in the database, in order", async () => {
    const cookie = await cookieFor(DEMO.participant);
    for (const framework of frameworks) {
      const { id } = await getDb()
        .selectFrom("programmes")
        .select("id")
        .where("code", "=", framework.code)
        .executeTakeFirstOrThrow();
      const page = await callLoader(programmeLoader, get(`/programmes/${id}`, cookie), { programmeId: id });
      const strands = page.data.programme.strands as { title: string; statements: { text: string }[] }[];
      expect(strands.map((s) => s.title)).toEqual(framework.strands.map((s) => s.title));
      expect(strands.flatMap((s) => s.statements.map((st) => st.text))).toEqual(
        framework.strands.flatMap((s) => s.statements.flatMap((st) => [st.text, ...(st.children ?? [])])),
      );
      expect(page.data.programme.criteria.map((c: { text: string }) => c.text)).toEqual(framework.criteria);
    }
  });
});
