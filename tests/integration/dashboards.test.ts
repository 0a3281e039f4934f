import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { getAdminOverview, getCohortDashboard } from "~/dashboards/dashboard.server";
import { isoWeekStart } from "~/utils/dates";
import { loader as overviewLoader } from "~/routes/admin.overview";
import { loader as dashboardLoader } from "~/routes/cohorts.$cohortId_.dashboard";
import { loadViewer, type Viewer } from "~/utils/permissions.server";
import {
  createAudit,
  createCohort,
  createEvaluation,
  createEvidence,
  createInitiative,
  createMembership,
  createReflection,
  createTask,
  createTaskResponse,
  createUser,
} from "./factories";
import { callLoader, cookieFor, DEMO, get } from "./helpers";

// A small fixed cohort built here, so every figure can be checked against numbers worked out by hand.
//
// Cohort "Dashboard test cohort" (the North programme), workshops W1 2025-01-15 and W2 2025-03-12, lead Lena.
// Participants: Ann (new, trust T1), Bob (continuing, T1), Cat (new, T2), Dan (continuing, T2; writes nothing shared).
// Strands sA, sB are the programme's first two; stA1 is sA's first statement.
//
// Records (entries):                                      visibility  occurred_on  strands   outcomes  evidence
//   e1 Ann reflection                                     leads       2025-01-06   sA        stA1      2
//   e2 Ann reflection                                     cohort      2025-01-08   sA, sB              0
//   e3 Ann reflection                                     PRIVATE     2025-01-07   sA        stA1      1   never counted
//   e4 Bob initiative (in_progress; evaluations L1, L3)   leads       2025-01-20   sB                  1
//   e5 Cat initiative (planning)                          cohort      2025-02-03   sA                  0
//   e6 Cat reflection                                     leads       2025-02-05
//   e7 Dan initiative (complete; evaluation L5)           PRIVATE     2025-01-01                          never counted
//   b1 Bob baseline audit    ratings 1,2 / 2,3 → mean 2.00      leads  2025-01-10
//   f1 Bob follow-up of b1   ratings 3,3 / 3,4 → mean 3.25      leads  2025-03-01
//   b2 Cat baseline audit    ratings 1,2       → mean 1.50      leads  2025-01-12
//   f2 Cat follow-up of b2   ratings 2,3       → mean 2.50      leads  2025-03-02
//   b3 Ann baseline audit    ratings 1,1       → mean 1.00      leads  2025-01-09
//   f3 Ann follow-up of b3   ratings 4,4                        PRIVATE 2025-03-03  → the pair is never counted
// Tasks: t1 due 2025-01-10 (before W1), t2 due 2025-03-01 (before W2, tagged sB). Responses (all private: a
// response's status still counts for the lead who set the task): t1 Ann done, Bob done, Cat in progress;
// t2 Ann done, Bob in progress. "Today" for the task figures is 2025-02-20.

const TODAY = "2025-02-20";
const db = () => getDb();

let cohort: string;
let otherStrand: string;
let sA: string;
let sB: string;
let stA1: string;
let strandCount: number;
let T1: string;
let T2: string;
const people: Record<"lena" | "ann" | "bob" | "cat" | "dan", { id: string; email: string }> = {} as never;
let leadViewer: Viewer;
let leadCookie: string;

async function dashboard(query = "") {
  const data = await getCohortDashboard(db(), leadViewer, cohort, new URLSearchParams(query), TODAY);
  const { values, filters, errors, detail } = data;
  return { parsed: { values, filters, errors, detail }, data };
}

const names = (rows: { participant: { name: string } }[]) => rows.map((r) => r.participant.name);

beforeAll(async () => {
  const north = await db()
    .selectFrom("cohorts")
    .select(["id", "programme_id"])
    .where("name", "=", "2024/25 National — North")
    .executeTakeFirstOrThrow();
  const strands = await db()
    .selectFrom("strands")
    .select("id")
    .where("programme_id", "=", north.programme_id)
    .orderBy("position")
    .execute();
  strandCount = strands.length;
  [sA, sB] = strands.map((s) => s.id);
  stA1 = (
    await db()
      .selectFrom("outcome_statements")
      .select("id")
      .where("strand_id", "=", sA)
      .orderBy("position")
      .executeTakeFirstOrThrow()
  ).id;
  otherStrand = (
    await db()
      .selectFrom("strands")
      .select("id")
      .where("programme_id", "!=", north.programme_id)
      .executeTakeFirstOrThrow()
  ).id;
  const trust = async (name: string) =>
    (await db().selectFrom("organisations").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
  T1 = await trust("Pennine Ridge Learning Trust");
  T2 = await trust("Wearside Horizons Academy Trust");
  const schoolsOf = async (t: string) =>
    (await db().selectFrom("organisations").select("id").where("parent_id", "=", t).orderBy("name").execute()).map(
      (s) => s.id,
    );
  const [s1, s2] = await schoolsOf(T1);
  const [s3, s4] = await schoolsOf(T2);

  cohort = (
    await createCohort(db(), {
      programmeId: north.programme_id,
      name: "Dashboard test cohort",
      academicYear: "2024/25",
      workshops: [
        { title: "Workshop 1: Launch", heldOn: "2025-01-15", position: 1 },
        { title: "Workshop 2: Review", heldOn: "2025-03-12", position: 2 },
      ],
    })
  ).id;
  for (const name of ["Lena", "Ann", "Bob", "Cat", "Dan"] as const)
    people[name.toLowerCase() as keyof typeof people] = await createUser(db(), { name: `${name} Test` });
  const { lena, ann, bob, cat, dan } = people;
  await createMembership(db(), { cohortId: cohort, userId: lena.id, role: "lead" });
  await createMembership(db(), { cohortId: cohort, userId: ann.id, track: "new", trustId: T1 });
  await createMembership(db(), { cohortId: cohort, userId: bob.id, track: "continuing", trustId: T1 });
  await createMembership(db(), { cohortId: cohort, userId: cat.id, track: "new", trustId: T2 });
  await createMembership(db(), { cohortId: cohort, userId: dan.id, track: "continuing", trustId: T2 });

  const inCohort = { cohortId: cohort };
  /** n links on a record, each counted as a piece of evidence. */
  const links = async (entryId: string, n: number) => {
    for (let i = 0; i < n; i++)
      await createEvidence(db(), { entryId, title: `Link ${i}`, url: "https://example.org/" });
  };
  const e1 = await createReflection(db(), {
    ...inCohort,
    ownerId: ann.id,
    visibility: "leads",
    occurredOn: "2025-01-06",
    strandIds: [sA],
    outcomeIds: [stA1],
  });
  await links(e1.id, 2);
  await createReflection(db(), {
    ...inCohort,
    ownerId: ann.id,
    visibility: "cohort",
    occurredOn: "2025-01-08",
    strandIds: [sA, sB],
  });
  const e3 = await createReflection(db(), {
    ...inCohort,
    ownerId: ann.id,
    visibility: "private",
    occurredOn: "2025-01-07",
    strandIds: [sA],
    outcomeIds: [stA1],
  });
  await links(e3.id, 1);
  const e4 = await createInitiative(db(), {
    ...inCohort,
    ownerId: bob.id,
    visibility: "leads",
    occurredOn: "2025-01-20",
    endsOn: "2025-07-01",
    status: "in_progress",
    strandIds: [sB],
  });
  await links(e4.id, 1);
  await createInitiative(db(), {
    ...inCohort,
    ownerId: cat.id,
    visibility: "cohort",
    occurredOn: "2025-02-03",
    endsOn: "2025-07-01",
    status: "planning",
    strandIds: [sA],
  });
  await createReflection(db(), { ...inCohort, ownerId: cat.id, visibility: "leads", occurredOn: "2025-02-05" });
  const e7 = await createInitiative(db(), {
    ...inCohort,
    ownerId: dan.id,
    visibility: "private",
    occurredOn: "2025-01-01",
    endsOn: "2025-07-01",
    status: "complete",
  });
  await createEvaluation(db(), { initiativeId: e4.id, level: 1 });
  await createEvaluation(db(), { initiativeId: e4.id, level: 3 });
  await createEvaluation(db(), { initiativeId: e7.id, level: 5 });

  // Audits: ratings[criterion][school], over the schools given.
  const rated = (ratings: number[][]) => ratings.map((row) => ({ ratings: row }));
  const b1 = await createAudit(db(), {
    ...inCohort,
    ownerId: bob.id,
    visibility: "leads",
    conductedOn: "2025-01-10",
    schoolIds: [s1, s2],
    criteria: rated([
      [1, 2],
      [2, 3],
    ]),
  });
  await createAudit(db(), {
    ...inCohort,
    ownerId: bob.id,
    visibility: "leads",
    conductedOn: "2025-03-01",
    baselineId: b1.id,
    schoolIds: [s1, s2],
    criteria: rated([
      [3, 3],
      [3, 4],
    ]),
  });
  const b2 = await createAudit(db(), {
    ...inCohort,
    ownerId: cat.id,
    visibility: "leads",
    conductedOn: "2025-01-12",
    schoolIds: [s3, s4],
    criteria: rated([[1, 2]]),
  });
  await createAudit(db(), {
    ...inCohort,
    ownerId: cat.id,
    visibility: "leads",
    conductedOn: "2025-03-02",
    baselineId: b2.id,
    schoolIds: [s3, s4],
    criteria: rated([[2, 3]]),
  });
  const b3 = await createAudit(db(), {
    ...inCohort,
    ownerId: ann.id,
    visibility: "leads",
    conductedOn: "2025-01-09",
    schoolIds: [s1, s2],
    criteria: rated([[1, 1]]),
  });
  await createAudit(db(), {
    ...inCohort,
    ownerId: ann.id,
    visibility: "private",
    conductedOn: "2025-03-03",
    baselineId: b3.id,
    schoolIds: [s1, s2],
    criteria: rated([[4, 4]]),
  });

  const t1 = (
    await createTask(db(), {
      ...inCohort,
      title: "Task one",
      instructions: "i",
      dueOn: "2025-01-10",
      createdBy: lena.id,
    })
  ).id;
  const t2 = (
    await createTask(db(), {
      ...inCohort,
      title: "Task two",
      instructions: "i",
      dueOn: "2025-03-01",
      createdBy: lena.id,
      strandIds: [sB],
    })
  ).id;
  const response = { ...inCohort, visibility: "private" as const, occurredOn: "2025-01-09" };
  await createTaskResponse(db(), { ...response, ownerId: ann.id, taskId: t1, status: "done" });
  await createTaskResponse(db(), { ...response, ownerId: bob.id, taskId: t1, status: "done" });
  await createTaskResponse(db(), { ...response, ownerId: cat.id, taskId: t1, status: "in_progress" });
  await createTaskResponse(db(), { ...response, ownerId: ann.id, taskId: t2, status: "done" });
  await createTaskResponse(db(), { ...response, ownerId: bob.id, taskId: t2, status: "in_progress" });

  leadViewer = await loadViewer(db(), {
    id: people.lena.id,
    email: people.lena.email,
    name: "Lena Test",
    isAdmin: false,
  });
  leadCookie = await cookieFor(people.lena.email);
});

describe("the cohort dashboard's figures", () => {
  it("strand coverage counts shared records and their evidence per participant and strand, never private ones", async () => {
    const { data } = await dashboard();
    const { coverage } = data;
    expect(coverage.columns).toHaveLength(strandCount);
    expect(coverage.columns[0].id).toBe(sA);
    expect(names(coverage.rows)).toEqual(["Ann Test", "Bob Test", "Cat Test", "Dan Test"]);
    const cell = (row: number, col: number) => coverage.rows[row].cells[col];
    // Ann: sA = e1 + e2 (e3 is private) with e1's 2 evidence items; sB = e2 with none.
    expect(cell(0, 0)).toEqual({ records: 2, evidence: 2 });
    expect(cell(0, 1)).toEqual({ records: 1, evidence: 0 });
    expect(cell(1, 0)).toEqual({ records: 0, evidence: 0 });
    expect(cell(1, 1)).toEqual({ records: 1, evidence: 1 }); // Bob: e4
    expect(cell(2, 0)).toEqual({ records: 1, evidence: 0 }); // Cat: e5
    expect(coverage.rows[3].cells.every((c) => c.records === 0)).toBe(true);
    // 4 participants × strands cells, of which 4 are filled (Ann sA, Ann sB, Bob sB, Cat sA).
    expect(coverage.gaps).toBe(4 * strandCount - 4);
  });

  it("the expanded view counts records per outcome statement", async () => {
    const { data } = await dashboard("detail=statements");
    const col = data.coverage.columns.findIndex((c) => c.id === stA1);
    expect(data.coverage.detail).toBe("statements");
    expect(data.coverage.columns[col].label).toBe("1.1");
    expect(data.coverage.rows[0].cells[col]).toEqual({ records: 1, evidence: 2 }); // Ann: e1 only (e3 is private)
    expect(data.coverage.rows.slice(1).every((r) => r.cells.every((c) => c.records === 0))).toBe(true);
  });

  it("task completion splits each task's participants four ways that add up", async () => {
    const { data } = await dashboard();
    const strip = data.tasks.map(({ id: _id, ...t }) => t);
    expect(strip).toEqual([
      // t1 is past due: Ann and Bob done; Cat (in progress) and Dan (nothing) overdue.
      { title: "Task one", dueOn: "2025-01-10", participants: 4, done: 2, inProgress: 0, notStarted: 0, overdue: 2 },
      // t2 is not due yet: Ann done, Bob in progress, Cat and Dan not started.
      { title: "Task two", dueOn: "2025-03-01", participants: 4, done: 1, inProgress: 1, notStarted: 2, overdue: 0 },
    ]);
  });

  it("audit impact compares each shared follow-up's mean with its baseline's, for the cohort and per trust", async () => {
    const { data } = await dashboard();
    // Bob 2.00 → 3.25, Cat 1.50 → 2.50; Ann's follow-up is private so her pair is left out.
    // Cohort: baseline (2 + 1.5) / 2 = 1.75; follow-up (3.25 + 2.5) / 2 = 2.875 → 2.88; change 1.125 → 1.13.
    expect(data.audits.cohort).toEqual({
      trustId: null,
      trustName: "Whole cohort",
      audits: 2,
      baselineMean: 1.75,
      followUpMean: 2.88,
      change: 1.13,
    });
    expect(data.audits.trusts).toEqual([
      {
        trustId: T1,
        trustName: "Pennine Ridge Learning Trust",
        audits: 1,
        baselineMean: 2,
        followUpMean: 3.25,
        change: 1.25,
      },
      {
        trustId: T2,
        trustName: "Wearside Horizons Academy Trust",
        audits: 1,
        baselineMean: 1.5,
        followUpMean: 2.5,
        change: 1,
      },
    ]);
    expect(data.audits.audits.map((a) => [a.participantName, a.baselineMean, a.followUpMean, a.change])).toEqual([
      ["Bob Test", 2, 3.25, 1.25],
      ["Cat Test", 1.5, 2.5, 1],
    ]);
  });

  it("initiatives by status and by highest evaluation level count shared initiatives only", async () => {
    const { data } = await dashboard();
    const status = Object.fromEntries(data.initiativeStatuses.map((s) => [s.status, s.count]));
    // e4 in progress, e5 planning; Dan's private e7 (complete) is not counted.
    expect(status).toEqual({ planning: 1, in_progress: 1, evaluating: 0, complete: 0, paused: 0 });
    // e4 has levels 1 and 3 → highest 3; e7's level 5 is private.
    expect(data.evaluationLevels).toEqual([
      { level: 1, count: 0 },
      { level: 2, count: 0 },
      { level: 3, count: 1 },
      { level: 4, count: 0 },
      { level: 5, count: 0 },
    ]);
  });

  it("engagement counts shared records per ISO week with the workshops marked", async () => {
    const { data } = await dashboard();
    expect(isoWeekStart("2025-03-02")).toBe("2025-02-24");
    expect(isoWeekStart("2025-01-06")).toBe("2025-01-06");
    // Week of 6 Jan: e1, e2, b3 (9th), b1 (10th), b2 (12th) = 5; 20 Jan: e4; 3 Feb: e5, e6; 24 Feb: f1 (1 Mar), f2 (2 Mar).
    expect(data.engagement.map((w) => [w.weekStart, w.records, w.workshops.join()])).toEqual([
      ["2025-01-06", 5, ""],
      ["2025-01-13", 0, "Workshop 1: Launch"],
      ["2025-01-20", 1, ""],
      ["2025-01-27", 0, ""],
      ["2025-02-03", 2, ""],
      ["2025-02-10", 0, ""],
      ["2025-02-17", 0, ""],
      ["2025-02-24", 2, ""],
      ["2025-03-03", 0, ""],
      ["2025-03-10", 0, "Workshop 2: Review"],
    ]);
  });

  it("readiness lists, per workshop, the tasks due before it that each participant has done", async () => {
    const { data } = await dashboard();
    const view = data.readiness.map((w) => [
      w.title,
      w.taskCount,
      w.participants.map((p) => `${p.name} ${p.done}/${p.of}${p.ready ? "" : " !"}`),
    ]);
    expect(view).toEqual([
      ["Workshop 1: Launch", 1, ["Ann Test 1/1", "Bob Test 1/1", "Cat Test 0/1 !", "Dan Test 0/1 !"]],
      ["Workshop 2: Review", 2, ["Ann Test 2/2", "Bob Test 1/2 !", "Cat Test 0/2 !", "Dan Test 0/2 !"]],
    ]);
  });
});

describe("the dashboard's filters", () => {
  it("continuing participants only (Bob, Dan) changes every figure as expected", async () => {
    const { data, parsed } = await dashboard("track=continuing");
    expect(parsed.errors).toEqual({});
    expect(names(data.coverage.rows)).toEqual(["Bob Test", "Dan Test"]);
    expect(data.tasks.map((t) => [t.participants, t.done, t.inProgress, t.notStarted, t.overdue])).toEqual([
      [2, 1, 0, 0, 1], // t1: Bob done, Dan overdue
      [2, 0, 1, 1, 0], // t2: Bob in progress, Dan not started
    ]);
    expect(data.audits.cohort).toMatchObject({ audits: 1, baselineMean: 2, followUpMean: 3.25, change: 1.25 });
    expect(data.audits.trusts.map((t) => t.trustId)).toEqual([T1]);
    expect(data.initiativeStatuses.find((s) => s.status === "planning")?.count).toBe(0);
    expect(data.initiativeStatuses.find((s) => s.status === "in_progress")?.count).toBe(1);
    // Bob's b1 (6 Jan week), e4 (20 Jan), f1 (24 Feb week).
    expect(data.engagement.filter((w) => w.records > 0).map((w) => [w.weekStart, w.records])).toEqual([
      ["2025-01-06", 1],
      ["2025-01-20", 1],
      ["2025-02-24", 1],
    ]);
    expect(data.readiness[1].participants.map((p) => `${p.name} ${p.done}/${p.of}`)).toEqual([
      "Bob Test 1/2",
      "Dan Test 0/2",
    ]);
  });

  it("a trust, a strand and a date range narrow the figures", async () => {
    const trust = await dashboard(`trust=${T2}`);
    expect(names(trust.data.coverage.rows)).toEqual(["Cat Test", "Dan Test"]);
    expect(trust.data.audits.cohort).toMatchObject({ audits: 1, baselineMean: 1.5, followUpMean: 2.5 });

    const strand = await dashboard(`strand=${sB}`);
    expect(strand.data.coverage.columns.map((c) => c.id)).toEqual([sB]);
    expect(strand.data.coverage.rows.map((r) => r.cells[0].records)).toEqual([1, 1, 0, 0]);
    expect(strand.data.tasks.map((t) => t.title)).toEqual(["Task two"]);
    expect(Object.fromEntries(strand.data.initiativeStatuses.map((s) => [s.status, s.count]))).toMatchObject({
      in_progress: 1,
      planning: 0,
    });
    expect(strand.data.engagement.filter((w) => w.records > 0).map((w) => [w.weekStart, w.records])).toEqual([
      ["2025-01-06", 1], // e2
      ["2025-01-20", 1], // e4
    ]);

    const dates = await dashboard("from=2025-02-01&to=2025-02-28");
    // Only e5 (Cat, sA) is tagged in February; the follow-ups f1 (1 Mar) and f2 (2 Mar) are outside the range.
    expect(dates.data.coverage.rows.map((r) => r.total.records)).toEqual([0, 0, 1, 0]);
    expect(dates.data.audits.cohort).toBeNull();
    expect(dates.data.tasks.map((t) => t.title)).toEqual([]);
    expect(dates.data.engagement.map((w) => [w.weekStart, w.records])).toEqual([["2025-02-03", 2]]);
  });

  it("explains and ignores a filter that does not make sense, and still applies the rest", async () => {
    const { data, parsed } = await dashboard(
      `track=sometimes&strand=${otherStrand}&trust=${randomUUID()}&from=2025-02-30&to=${"9".repeat(5000)}`,
    );
    expect(parsed.errors).toEqual({
      track: "Choose new or continuing participants",
      strand: "Choose a strand from the list",
      trust: "Choose one of this cohort’s trusts from the list",
      from: "Enter a real date, like 2025-03-14",
      to: "Enter a real date, like 2025-03-14",
    });
    expect(parsed.filters).toEqual({});
    expect(names(data.coverage.rows)).toHaveLength(4);

    const mixed = await dashboard("track=continuing&from=2025-03-01&to=2025-01-01");
    expect(mixed.parsed.errors).toEqual({ to: "The end of the range must be on or after its start" });
    expect(mixed.parsed.filters).toEqual({ track: "continuing", from: "2025-03-01" });
  });
});

describe("who may open the dashboard", () => {
  const path = () => `/cohorts/${cohort}/dashboard`;

  it("the cohort's lead gets the page, with filters read from the URL", async () => {
    const result = await callLoader(dashboardLoader, get(`${path()}?track=continuing&strand=nonsense`, leadCookie), {
      cohortId: cohort,
    });
    expect(result.status).toBe(200);
    expect(result.data.participants.map((p: { name: string }) => p.name)).toEqual(["Bob Test", "Dan Test"]);
    expect(result.data.errors).toEqual({ strand: "Choose a strand from the list" });
    expect(result.data.values.strand).toBe("nonsense");
  });

  it("a programme admin gets the page", async () => {
    const result = await callLoader(dashboardLoader, get(path(), await cookieFor(DEMO.admin)), { cohortId: cohort });
    expect(result.status).toBe(200);
    expect(result.data.coverage.rows).toHaveLength(4);
  });

  it("the lead of another cohort and a participant get 404; nobody signed in is sent to sign in", async () => {
    for (const email of [DEMO.lead, DEMO.otherLead, DEMO.participant]) {
      const result = await callLoader(dashboardLoader, get(path(), await cookieFor(email)), { cohortId: cohort });
      expect(result.status, email).toBe(404);
    }
    const ann = await callLoader(dashboardLoader, get(path(), await cookieFor(people.ann.email)), { cohortId: cohort });
    expect(ann.status).toBe(404);
    const anonymous = await callLoader(dashboardLoader, get(path()), { cohortId: cohort });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/sign-in/);
  });

  it("an unknown cohort is 404 even for an admin", async () => {
    const result = await callLoader(dashboardLoader, get(`/cohorts/nope/dashboard`, await cookieFor(DEMO.admin)), {
      cohortId: "x".repeat(3000),
    });
    expect(result.status).toBe(404);
  });
});

describe("the programme admin's overview", () => {
  it("shows every cohort's measures, counted from shared records", async () => {
    const result = await callLoader(overviewLoader, get("/admin/overview", await cookieFor(DEMO.admin)));
    expect(result.status).toBe(200);
    const all = result.data.programmes.flatMap((p: { cohorts: unknown[] }) => p.cohorts);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const ours = all.find((c: { id: string }) => c.id === cohort);
    // 4 participants; Bob and Cat share an initiative (50%); 10 shared records (e1 e2 e4 e5 e6 b1 f1 b2 f2 b3) → 2.5
    // each; 2 tasks × 4 participants = 8 responses due, 3 done → 37.5% → 38%; audit changes 1.25 and 1.00 → 1.13.
    expect(ours).toEqual({
      id: cohort,
      name: "Dashboard test cohort",
      academicYear: "2024/25",
      participants: 4,
      withInitiative: 2,
      withInitiativePercent: 50,
      records: 10,
      recordsPerParticipant: 2.5,
      taskSlots: 8,
      tasksDone: 3,
      taskCompletionPercent: 38,
      auditsCompared: 2,
      meanAuditChange: 1.13,
      initiativesByStatus: { in_progress: 1, planning: 1 },
    });
    const direct = await getAdminOverview(
      db(),
      await loadViewer(db(), { id: "admin", email: "a", name: "A", isAdmin: true }),
    );
    expect(direct.programmes.length).toBe(result.data.programmes.length);
  });

  it("is refused to leads and participants (403) and sends nobody signed in to sign in", async () => {
    for (const email of [DEMO.lead, DEMO.participant]) {
      const result = await callLoader(overviewLoader, get("/admin/overview", await cookieFor(email)));
      expect(result.status, email).toBe(403);
    }
    expect((await callLoader(overviewLoader, get("/admin/overview", leadCookie))).status).toBe(403);
    const anonymous = await callLoader(overviewLoader, get("/admin/overview"));
    expect(anonymous.status).toBe(302);
  });
});
