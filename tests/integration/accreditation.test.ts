import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { action as workAction, loader as workLoader } from "~/routes/accreditation.$cohortId";
import { loader as indexLoader } from "~/routes/accreditation._index";
import { loader as overviewLoader } from "~/routes/cohorts.$cohortId_.accreditation";
import { action as reviewAction, loader as reviewLoader } from "~/routes/cohorts.$cohortId_.accreditation_.$userId";
import { loader as rootLoader } from "~/root";
import {
  createCohort,
  createEvaluation,
  createEvidence,
  createInitiative,
  createMembership,
  createReflection,
  createUser,
} from "./factories";
import { callAction, callLoader, cookieFor, DEMO, form, get, post, userId } from "./helpers";

// A fixed PD Lead Programme cohort made here: Robin (the participant under test), Kit (another participant of the
// cohort), their lead Morgan. Two workshops are long past, the third far off, so "held so far" never moves.

const EMAIL = { robin: "robin.acc@example.org", kit: "kit.acc@example.org", morgan: "morgan.acc@example.org" };
let cohortId: string;
let criteria: string[];
let robinId: string;
let kitId: string;
let workshopIds: string[];
let robinInitiative: string;
let robinReflection: string;
let robinPrivateReflection: string;
let robinEvidence: string;
let kitEvidence: string;
const cookie: Record<string, string> = {};

beforeAll(async () => {
  const db = getDb();
  const programme = await db.selectFrom("programmes").select("id").where("code", "=", "PDLP").executeTakeFirstOrThrow();
  criteria = (
    await db
      .selectFrom("accreditation_criteria")
      .select("id")
      .where("programme_id", "=", programme.id)
      .orderBy("position")
      .execute()
  ).map((c) => c.id);
  const cohort = await createCohort(db, {
    programmeId: programme.id,
    name: "Test PD Lead cohort",
    academicYear: "2024/25",
    workshops: [
      { title: "Workshop 1: Design", heldOn: "2025-01-10" },
      { title: "Workshop 2: Lead", heldOn: "2025-03-10" },
      { title: "Workshop 3: Evaluate", heldOn: "2099-01-01" },
    ],
  });
  cohortId = cohort.id;
  workshopIds = cohort.workshopIds;
  robinId = (await createUser(db, { email: EMAIL.robin, name: "Robin Adair" })).id;
  kitId = (await createUser(db, { email: EMAIL.kit, name: "Kit Marlowe" })).id;
  const morganId = (await createUser(db, { email: EMAIL.morgan, name: "Morgan Reyes" })).id;
  await createMembership(db, { cohortId, userId: robinId, track: "new" });
  await createMembership(db, { cohortId, userId: kitId, track: "new" });
  await createMembership(db, { cohortId, userId: morganId, role: "lead" });

  // Robin: a complete plan, a reflection after workshop 1 only (none after workshop 2), evaluation at level 2 only,
  // and a private reflection that must not count or show to leads.
  robinInitiative = (
    await createInitiative(db, {
      ownerId: robinId,
      cohortId,
      title: "Fractions Work Group",
      visibility: "leads",
      problem: "Procedures",
      evidenceOfNeed: "",
      approach: "Work Group",
      activeIngredients: "",
      startsOn: "2025-01-15",
      endsOn: "2025-07-01",
      actions: [
        { description: "Session 1", ownerName: "Robin", dueOn: "2025-02-01", successCriteria: "", rag: "done" },
      ],
      outcomes: [
        { kind: "final", description: "Pupils compare fractions", measure: "Baseline task", measuredWhen: "June" },
      ],
    })
  ).id;
  await createEvaluation(db, {
    initiativeId: robinInitiative,
    level: 2,
    findings: "Teachers learnt",
    judgement: "some_impact",
    updatedAt: "2025-03-01T00:00:00.000Z",
  });
  robinReflection = (
    await createReflection(db, {
      ownerId: robinId,
      cohortId,
      title: "After workshop 1",
      visibility: "leads",
      writtenOn: "2025-01-20",
      workshopId: workshopIds[0],
    })
  ).id;
  robinPrivateReflection = (
    await createReflection(db, {
      ownerId: robinId,
      cohortId,
      title: "Private thoughts after workshop 2",
      visibility: "private",
      writtenOn: "2025-03-12",
      workshopId: workshopIds[1],
    })
  ).id;
  robinEvidence = (
    await createEvidence(db, { entryId: robinInitiative, title: "Session plans", evidenceType: "artefact" })
  ).id;
  const kitInitiative = await createInitiative(db, {
    ownerId: kitId,
    cohortId,
    title: "Kit's lesson study",
    visibility: "leads",
    problem: "",
    evidenceOfNeed: "",
    approach: "",
    activeIngredients: "",
    startsOn: "2025-01-15",
    endsOn: "2025-07-01",
  });
  kitEvidence = (
    await createEvidence(db, {
      entryId: kitInitiative.id,
      title: "Kit's research questions",
      evidenceType: "artefact",
    })
  ).id;

  for (const [key, email] of Object.entries({
    ...EMAIL,
    lead: DEMO.lead,
    participant: DEMO.participant,
    admin: DEMO.admin,
  })) {
    cookie[key] = await cookieFor(email);
  }
});

const page = (who: string) => callLoader(workLoader, get(`/accreditation/${cohortId}`, cookie[who]), { cohortId });
const save = (who: string, fields: Record<string, string | string[]>) =>
  callAction(workAction, post(`/accreditation/${cohortId}`, form(fields), cookie[who]), { cohortId });
const reviewPage = (who: string, uid = robinId) =>
  callLoader(reviewLoader, get(`/cohorts/${cohortId}/accreditation/${uid}`, cookie[who]), { cohortId, userId: uid });
const review = (who: string, fields: Record<string, string>, uid = robinId) =>
  callAction(reviewAction, post(`/cohorts/${cohortId}/accreditation/${uid}`, form(fields), cookie[who]), {
    cohortId,
    userId: uid,
  });

describe("the participant's accreditation page", () => {
  it("shows the completeness figure and what is missing, from records shared with leads", async () => {
    const result = await page("robin");
    expect(result.status).toBe(200);
    const { readiness, criteria: shown } = result.data;
    expect(shown.map((c: { number: number; status: string }) => [c.number, c.status])).toEqual([
      [1, "not_started"],
      [2, "not_started"],
      [3, "not_started"],
      [4, "not_started"],
    ]);
    expect(readiness.rules.map((r: { key: string; met: boolean }) => [r.key, r.met])).toEqual([
      ["reflections", false],
      ["initiative_plan", true],
      ["evaluation", false],
      ["criteria_evidence", false],
      ["criteria_submitted", false],
    ]);
    expect(readiness).toMatchObject({ met: 1, total: 5, percent: 20 });
    const texts = readiness.missing.map((m: { text: string }) => m.text);
    // The private reflection after workshop 2 does not count.
    expect(texts[0]).toBe("A reflection on Workshop 2: Lead, written on or after the workshop day");
    expect(texts).toHaveLength(1 + 1 + 4 + 4);
    expect(texts).toContain("Criterion 1: write your statement and map evidence or records your leads can see");
    expect(texts).toContain("Criterion 4: submit it for review");
  });

  it("offers only the participant's own evidence and records in the cohort", async () => {
    const { options } = (await page("robin")).data;
    expect(options.evidence.map((e: { id: string }) => e.id)).toEqual([robinEvidence]);
    expect(options.records.map((r: { id: string }) => r.id).sort()).toEqual(
      [robinInitiative, robinReflection, robinPrivateReflection].sort(),
    );
  });

  it("lists the cohort on /accreditation with its completeness, and adds Accreditation to the nav", async () => {
    const index = await callLoader(indexLoader, get("/accreditation", cookie.robin));
    expect(index.data.cohorts).toHaveLength(1);
    expect(index.data.cohorts[0]).toMatchObject({ cohortId, criteriaCount: 4, readiness: { met: 1, total: 5 } });
    const root = await callLoader(rootLoader, get("/", cookie.robin));
    expect(root.data.user.hasAccreditation).toBe(true);
    const priya = await callLoader(rootLoader, get("/", cookie.participant));
    expect(priya.data.user.hasAccreditation).toBe(false);
    const empty = await callLoader(indexLoader, get("/accreditation", cookie.participant));
    expect(empty.data.cohorts).toEqual([]);
  });

  it("refuses to map someone else's evidence or record (400), and writes nothing", async () => {
    const theirs = await save("robin", {
      intent: "save",
      criterionId: criteria[0],
      statement: "Draft",
      evidenceIds: [kitEvidence],
    });
    expect(theirs.status).toBe(400);
    expect(theirs.data.result.error.evidenceIds).toEqual(["Choose from your own evidence in this cohort"]);
    const record = await save("robin", {
      intent: "save",
      criterionId: criteria[0],
      statement: "Draft",
      entryIds: [randomUUID()],
    });
    expect(record.status).toBe(400);
    const mapped = await getDb()
      .selectFrom("evidence_criteria")
      .select("evidence_id")
      .where("criterion_id", "=", criteria[0])
      .where("evidence_id", "=", kitEvidence)
      .execute();
    expect(mapped).toEqual([]);
    expect(
      await getDb().selectFrom("criterion_reviews").select("id").where("statement", "=", "Draft").execute(),
    ).toEqual([]);
  });

  it("refuses to submit without a statement, or with nothing mapped, or with only private records mapped", async () => {
    const noStatement = await save("robin", {
      intent: "submit",
      criterionId: criteria[0],
      statement: "",
      evidenceIds: [robinEvidence],
    });
    expect(noStatement.status).toBe(400);
    expect(noStatement.data.result.error.statement).toEqual([
      "Write how you meet this criterion before you submit it for review",
    ]);
    const nothing = await save("robin", { intent: "submit", criterionId: criteria[0], statement: "I designed it." });
    expect(nothing.status).toBe(400);
    expect(nothing.data.result.error.evidenceIds[0]).toMatch(/^Choose at least one piece of evidence or record/);
    const onlyPrivate = await save("robin", {
      intent: "submit",
      criterionId: criteria[0],
      statement: "I designed it.",
      entryIds: [robinPrivateReflection],
    });
    expect(onlyPrivate.status).toBe(400);
    expect(onlyPrivate.data.result.error.evidenceIds[0]).toMatch(/^Everything you chose is private/);
    // The typed statement comes back to the form.
    expect(onlyPrivate.data.result.initialValue.statement).toBe("I designed it.");
    expect(onlyPrivate.data.criterionId).toBe(criteria[0]);
  });

  it("refuses a criterion of another programme (404) and a cohort the viewer is not in (404)", async () => {
    const otherProgramme = await getDb()
      .selectFrom("accreditation_criteria")
      .innerJoin("programmes", "programmes.id", "accreditation_criteria.programme_id")
      .select("accreditation_criteria.id")
      .where("programmes.code", "=", "SDLP")
      .executeTakeFirstOrThrow();
    expect((await save("robin", { intent: "save", criterionId: otherProgramme.id, statement: "x" })).status).toBe(404);
    expect((await page("participant")).status).toBe(404);
    expect((await page("lead")).status).toBe(404);
    expect((await save("participant", { intent: "save", criterionId: criteria[0], statement: "x" })).status).toBe(404);
  });
});

describe("review: needs work, revise, resubmit, approve", () => {
  it("goes round the whole loop with its history in order and an audit-trail event for each change", async () => {
    const first = await save("robin", {
      intent: "submit",
      criterionId: criteria[0],
      statement: "I designed a three-session Work Group.",
      evidenceIds: [robinEvidence],
      entryIds: [robinInitiative, robinPrivateReflection],
    });
    expect(first.status).toBe(302);
    expect(first.headers.get("Location")).toBe(
      `/accreditation/${cohortId}?saved=${criteria[0]}&outcome=submitted#criterion-${criteria[0]}`,
    );

    // The lead sees the statement and the shared items, not the private reflection (counted as hidden).
    const lead = await reviewPage("morgan");
    expect(lead.status).toBe(200);
    const c1 = lead.data.criteria[0];
    expect(c1).toMatchObject({
      status: "submitted",
      statement: "I designed a three-session Work Group.",
      hiddenCount: 1,
      sharedCount: 2,
    });
    expect(c1.evidence.map((e: { id: string; href: string }) => [e.id, e.href])).toEqual([
      [robinEvidence, "https://example.org/evidence"],
    ]);
    expect(c1.records.map((r: { id: string }) => r.id)).toEqual([robinInitiative]);
    expect(JSON.stringify(lead.data)).not.toContain("Private thoughts after workshop 2");

    const noComment = await review("morgan", { criterionId: criteria[0], decision: "needs_work", comment: "  " });
    expect(noComment.status).toBe(400);
    expect(noComment.data.result.error.comment).toEqual([
      "Write what the participant needs to do before you ask for more work",
    ]);

    const needsWork = await review("morgan", {
      criterionId: criteria[0],
      decision: "needs_work",
      comment: "Say how you reviewed and refined it.",
    });
    expect(needsWork.status).toBe(302);
    const seen = (await page("robin")).data.criteria[0];
    expect(seen).toMatchObject({
      status: "needs_work",
      note: "Say how you reviewed and refined it.",
      reviewerName: "Morgan Reyes",
    });

    // Reviewing again before the participant resubmits is refused.
    expect((await review("morgan", { criterionId: criteria[0], decision: "approve", comment: "" })).status).toBe(400);

    // Revising keeps "needs work" until it is submitted again.
    const draft = await save("robin", {
      intent: "save",
      criterionId: criteria[0],
      statement: "I designed a three-session Work Group, and after session 1 I refined session 2.",
      evidenceIds: [robinEvidence],
      entryIds: [robinInitiative],
    });
    expect(draft.status).toBe(302);
    expect((await page("robin")).data.criteria[0].status).toBe("needs_work");
    const resubmit = await save("robin", {
      intent: "submit",
      criterionId: criteria[0],
      statement: "I designed a three-session Work Group, and after session 1 I refined session 2.",
      evidenceIds: [robinEvidence],
      entryIds: [robinInitiative],
    });
    expect(resubmit.status).toBe(302);

    const approve = await review("morgan", {
      criterionId: criteria[0],
      decision: "approve",
      comment: "Clear and well evidenced.",
    });
    expect(approve.status).toBe(302);
    const done = (await reviewPage("morgan")).data.criteria[0];
    expect(done.status).toBe("approved");
    expect(
      done.history.map((h: { status: string; note: string; actorName: string }) => [h.status, h.note, h.actorName]),
    ).toEqual([
      ["submitted", "", "Robin Adair"],
      ["needs_work", "Say how you reviewed and refined it.", "Morgan Reyes"],
      ["submitted", "", "Robin Adair"],
      ["approved", "Clear and well evidenced.", "Morgan Reyes"],
    ]);

    const review_ = await getDb()
      .selectFrom("criterion_reviews")
      .select("id")
      .where("criterion_id", "=", criteria[0])
      .where("statement", "like", "I designed a three-session Work Group, and after%")
      .executeTakeFirstOrThrow();
    const events = await getDb()
      .selectFrom("audit_log")
      .select(["action", "actor_id"])
      .where("subject_kind", "=", "criterion_review")
      .where("subject_id", "=", review_.id)
      .orderBy("at")
      .execute();
    // Created and submitted; needs work; revised; resubmitted; approved.
    expect(events.map((e) => e.action)).toEqual(["create", "update", "update", "update", "update"]);
  });

  it("takes an approved criterion back to not started when the participant changes it, and says so", async () => {
    const changed = await save("robin", {
      intent: "save",
      criterionId: criteria[0],
      statement: "A new statement after approval.",
      evidenceIds: [robinEvidence],
    });
    expect(changed.status).toBe(302);
    expect(changed.headers.get("Location")).toContain("outcome=reopened");
    const c1 = (await page("robin")).data.criteria[0];
    expect(c1.status).toBe("not_started");
    expect(c1.history.at(-1)).toMatchObject({ status: "not_started", actorName: "Robin Adair" });
    // Saving the same again changes nothing and writes no history.
    const again = await save("robin", {
      intent: "save",
      criterionId: criteria[0],
      statement: "A new statement after approval.",
      evidenceIds: [robinEvidence],
    });
    expect(again.headers.get("Location")).toContain("outcome=unchanged");
    expect((await page("robin")).data.criteria[0].history).toHaveLength(c1.history.length);
  });

  it("updates the readiness: statements and evidence for every criterion, then all submitted", async () => {
    for (const id of criteria) {
      const result = await save("robin", {
        intent: "submit",
        criterionId: id,
        statement: "How I meet it.",
        evidenceIds: [robinEvidence],
      });
      expect(result.status).toBe(302);
    }
    const { readiness } = (await page("robin")).data;
    expect(readiness.rules.map((r: { key: string; met: boolean }) => [r.key, r.met])).toEqual([
      ["reflections", false],
      ["initiative_plan", true],
      ["evaluation", false],
      ["criteria_evidence", true],
      ["criteria_submitted", true],
    ]);
    expect(readiness).toMatchObject({ met: 3, total: 5, percent: 60 });
  });
});

describe("the lead's pages and who may use them", () => {
  it("shows the cohort's participants × criteria with each one's completeness", async () => {
    const result = await callLoader(overviewLoader, get(`/cohorts/${cohortId}/accreditation`, cookie.morgan), {
      cohortId,
    });
    expect(result.status).toBe(200);
    expect(result.data.criteria).toHaveLength(4);
    const rows = result.data.participants.map(
      (p: { name: string; statuses: { status: string }[]; readiness: { met: number; total: number } }) => [
        p.name,
        p.statuses.map((s) => s.status),
        `${p.readiness.met} of ${p.readiness.total}`,
      ],
    );
    expect(rows).toEqual([
      ["Kit Marlowe", ["not_started", "not_started", "not_started", "not_started"], "0 of 5"],
      ["Robin Adair", ["submitted", "submitted", "submitted", "submitted"], "3 of 5"],
    ]);
  });

  it("keeps other participants, other cohorts' leads and non-members out (404)", async () => {
    expect((await reviewPage("kit")).status).toBe(404);
    expect((await reviewPage("robin")).status).toBe(404);
    expect((await reviewPage("lead")).status).toBe(404);
    expect(
      (await callLoader(overviewLoader, get(`/cohorts/${cohortId}/accreditation`, cookie.kit), { cohortId })).status,
    ).toBe(404);
    expect(
      (await callLoader(overviewLoader, get(`/cohorts/${cohortId}/accreditation`, cookie.lead), { cohortId })).status,
    ).toBe(404);
    // A lead asking for someone who is not a participant of the cohort.
    expect((await reviewPage("morgan", await userId(DEMO.participant))).status).toBe(404);
  });

  it("lets no participant and no other lead review (404), and an admin read but not review (403)", async () => {
    const approve = { criterionId: criteria[1], decision: "approve", comment: "" };
    expect((await review("robin", approve)).status).toBe(404);
    expect((await review("kit", approve)).status).toBe(404);
    expect((await review("lead", approve)).status).toBe(404);
    expect((await reviewPage("admin")).status).toBe(200);
    expect((await review("admin", approve)).status).toBe(403);
    expect((await page("robin")).data.criteria[1].status).toBe("submitted");
  });

  it("records a lead's view of someone's accreditation in the audit trail", async () => {
    await reviewPage("morgan");
    const views = await getDb()
      .selectFrom("audit_log")
      .select("subject_owner_id")
      .where("subject_kind", "=", "accreditation")
      .where("action", "=", "view")
      .execute();
    expect(views.some((v) => v.subject_owner_id === robinId)).toBe(true);
  });
});

describe("a programme without criteria", () => {
  it("has no accreditation pages", async () => {
    const north = await getDb()
      .selectFrom("memberships")
      .select("cohort_id")
      .where("user_id", "=", await userId(DEMO.participant))
      .where("role", "=", "participant")
      .executeTakeFirstOrThrow();
    expect(
      (
        await callLoader(workLoader, get(`/accreditation/${north.cohort_id}`, cookie.participant), {
          cohortId: north.cohort_id,
        })
      ).status,
    ).toBe(404);
    const overview = await callLoader(overviewLoader, get(`/cohorts/${north.cohort_id}/accreditation`, cookie.lead), {
      cohortId: north.cohort_id,
    });
    expect(overview.status).toBe(404);
    expect(kitId).toBeTruthy();
  });
});
