import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { getInitiativeFacts, getInitiativeStatus, listInitiativeStatuses } from "~/initiatives/health.server";
import { loader as dashboardLoader } from "~/routes/cohorts.$cohortId_.dashboard";
import { action as viewAction, loader as viewLoader } from "~/routes/initiatives.$initiativeId._index";
import { action as editActionAction } from "~/routes/initiatives.$initiativeId.actions.$actionId";
import { action as moveAction, loader as moveLoader } from "~/routes/initiatives.$initiativeId.actions.move";
import { action as newActionAction } from "~/routes/initiatives.$initiativeId.actions.new";
import { loader as adaptationsLoader } from "~/routes/initiatives.$initiativeId.adaptations";
import { action as editAction, loader as editLoader } from "~/routes/initiatives.$initiativeId.edit";
import { action as schoolsAction, loader as schoolsLoader } from "~/routes/initiatives.$initiativeId.schools";
import { action as statusAction, loader as statusLoader } from "~/routes/initiatives.$initiativeId.status";
import { loader as listLoader } from "~/routes/initiatives._index";
import { action as createAction, loader as newLoader } from "~/routes/initiatives.new";
import { loadViewer, type Viewer } from "~/utils/permissions.server";
import { createActionItem, createEvidence, createReflection, createSchoolImplementation } from "./factories";
import { callAction, callLoader, cookieFor, DEMO, form, get, post, userId } from "./helpers";

let participant: string;
let neighbour: string;
let outsider: string;
let lead: string;
let otherLead: string;
let participantViewer: Viewer;
let cohortId: string;
let schoolIds: string[];
let schoolNames: Record<string, string>;

const db = () => getDb();

function initiativeFields(overrides: Record<string, string | string[]> = {}) {
  return form({
    cohortId,
    title: "Reasoning routines in Year 8",
    status: "in_progress",
    visibility: "leads",
    problem: "Year 8 pupils rarely explain their reasoning.",
    evidenceOfNeed: "Book looks: 2 in 30 answers explained.",
    approach: "A weekly reasoning routine in every Year 8 class.",
    activeIngredients: "Sentence stems; think-pair-share; a worked example.",
    schoolIds: schoolIds.slice(0, 2),
    startsOn: "2025-01-06",
    endsOn: "2025-07-18",
    "implementationOutcomes[0].description": "Every Year 8 class runs the routine weekly",
    "implementationOutcomes[0].measure": "Drop-in visits",
    "implementationOutcomes[0].measuredWhen": "Each half term",
    "finalOutcomes[0].description": "Pupils explain their reasoning in full sentences",
    "finalOutcomes[0].measure": "Book looks",
    "finalOutcomes[0].measuredWhen": "July 2025",
    ...overrides,
  });
}

function actionFields(overrides: Record<string, string | string[]> = {}) {
  return form({
    description: "Model the routine at the HoD meeting",
    ownerName: "MAT maths lead",
    schoolIds: [schoolIds[0]],
    dueOn: "2025-02-07",
    successCriteria: "Every HoD has seen the routine modelled",
    rag: "not_started",
    ...overrides,
  });
}

async function createInitiative(overrides: Record<string, string | string[]> = {}, cookie = participant) {
  const result = await callAction(createAction, post("/initiatives/new", initiativeFields(overrides), cookie));
  expect(result.status).toBe(302);
  return (result.headers.get("Location") ?? "").replace("/initiatives/", "");
}

async function adaptationsOf(initiativeId: string) {
  return db()
    .selectFrom("initiative_adaptations")
    .selectAll()
    .where("initiative_id", "=", initiativeId)
    .orderBy("changed_at")
    .execute();
}

beforeAll(async () => {
  [participant, neighbour, outsider, lead, otherLead] = await Promise.all(
    [DEMO.participant, DEMO.sameCohortParticipant, DEMO.otherCohortParticipant, DEMO.lead, DEMO.otherLead].map(
      cookieFor,
    ),
  );
  const options = (await callLoader(newLoader, get("/initiatives/new", participant))).data;
  cohortId = options.options[0].cohortId;
  schoolIds = options.options[0].schools.map((s: { id: string }) => s.id);
  schoolNames = Object.fromEntries(options.options[0].schools.map((s: { id: string; name: string }) => [s.id, s.name]));
  participantViewer = await loadViewer(db(), {
    id: await userId(DEMO.participant),
    email: DEMO.participant,
    name: "Priya Shah",
    isAdmin: false,
  });
});

describe("the computed status", () => {
  it("gathers the facts of a fixed plan in SQL and works out the status with its reasons", async () => {
    const id = await createInitiative({ title: "Fixed dataset" });
    for (const [position, [dueOn, rag]] of (
      [
        ["2025-01-20", "done"],
        ["2025-02-03", "not_started"],
        ["2025-02-17", "off_track"],
        ["2025-04-01", "at_risk"],
      ] as const
    ).entries()) {
      await createActionItem(db(), { initiativeId: id, position, dueOn, rag });
    }
    const ownerId = participantViewer.id;
    await createEvidence(db(), {
      entryId: id,
      title: "Plan",
      url: "https://example.org/plan",
      createdBy: ownerId,
      createdAt: "2025-01-10T09:00:00.000Z",
    });
    const { id: reflectionId } = await createReflection(db(), {
      ownerId,
      cohortId,
      initiativeId: id,
      title: "First weeks",
      visibility: "private",
      writtenOn: "2025-01-13",
      createdAt: "2025-01-13T17:00:00.000Z",
      body: "Going fine",
    });

    const today = "2025-03-03";
    expect(await getInitiativeFacts(db(), participantViewer, id, today)).toEqual({
      status: "in_progress",
      startsOn: "2025-01-06",
      endsOn: "2025-07-18",
      actionCount: 4,
      doneCount: 1,
      dueCount: 3,
      dueDoneCount: 1,
      overdueCount: 2,
      offTrackCount: 1,
      atRiskCount: 1,
      measuredImplementationOutcomes: 1,
      measuredFinalOutcomes: 1,
      lastEvidenceOn: "2025-01-13",
    });
    const status = await getInitiativeStatus(db(), participantViewer, id, today);
    expect(status.rag).toBe("off_track");
    expect(status.computed.reasons).toEqual([
      "1 of 3 actions due so far is done",
      "2 actions overdue",
      "1 action off track",
      "No evidence or reflection added for 7 weeks",
    ]);
    expect(status.override).toBeNull();

    // Evidence on a record linked to the initiative counts too.
    await createEvidence(db(), {
      entryId: reflectionId,
      title: "Photo",
      url: "https://example.org/photo",
      createdBy: ownerId,
      createdAt: "2025-02-24T10:00:00.000Z",
    });
    const fresher = await getInitiativeStatus(db(), participantViewer, id, today);
    expect(fresher.computed.reasons).not.toContain("No evidence or reflection added for 7 weeks");

    // The list asks once for many and agrees with the single answer.
    const priya = await db()
      .selectFrom("entries")
      .select("id")
      .where("title", "=", "A shared vision for teaching for mastery across Pennine Ridge")
      .executeTakeFirstOrThrow();
    const listed = await listInitiativeStatuses(db(), participantViewer, [id, priya.id], today);
    expect(listed[id]).toEqual(fresher);
    expect(Object.keys(listed).sort()).toEqual([id, priya.id].sort());
  });

  it("leaves out of a list the initiatives the viewer may not see", async () => {
    const hidden = await createInitiative({ visibility: "private", title: "Hidden from leads" });
    const shared = await createInitiative({ title: "Shown to leads" });
    const leadViewer = await loadViewer(db(), {
      id: await userId(DEMO.lead),
      email: DEMO.lead,
      name: "Lead",
      isAdmin: false,
    });
    const statuses = await listInitiativeStatuses(db(), leadViewer, [hidden, shared]);
    expect(Object.keys(statuses)).toEqual([shared]);
  });

  it("shows on the initiatives list and the initiative page", async () => {
    const id = await createInitiative({
      title: "Listed with a status",
      status: "planning",
      startsOn: "2099-01-05",
      endsOn: "2099-07-17",
    });
    const list = await callLoader(listLoader, get("/initiatives", participant));
    const mine = list.data.initiatives.find((i: { id: string }) => i.id === id);
    expect(mine.health).toMatchObject({ rag: "not_started", computedRag: "not_started", overrideReason: null });
    expect(mine.health.reasons[0]).toBe("Starts on 5 January 2099");
    const page = await callLoader(viewLoader, get(`/initiatives/${id}`, participant), { initiativeId: id });
    expect(page.data.health.status.rag).toBe("not_started");
  });
});

describe("setting the status by hand", () => {
  it("needs a reason, keeps every change in the history, and can go back to the computed status", async () => {
    const id = await createInitiative({
      title: "Overridden",
      status: "planning",
      startsOn: "2099-01-05",
      endsOn: "2099-07-17",
    });
    const url = `/initiatives/${id}/status`;
    const params = { initiativeId: id };

    const noReason = await callAction(
      statusAction,
      post(url, form({ intent: "override", rag: "at_risk", reason: "  " }), participant),
      params,
    );
    expect(noReason.status).toBe(400);
    expect(noReason.data.error.reason).toEqual(["Enter why you are setting the status yourself"]);
    expect(noReason.data.initialValue.rag).toBe("at_risk");
    expect(
      await db().selectFrom("initiative_status_overrides").select("id").where("initiative_id", "=", id).execute(),
    ).toHaveLength(0);

    const badRag = await callAction(
      statusAction,
      post(url, form({ intent: "override", rag: "purple", reason: "x" }), participant),
      params,
    );
    expect(badRag.status).toBe(400);

    const first = await callAction(
      statusAction,
      post(url, form({ intent: "override", rag: "at_risk", reason: "Two HoDs are on long-term leave" }), participant),
      params,
    );
    expect(first.status).toBe(302);
    let page = await callLoader(statusLoader, get(url, participant), params);
    expect(page.data.health).toMatchObject({
      rag: "at_risk",
      computedRag: "not_started",
      overrideReason: "Two HoDs are on long-term leave",
      byViewer: true,
    });

    await callAction(
      statusAction,
      post(url, form({ intent: "override", rag: "off_track", reason: "Leave extended to Easter" }), participant),
      params,
    );
    const cleared = await callAction(
      statusAction,
      post(url, form({ intent: "clear", reason: "Both back" }), participant),
      params,
    );
    expect(cleared.status).toBe(302);

    page = await callLoader(statusLoader, get(url, participant), params);
    expect(page.data.health).toMatchObject({ rag: "not_started", overrideReason: null });
    expect(
      page.data.history.map((h: { from: string | null; to: string | null; reason: string; byName: string }) => [
        h.from,
        h.to,
        h.reason,
        h.byName,
      ]),
    ).toEqual([
      ["off_track", null, "Both back", "Priya Shah"],
      ["at_risk", "off_track", "Leave extended to Easter", "Priya Shah"],
      [null, "at_risk", "Two HoDs are on long-term leave", "Priya Shah"],
    ]);

    // The cohort's lead reads the status and its history, but cannot set it.
    const leadPage = await callLoader(statusLoader, get(url, lead), params);
    expect(leadPage.status).toBe(200);
    expect(leadPage.data.canEdit).toBe(false);
    expect(leadPage.data.history).toHaveLength(3);
    const leadTry = await callAction(
      statusAction,
      post(url, form({ intent: "override", rag: "done", reason: "Lead says so" }), lead),
      params,
    );
    expect(leadTry.status).toBe(403);
    // Another participant of the cohort cannot even see an initiative shared only with leads.
    expect((await callLoader(statusLoader, get(url, neighbour), params)).status).toBe(404);
    expect(
      (
        await callAction(
          statusAction,
          post(url, form({ intent: "override", rag: "done", reason: "x" }), neighbour),
          params,
        )
      ).status,
    ).toBe(404);
    expect((await callLoader(statusLoader, get(url, otherLead), params)).status).toBe(404);
    expect(
      await db().selectFrom("initiative_status_overrides").select("id").where("initiative_id", "=", id).execute(),
    ).toHaveLength(3);
  });
});

describe("the adaptation log", () => {
  it("asks why before saving a design change to a started initiative, keeping what was typed", async () => {
    const id = await createInitiative({ title: "Started design" });
    const params = { initiativeId: id };
    const loaded = await callLoader(editLoader, get(`/initiatives/${id}/edit`, participant), params);
    expect(loaded.data.started).toBe(true);

    const changed = { approach: "A weekly reasoning routine in every Year 7 and Year 8 class.", endsOn: "2025-06-27" };
    const noWhy = await callAction(
      editAction,
      post(`/initiatives/${id}/edit`, initiativeFields(changed), participant),
      params,
    );
    expect(noWhy.status).toBe(400);
    expect(noWhy.data.error.why[0]).toMatch(/^Enter why you are making this change/);
    expect(noWhy.data.initialValue.approach).toBe(changed.approach);
    const unchanged = await db()
      .selectFrom("initiatives")
      .select(["approach", "ends_on"])
      .where("entry_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(unchanged).toEqual({ approach: "A weekly reasoning routine in every Year 8 class.", ends_on: "2025-07-18" });
    expect(await adaptationsOf(id)).toHaveLength(0);

    const withWhy = await callAction(
      editAction,
      post(
        `/initiatives/${id}/edit`,
        initiativeFields({ ...changed, why: "Year 7 teachers asked to join after seeing it" }),
        participant,
      ),
      params,
    );
    expect(withWhy.status).toBe(302);
    const [logged] = await adaptationsOf(id);
    expect(logged).toMatchObject({
      subject: "design",
      subject_id: id,
      what_changed: "Changed approach and end date",
      why: "Year 7 teachers asked to join after seeing it",
    });
    const before = JSON.parse(logged.before_json);
    const after = JSON.parse(logged.after_json);
    expect(before.approach).toBe("A weekly reasoning routine in every Year 8 class.");
    expect(after.approach).toBe(changed.approach);
    expect([before.endsOn, after.endsOn]).toEqual(["2025-07-18", "2025-06-27"]);
    expect(after.schools).toEqual(
      schoolIds
        .slice(0, 2)
        .map((s) => schoolNames[s])
        .sort(),
    );

    // The timeline shows it field by field.
    const timeline = await callLoader(adaptationsLoader, get(`/initiatives/${id}/adaptations`, participant), params);
    expect(
      timeline.data.adaptations[0].changes.map((c: { label: string; before: string; after: string }) => [
        c.label,
        c.before,
        c.after,
      ]),
    ).toEqual([
      ["Approach", before.approach, after.approach],
      ["End date", "2025-07-18", "2025-06-27"],
    ]);
    // The lead sees the log of an initiative shared with leads.
    expect(
      (await callLoader(adaptationsLoader, get(`/initiatives/${id}/adaptations`, lead), params)).data.adaptations,
    ).toHaveLength(1);
    expect((await callLoader(adaptationsLoader, get(`/initiatives/${id}/adaptations`, neighbour), params)).status).toBe(
      404,
    );

    // A change of title, status or sharing is not a change of design: no reason asked, nothing logged.
    const rename = await callAction(
      editAction,
      post(
        `/initiatives/${id}/edit`,
        initiativeFields({ ...changed, title: "Reasoning routines in KS3", status: "evaluating" }),
        participant,
      ),
      params,
    );
    expect(rename.status).toBe(302);
    expect(await adaptationsOf(id)).toHaveLength(1);
  });

  it("asks nothing and records nothing before the initiative has started", async () => {
    const id = await createInitiative({
      title: "Not yet started",
      status: "planning",
      startsOn: "2099-01-05",
      endsOn: "2099-07-17",
    });
    const params = { initiativeId: id };
    expect((await callLoader(editLoader, get(`/initiatives/${id}/edit`, participant), params)).data.started).toBe(
      false,
    );
    const edited = await callAction(
      editAction,
      post(
        `/initiatives/${id}/edit`,
        initiativeFields({
          status: "planning",
          startsOn: "2099-01-05",
          endsOn: "2099-07-17",
          approach: "Something else",
        }),
        participant,
      ),
      params,
    );
    expect(edited.status).toBe(302);
    const added = await callAction(
      newActionAction,
      post(`/initiatives/${id}/actions/new`, actionFields(), participant),
      params,
    );
    expect(added.status).toBe(302);
    expect(await adaptationsOf(id)).toHaveLength(0);
  });

  it("logs adding, changing, reordering and removing actions after the start, each with its reason", async () => {
    const id = await createInitiative({ title: "Started plan" });
    const params = { initiativeId: id };

    const noWhy = await callAction(
      newActionAction,
      post(`/initiatives/${id}/actions/new`, actionFields(), participant),
      params,
    );
    expect(noWhy.status).toBe(400);
    expect(noWhy.data.error.why).toBeDefined();
    expect(noWhy.data.initialValue.description).toBe("Model the routine at the HoD meeting");
    expect(await db().selectFrom("action_items").select("id").where("initiative_id", "=", id).execute()).toHaveLength(
      0,
    );

    expect(
      (
        await callAction(
          newActionAction,
          post(`/initiatives/${id}/actions/new`, actionFields({ why: "HoDs need to see it first" }), participant),
          params,
        )
      ).status,
    ).toBe(302);
    expect(
      (
        await callAction(
          newActionAction,
          post(
            `/initiatives/${id}/actions/new`,
            actionFields({ description: "Drop-in visits", why: "To see it in lessons" }),
            participant,
          ),
          params,
        )
      ).status,
    ).toBe(302);
    const [first, second] = await db()
      .selectFrom("action_items")
      .select(["id", "description"])
      .where("initiative_id", "=", id)
      .orderBy("position")
      .execute();
    let log = await adaptationsOf(id);
    expect(log.map((a) => a.what_changed)).toEqual([
      "Added action “Model the routine at the HoD meeting”",
      "Added action “Drop-in visits”",
    ]);
    expect(log[0].before_json).toBe("null");
    expect(JSON.parse(log[0].after_json)).toMatchObject({
      description: "Model the routine at the HoD meeting",
      dueOn: "2025-02-07",
      schools: [schoolNames[schoolIds[0]]],
    });

    // A status change alone is progress, not a change of plan.
    const actionParams = { initiativeId: id, actionId: first.id };
    const ragOnly = await callAction(
      editActionAction,
      post(`/initiatives/${id}/actions/${first.id}`, actionFields({ rag: "done" }), participant),
      actionParams,
    );
    expect(ragOnly.status).toBe(302);
    expect(await adaptationsOf(id)).toHaveLength(2);

    const moved = await callAction(
      editActionAction,
      post(`/initiatives/${id}/actions/${first.id}`, actionFields({ rag: "done", dueOn: "2025-03-07" }), participant),
      actionParams,
    );
    expect(moved.status).toBe(400);
    expect(moved.data.initialValue.dueOn).toBe("2025-03-07");
    const movedWithWhy = await callAction(
      editActionAction,
      post(
        `/initiatives/${id}/actions/${first.id}`,
        actionFields({ rag: "done", dueOn: "2025-03-07", why: "The HoD meeting moved" }),
        participant,
      ),
      actionParams,
    );
    expect(movedWithWhy.status).toBe(302);
    log = await adaptationsOf(id);
    expect(log[2]).toMatchObject({
      subject: "action",
      subject_id: first.id,
      what_changed: "Changed due date of action “Model the routine at the HoD meeting”",
      why: "The HoD meeting moved",
    });
    expect([JSON.parse(log[2].before_json).dueOn, JSON.parse(log[2].after_json).dueOn]).toEqual([
      "2025-02-07",
      "2025-03-07",
    ]);

    // Reordering from the initiative page sends the participant to say why.
    const reorder = await callAction(
      viewAction,
      post(`/initiatives/${id}`, form({ intent: "move", actionId: second.id, direction: "up" }), participant),
      params,
    );
    expect(reorder.status).toBe(302);
    const confirmUrl = reorder.headers.get("Location") ?? "";
    expect(confirmUrl).toBe(`/initiatives/${id}/actions/move?actionId=${second.id}&direction=up`);
    const confirm = await callLoader(moveLoader, get(confirmUrl, participant), params);
    expect(confirm.data).toMatchObject({ from: 2, to: 1, possible: true });
    const moveNoWhy = await callAction(
      moveAction,
      post(confirmUrl, form({ actionId: second.id, direction: "up", why: "" }), participant),
      params,
    );
    expect(moveNoWhy.status).toBe(400);
    const moveWithWhy = await callAction(
      moveAction,
      post(
        confirmUrl,
        form({ actionId: second.id, direction: "up", why: "Visits first, to see the starting point" }),
        participant,
      ),
      params,
    );
    expect(moveWithWhy.status).toBe(302);
    const order = await db()
      .selectFrom("action_items")
      .select("id")
      .where("initiative_id", "=", id)
      .orderBy("position")
      .execute();
    expect(order.map((a) => a.id)).toEqual([second.id, first.id]);
    log = await adaptationsOf(id);
    expect(log[3]).toMatchObject({
      what_changed: "Moved action “Drop-in visits” from 2nd to 1st in the plan",
      why: "Visits first, to see the starting point",
    });
    expect(JSON.parse(log[3].after_json)).toEqual({
      position: ["Drop-in visits", "Model the routine at the HoD meeting"],
    });

    // Removing needs a reason too.
    const removeParams = { initiativeId: id, actionId: second.id };
    const removeNoWhy = await callAction(
      editActionAction,
      post(`/initiatives/${id}/actions/${second.id}`, form({ intent: "delete" }), participant),
      removeParams,
    );
    expect(removeNoWhy.status).toBe(400);
    expect(removeNoWhy.data.deleteError).toMatch(/^Enter why/);
    const removed = await callAction(
      editActionAction,
      post(
        `/initiatives/${id}/actions/${second.id}`,
        form({ intent: "delete", why: "The visits are now part of the learning walks" }),
        participant,
      ),
      removeParams,
    );
    expect(removed.status).toBe(302);
    log = await adaptationsOf(id);
    expect(log[4]).toMatchObject({ what_changed: "Removed action “Drop-in visits”", after_json: "null" });
    expect(log).toHaveLength(5);

    // Nobody else writes to the plan or the log.
    expect(
      (
        await callAction(
          moveAction,
          post(confirmUrl, form({ actionId: first.id, direction: "up", why: "x" }), lead),
          params,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await callAction(
          moveAction,
          post(confirmUrl, form({ actionId: first.id, direction: "up", why: "x" }), neighbour),
          params,
        )
      ).status,
    ).toBe(404);
    expect((await callLoader(moveLoader, get(confirmUrl, outsider), params)).status).toBe(404);
  });
});

describe("school by school implementation", () => {
  it("saves adoption, fidelity and sustainment for each school, and refuses others' schools and bad ratings", async () => {
    const id = await createInitiative({ title: "Trust-wide", schoolIds: schoolIds.slice(0, 3) });
    const url = `/initiatives/${id}/schools`;
    const params = { initiativeId: id };
    const page = await callLoader(schoolsLoader, get(url, participant), params);
    expect(
      page.data.schools.map((s: { schoolId: string; adoption: number | null }) => [s.schoolId, s.adoption]).sort(),
    ).toEqual(
      schoolIds
        .slice(0, 3)
        .map((s) => [s, null])
        .sort(),
    );
    const [a, b, c] = page.data.schools.map((s: { schoolId: string }) => s.schoolId);
    const grid = {
      "schools[0].schoolId": a,
      "schools[0].adoption": "4",
      "schools[0].fidelity": "3",
      "schools[0].sustainment": "3",
      "schools[0].note": "Going well",
      "schools[1].schoolId": b,
      "schools[1].adoption": "3",
      "schools[1].fidelity": "1",
      "schools[1].sustainment": "",
      "schools[1].note": "",
      "schools[2].schoolId": c,
      "schools[2].adoption": "",
      "schools[2].fidelity": "",
      "schools[2].sustainment": "",
      "schools[2].note": "",
    };
    const saved = await callAction(schoolsAction, post(url, form(grid), participant), params);
    expect(saved.status).toBe(302);
    const rows = await db()
      .selectFrom("school_implementation")
      .select(["school_id", "adoption", "fidelity", "sustainment", "note"])
      .where("initiative_id", "=", id)
      .execute();
    expect(rows.sort((x, y) => x.school_id.localeCompare(y.school_id))).toEqual(
      [
        { school_id: a, adoption: 4, fidelity: 3, sustainment: 3, note: "Going well" },
        { school_id: b, adoption: 3, fidelity: 1, sustainment: null, note: "" },
        { school_id: c, adoption: null, fidelity: null, sustainment: null, note: "" },
      ].sort((x, y) => x.school_id.localeCompare(y.school_id)),
    );

    const badRating = await callAction(
      schoolsAction,
      post(url, form({ ...grid, "schools[1].fidelity": "7" }), participant),
      params,
    );
    expect(badRating.status).toBe(400);
    expect(badRating.data.error["schools[1].fidelity"]).toEqual(["Choose a rating from the list"]);
    const notCovered = await callAction(
      schoolsAction,
      post(url, form({ ...grid, "schools[2].schoolId": schoolIds[3] ?? "unknown" }), participant),
      params,
    );
    expect(notCovered.status).toBe(400);
    expect(notCovered.data.error["schools[2].schoolId"]).toEqual(["Choose a school this initiative covers"]);

    expect((await callAction(schoolsAction, post(url, form(grid), lead), params)).status).toBe(403);
    expect((await callAction(schoolsAction, post(url, form(grid), neighbour), params)).status).toBe(404);
    const leadView = await callLoader(schoolsLoader, get(url, lead), params);
    expect(leadView.status).toBe(200);
    expect(leadView.data.canEdit).toBe(false);
  });

  it("shows the cohort lead drifting schools, only from initiatives shared with them", async () => {
    const shared = await createInitiative({ title: "Shared drift", schoolIds: schoolIds.slice(0, 2) });
    const hidden = await createInitiative({
      title: "Private drift",
      visibility: "private",
      schoolIds: schoolIds.slice(0, 2),
    });
    for (const id of [shared, hidden]) {
      const judged = { initiativeId: id, updatedAt: "2025-05-01T00:00:00.000Z" };
      await createSchoolImplementation(db(), {
        ...judged,
        schoolId: schoolIds[0],
        adoption: 3,
        fidelity: 1,
        sustainment: 2,
        note: "Drifting",
      });
      await createSchoolImplementation(db(), {
        ...judged,
        schoolId: schoolIds[1],
        adoption: 4,
        fidelity: 4,
        sustainment: 3,
        note: "Fine",
      });
    }
    const dashboard = await callLoader(dashboardLoader, get(`/cohorts/${cohortId}/dashboard`, lead), { cohortId });
    expect(dashboard.status).toBe(200);
    const watch = dashboard.data.schoolsToWatch as { initiativeTitle: string; schoolName: string; reasons: string[] }[];
    const fromShared = watch.filter((w) => w.initiativeTitle === "Shared drift");
    expect(fromShared.map((w) => w.schoolName)).toEqual([schoolNames[schoolIds[0]]]);
    expect(fromShared[0].reasons).toEqual([
      "Fidelity is “Not yet” while adoption is “Mostly”",
      "Sustainment is “Beginning” while adoption is “Mostly”",
    ]);
    expect(watch.some((w) => w.initiativeTitle === "Private drift")).toBe(false);
    // The demo's drifting school is there, worst first.
    expect(watch.some((w) => w.schoolName === "Kestrel Moor Academy")).toBe(true);
    expect(JSON.stringify(dashboard.data)).not.toContain("Private drift");
    // The lead of another cohort does not get this cohort's dashboard at all.
    expect(
      (await callLoader(dashboardLoader, get(`/cohorts/${cohortId}/dashboard`, otherLead), { cohortId })).status,
    ).toBe(404);
  });
});
