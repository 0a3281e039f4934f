import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { action as evaluationAction, loader as evaluationLoader } from "~/routes/initiatives.$initiativeId.evaluation";
import { loader as initiativeLoader } from "~/routes/initiatives.$initiativeId._index";
import { action as editEvidenceAction } from "~/routes/evidence.$evidenceId.edit";
import { action as newEvidenceAction } from "~/routes/records_.$entryId.evidence.new";
import { createAudit, createEvidence, createInitiative, createReflection } from "./factories";
import { BASE, callAction, callLoader, cookieFor, DEMO, form, get, post, userId } from "./helpers";

// Evaluating an initiative (Guskey's five levels) on a dataset made here: an initiative of two schools with four
// actions, a baseline and follow-up audit that also cover a third school, two reflections (one private), and
// evidence of each strength on the initiative and on a linked reflection.

let participant: string;
let neighbour: string;
let lead: string;
let otherLead: string;
let admin: string;

let ownerId: string;
let cohortId: string;
let initiativeId: string;
let schools: { id: string; name: string }[];
const evidence = { selfReport: "", observation: "", untyped: "", artefactOnReflection: "", onPrivateReflection: "" };
let sharedReflectionId: string;
let privateReflectionId: string;
let followUpId: string;
const criteria = { baseline1: "", baseline2: "", follow1: "", follow2: "", followNew: "" };
let neighbourEvidenceId: string;

const NOW = "2025-03-01T10:00:00.000Z";

function path() {
  return `/initiatives/${initiativeId}/evaluation`;
}

async function load(cookie = participant) {
  return callLoader(evaluationLoader, get(path(), cookie), { initiativeId });
}

function levelForm(overrides: Record<string, string | string[]> = {}) {
  return form({
    intent: "save-level",
    level: "2",
    lookedFor: "Teachers can explain the five big ideas",
    methods: ["survey", "observation"],
    findings: "Seven of nine teachers named all five in interviews.",
    judgement: "some_impact",
    evidenceIds: [evidence.selfReport, evidence.observation],
    ...overrides,
  });
}

async function save(body: URLSearchParams, cookie = participant) {
  return callAction(evaluationAction, post(path(), body, cookie), { initiativeId });
}

async function evaluationRows() {
  return getDb()
    .selectFrom("evaluations")
    .selectAll()
    .where("initiative_id", "=", initiativeId)
    .orderBy("level")
    .execute();
}

beforeAll(async () => {
  [participant, neighbour, lead, otherLead, admin] = await Promise.all(
    [DEMO.participant, DEMO.sameCohortParticipant, DEMO.lead, DEMO.otherLead, DEMO.admin].map(cookieFor),
  );
  const db = getDb();
  ownerId = await userId(DEMO.participant);
  const membership = await db
    .selectFrom("memberships")
    .innerJoin("cohorts", "cohorts.id", "memberships.cohort_id")
    .select(["memberships.cohort_id", "memberships.trust_id"])
    .where("memberships.user_id", "=", ownerId)
    .where("memberships.role", "=", "participant")
    .where("cohorts.name", "=", "2024/25 National — North")
    .executeTakeFirstOrThrow();
  cohortId = membership.cohort_id;
  schools = await db
    .selectFrom("organisations")
    .select(["id", "name"])
    .where("parent_id", "=", membership.trust_id)
    .where("kind", "=", "school")
    .orderBy("name")
    .limit(3)
    .execute();
  expect(schools).toHaveLength(3);

  // Every record is Priya's, in her North cohort, written at the same instant.
  const mine = { ownerId, cohortId, occurredOn: "2024-09-20", createdAt: NOW };
  // The initiative works in the first two schools only; the audits also cover the third.
  initiativeId = (
    await createInitiative(db, {
      ...mine,
      title: "Evaluation test initiative",
      visibility: "leads",
      status: "in_progress",
      problem: "Problem",
      evidenceOfNeed: "Need",
      approach: "Approach",
      activeIngredients: "Ingredients",
      startsOn: "2024-09-01",
      endsOn: "2025-07-18",
      schoolIds: schools.slice(0, 2).map((s) => s.id),
      actions: (
        [
          ["done", "2000-01-01"],
          ["on_track", "2000-01-01"], // overdue: not done, due long ago
          ["at_risk", "2999-01-01"],
          ["done", "2999-01-01"],
        ] as const
      ).map(([rag, dueOn], position) => ({
        description: `Action ${position + 1}`,
        ownerName: "Priya",
        dueOn,
        successCriteria: "Done well",
        rag,
      })),
    })
  ).id;

  const schoolIds = schools.map((s) => s.id);
  // Ratings are by school: school 1, school 2, school 3 (not the initiative's).
  const baseline = await createAudit(db, {
    ...mine,
    title: "Evaluation test baseline",
    visibility: "leads",
    initiativeId,
    conductedOn: "2024-09-27",
    schoolIds,
    criteria: [
      { text: "Shared lesson structure", ratings: [1, 2, 4] },
      { text: "Pupils explain reasoning", ratings: [2, 2, 4] },
    ],
  });
  [criteria.baseline1, criteria.baseline2] = baseline.criterionIds;
  // School 1: 3, 3, 4; school 2: 3, 2 (new criterion unrated); school 3: all 1.
  const followUp = await createAudit(db, {
    ...mine,
    title: "Evaluation test follow-up",
    visibility: "leads",
    baselineId: baseline.id,
    conductedOn: "2025-06-13",
    schoolIds,
    criteria: [
      { text: "Shared lesson structure", baselineCriterionId: criteria.baseline1, ratings: [3, 3, 1] },
      { text: "Pupils explain reasoning", baselineCriterionId: criteria.baseline2, ratings: [3, 2, 1] },
      { text: "Collaborative planning", ratings: [4, null, 1] },
    ],
  });
  followUpId = followUp.id;
  [criteria.follow1, criteria.follow2, criteria.followNew] = followUp.criterionIds;

  const reflection = { ...mine, initiativeId, status: "complete", body: "Body", writtenOn: "2025-02-12" };
  sharedReflectionId = (await createReflection(db, { ...reflection, title: "Shared reflection", visibility: "leads" }))
    .id;
  privateReflectionId = (
    await createReflection(db, { ...reflection, title: "Private reflection", visibility: "private" })
  ).id;

  const link = (entryId: string, title: string, evidenceType: "self_report" | "observation" | "artefact" | null) =>
    createEvidence(db, {
      entryId,
      title,
      evidenceType,
      description: `About ${title}`,
      url: "https://www.example.org/evidence",
      createdAt: NOW,
    }).then((e) => e.id);
  evidence.selfReport = await link(initiativeId, "Teacher survey", "self_report");
  evidence.observation = await link(initiativeId, "Learning walk notes", "observation");
  evidence.untyped = await link(initiativeId, "Reading list", null);
  evidence.artefactOnReflection = await link(sharedReflectionId, "Planning sample", "artefact");
  evidence.onPrivateReflection = await link(privateReflectionId, "Private notes", "artefact");

  const neighbourEvidence = await db
    .selectFrom("evidence")
    .innerJoin("entries", "entries.id", "evidence.entry_id")
    .select("evidence.id")
    .where("entries.owner_id", "=", await userId(DEMO.sameCohortParticipant))
    .executeTakeFirstOrThrow();
  neighbourEvidenceId = neighbourEvidence.id;
});

describe("what Strands fills in beside the levels", () => {
  it("measures the audits' change over the initiative's own schools, per school and per criterion", async () => {
    const result = await load();
    expect(result.status).toBe(200);
    const { facts } = result.data;
    const baseline = facts.baselines.find((b: { title: string }) => b.title === "Evaluation test baseline");
    expect(baseline).toMatchObject({ linked: true, schoolCount: 2, criterionCount: 2, mean: 1.75 });
    // The demo's own audit of these schools is found too, though not linked to this initiative.
    expect(facts.baselines.filter((b: { linked: boolean }) => !b.linked).length).toBeGreaterThan(0);
    const comparison = facts.comparisons.find((c: { followUpId: string }) => c.followUpId === followUpId);
    expect(comparison).toMatchObject({ followUpId, conductedOn: "2025-06-13", baselineConductedOn: "2024-09-27" });
    // Baseline: linked criteria over schools 1 and 2 = (1+2+2+2)/4; follow-up: every rating there = (3+3+4+3+2)/5.
    expect(comparison.overall.baselineMean).toBeCloseTo(1.75);
    expect(comparison.overall.followUpMean).toBeCloseTo(3);
    expect(comparison.overall.change).toBeCloseTo(1.25);
    expect(comparison.bySchool.map((r: { label: string }) => r.label)).toEqual([schools[0].name, schools[1].name]);
    expect(comparison.bySchool[0].baselineMean).toBeCloseTo(1.5);
    expect(comparison.bySchool[0].followUpMean).toBeCloseTo(10 / 3);
    expect(comparison.bySchool[1]).toMatchObject({ baselineMean: 2, followUpMean: 2.5, change: 0.5 });
    expect(comparison.byCriterion).toEqual([
      expect.objectContaining({ id: criteria.follow1, baselineMean: 1.5, followUpMean: 3, change: 1.5 }),
      expect.objectContaining({ id: criteria.follow2, baselineMean: 2, followUpMean: 2.5, change: 0.5 }),
      // Added only at the follow-up: nothing to compare with.
      expect.objectContaining({ id: criteria.followNew, baselineMean: null, followUpMean: 4, change: null }),
    ]);
  });

  it("counts actions done against planned and overdue, linked reflections and evidence by type", async () => {
    const { facts, evidence: choices } = (await load()).data;
    expect(facts.actions).toEqual({ planned: 4, done: 2, overdue: 1 });
    // Both written the same day, so compared in title order.
    expect(facts.reflections.map((r: { title: string; href: string }) => [r.title, r.href]).sort()).toEqual([
      ["Private reflection", `/reflections/${privateReflectionId}`],
      ["Shared reflection", `/reflections/${sharedReflectionId}`],
    ]);
    expect(facts.evidenceCount).toBe(5);
    expect(facts.evidenceByType).toEqual([
      { type: "self_report", count: 1 },
      { type: "artefact", count: 2 },
      { type: "observation", count: 1 },
      { type: null, count: 1 },
    ]);
    expect(choices.find((c: { id: string }) => c.id === evidence.artefactOnReflection).record).toMatchObject({
      id: sharedReflectionId,
      isInitiative: false,
      href: `/reflections/${sharedReflectionId}`,
    });
  });

  it("shows a lead only what the lead may see: never the private reflection or its evidence", async () => {
    const result = await load(lead);
    expect(result.status).toBe(200);
    expect(result.data.initiative.canEdit).toBe(false);
    expect(result.data.facts.reflections.map((r: { title: string }) => r.title)).toEqual(["Shared reflection"]);
    expect(result.data.facts.evidenceCount).toBe(4);
    expect(JSON.stringify(result.data)).not.toContain("Private notes");
  });
});

describe("saving a level", () => {
  it("saves the owner's answers and the evidence the judgement rests on, then shows them", async () => {
    const result = await save(levelForm());
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe(`${path()}?saved=2#level-2`);
    const [row] = await evaluationRows();
    expect(row).toMatchObject({
      level: 2,
      looked_for: "Teachers can explain the five big ideas",
      method: "survey,observation",
      findings: "Seven of nine teachers named all five in interviews.",
      judgement: "some_impact",
    });
    const links = await getDb()
      .selectFrom("evaluation_evidence")
      .select("evidence_id")
      .where("evaluation_id", "=", row.id)
      .execute();
    expect(links.map((l) => l.evidence_id).sort()).toEqual([evidence.selfReport, evidence.observation].sort());
    const event = await getDb()
      .selectFrom("audit_log")
      .selectAll()
      .where("subject_kind", "=", "evaluation")
      .where("subject_id", "=", row.id)
      .executeTakeFirst();
    expect(event).toMatchObject({ action: "create", actor_id: ownerId, subject_owner_id: ownerId });

    const level2 = (await load()).data.levels[1];
    expect(level2).toMatchObject({
      level: 2,
      methods: ["survey", "observation"],
      judgement: "some_impact",
      flags: [],
    });
    expect(level2.evidenceIds.sort()).toEqual([evidence.selfReport, evidence.observation].sort());
  });

  it("changes the same level in place, and can rest it on a linked record's evidence", async () => {
    const result = await save(
      levelForm({ judgement: "strong_impact", evidenceIds: [evidence.artefactOnReflection, evidence.observation] }),
    );
    expect(result.status).toBe(302);
    const rows = await evaluationRows();
    expect(rows).toHaveLength(1);
    expect(rows[0].judgement).toBe("strong_impact");
    const links = await getDb()
      .selectFrom("evaluation_evidence")
      .select("evidence_id")
      .where("evaluation_id", "=", rows[0].id)
      .execute();
    expect(links.map((l) => l.evidence_id).sort()).toEqual(
      [evidence.artefactOnReflection, evidence.observation].sort(),
    );
  });

  it("refuses bad answers with a message beside each field, keeps what was typed, and saves nothing", async () => {
    const before = await evaluationRows();
    const result = await save(
      levelForm({
        level: "3",
        lookedFor: "Time for paired walks",
        judgement: "maybe",
        methods: ["survey", "telepathy"],
        evidenceIds: [neighbourEvidenceId],
      }),
    );
    expect(result.status).toBe(400);
    expect(result.data.level).toBe(3);
    const reply = result.data.result;
    expect(reply.error.judgement).toEqual(["Choose a judgement"]);
    expect(reply.error.evidenceIds).toEqual(["Choose evidence from this initiative"]);
    expect(Object.keys(reply.error).some((key) => key.startsWith("methods"))).toBe(true);
    expect(reply.initialValue.lookedFor).toBe("Time for paired walks");
    expect(await evaluationRows()).toEqual(before);
  });

  it("asks for findings before a judgement of impact", async () => {
    const result = await save(levelForm({ level: "4", findings: "   " }));
    expect(result.status).toBe(400);
    expect(result.data.result.error.findings).toEqual([
      "Enter what you found, so others can see what the judgement of impact rests on",
    ]);
    expect((await evaluationRows()).map((r) => r.level)).toEqual([2]);
  });

  it("refuses a level outside 1 to 5 and an unknown intent", async () => {
    expect((await save(levelForm({ level: "6" }))).status).toBe(400);
    expect((await save(form({ intent: "delete-everything" }))).status).toBe(400);
    expect((await evaluationRows()).map((r) => r.level)).toEqual([2]);
  });
});

describe("who may read and who may write an evaluation", () => {
  it("hides it from people who may not see the initiative (404), and lets a lead and an admin read it", async () => {
    expect((await load(neighbour)).status).toBe(404);
    expect((await load(otherLead)).status).toBe(404);
    expect((await load(lead)).status).toBe(200);
    expect((await load(admin)).status).toBe(200);
    const anonymous = await callLoader(evaluationLoader, get(path()), { initiativeId });
    expect(anonymous.status).toBe(302);
  });

  it("lets only the owner save: another participant gets 404, a lead or admin 403, and nothing changes", async () => {
    const before = await evaluationRows();
    expect((await save(levelForm({ level: "1" }), neighbour)).status).toBe(404);
    expect((await save(levelForm({ level: "1" }), otherLead)).status).toBe(404);
    expect((await save(levelForm({ level: "1" }), lead)).status).toBe(403);
    expect((await save(levelForm({ level: "1" }), admin)).status).toBe(403);
    expect(await evaluationRows()).toEqual(before);
  });

  it("404s for an unknown initiative and for a record that is not an initiative", async () => {
    const unknown = await callLoader(evaluationLoader, get("/initiatives/nope/evaluation", participant), {
      initiativeId: "nope",
    });
    expect(unknown.status).toBe(404);
    const reflection = await callLoader(
      evaluationLoader,
      get(`/initiatives/${sharedReflectionId}/evaluation`, participant),
      {
        initiativeId: sharedReflectionId,
      },
    );
    expect(reflection.status).toBe(404);
  });
});

describe("weak-evidence flags on the page", () => {
  it("flags a claim of impact resting only on self-report, and clears once observation evidence is added to it", async () => {
    expect(
      (await save(levelForm({ level: "1", judgement: "some_impact", evidenceIds: [evidence.selfReport] }))).status,
    ).toBe(302);
    let level1 = (await load()).data.levels[0];
    expect(level1.flags.map((f: { code: string }) => f.code)).toEqual(["only_weak", "single_item"]);

    expect(
      (
        await save(
          levelForm({ level: "1", judgement: "some_impact", evidenceIds: [evidence.selfReport, evidence.observation] }),
        )
      ).status,
    ).toBe(302);
    level1 = (await load()).data.levels[0];
    expect(level1.flags).toEqual([]);
  });

  it("shows the judgements and flags in the initiative page's story", async () => {
    await save(levelForm({ level: "5", judgement: "strong_impact", evidenceIds: [] }));
    const page = await callLoader(initiativeLoader, get(`/initiatives/${initiativeId}`, lead), { initiativeId });
    expect(page.status).toBe(200);
    const levels = page.data.story.levels;
    expect(levels.map((l: { judgement: string }) => l.judgement)).toEqual([
      "some_impact",
      "strong_impact",
      "not_evaluated",
      "not_evaluated",
      "strong_impact",
    ]);
    expect(levels[4].flags.map((f: { code: string }) => f.code)).toEqual(["no_evidence"]);
    expect(page.data.story.facts.baselines.map((b: { title: string }) => b.title)).toContain(
      "Evaluation test baseline",
    );
  });
});

describe("the kind of each piece of evidence", () => {
  it("is saved from the Add evidence form and changed from the Edit form", async () => {
    const body = new FormData();
    for (const [k, v] of Object.entries({
      kind: "link",
      title: "Lesson observation notes",
      description: "What we saw",
      url: "https://www.example.org/observation",
      evidenceType: "observation",
    })) {
      body.append(k, v);
    }
    const added = await callAction(
      newEvidenceAction,
      new Request(`${BASE}/records/${initiativeId}/evidence/new`, {
        method: "POST",
        body,
        headers: { Cookie: participant },
      }),
      { entryId: initiativeId },
    );
    expect(added.status).toBe(302);
    const id = /#evidence-(.+)$/.exec(added.headers.get("Location") ?? "")![1];
    const row = () =>
      getDb().selectFrom("evidence").select("evidence_type").where("id", "=", id).executeTakeFirstOrThrow();
    expect((await row()).evidence_type).toBe("observation");

    const edited = await callAction(
      editEvidenceAction,
      post(
        `/evidence/${id}/edit`,
        form({ title: "Lesson observation notes", description: "What we saw", evidenceType: "pupil_data" }),
        participant,
      ),
      { evidenceId: id },
    );
    expect(edited.status).toBe(302);
    expect((await row()).evidence_type).toBe("pupil_data");

    const refused = await callAction(
      editEvidenceAction,
      post(
        `/evidence/${id}/edit`,
        form({ title: "Lesson observation notes", description: "What we saw", evidenceType: "gossip" }),
        participant,
      ),
      { evidenceId: id },
    );
    expect(refused.status).toBe(400);
    expect(refused.data.error.evidenceType).toEqual(["Choose what kind of evidence this is from the list"]);
    expect((await row()).evidence_type).toBe("pupil_data");

    const cleared = await callAction(
      editEvidenceAction,
      post(
        `/evidence/${id}/edit`,
        form({ title: "Lesson observation notes", description: "What we saw", evidenceType: "" }),
        participant,
      ),
      { evidenceId: id },
    );
    expect(cleared.status).toBe(302);
    expect((await row()).evidence_type).toBeNull();
  });
});
