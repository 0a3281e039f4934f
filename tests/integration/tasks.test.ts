import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { listOwnTasksDue } from "~/tasks/tasks.server";
import { loader as responseLoader } from "~/routes/cohorts.$cohortId_.tasks.$taskId.responses.$responseId";
import { loader as leadTaskLoader } from "~/routes/cohorts.$cohortId_.tasks.$taskId._index";
import { action as editAction, loader as editLoader } from "~/routes/cohorts.$cohortId_.tasks.$taskId.edit";
import { loader as leadListLoader } from "~/routes/cohorts.$cohortId_.tasks._index";
import { action as newAction, loader as newLoader } from "~/routes/cohorts.$cohortId_.tasks.new";
import { action as respondAction, loader as taskLoader } from "~/routes/tasks.$taskId";
import { loader as ownListLoader } from "~/routes/tasks._index";
import { loadViewer } from "~/utils/permissions.server";
import { seedDemoTasks } from "../../db/seed/demo-tasks";
import { callAction, callLoader, DEMO, demoCookies, form, get, post, userId } from "./helpers";

const NORTH = "2024/25 National — North";
const WEST = "2026/27 Hub Community — West";
const NEXT_YEAR = new Date().getFullYear() + 1;

let participant: string;
let neighbour: string;
let outsider: string;
let lead: string;
let otherLead: string;
let admin: string;
let north: string;
let west: string;
let northWorkshops: { id: string; held_on: string }[];
let westWorkshop: string;
let northStrands: string[];
let northStatement: string;
let westStrand: string;

async function cohortId(name: string) {
  return (await getDb().selectFrom("cohorts").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
}

async function viewerFor(email: string) {
  const db = getDb();
  const user = await db
    .selectFrom("users")
    .select(["id", "email", "name", "is_admin"])
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  return loadViewer(db, { id: user.id, email: user.email, name: user.name, isAdmin: user.is_admin === 1 });
}

function validTask(overrides: Record<string, string | string[]> = {}) {
  return form({
    title: "Try a mastery starter with one class",
    instructions: "Plan and teach one starter from the workshop pack. Note what pupils said.",
    afterWorkshopId: northWorkshops[1].id,
    dueOn: `${NEXT_YEAR}-03-14`,
    strandIds: [northStrands[1]],
    ...overrides,
  });
}

function validResponse(overrides: Record<string, string | string[]> = {}) {
  return form({
    status: "done",
    body: "I taught the starter to Year 7. Pupils explained their reasoning with the stem sentence.",
    visibility: "leads",
    strandIds: [northStrands[1]],
    outcomeIds: [northStatement],
    ...overrides,
  });
}

async function setTask(cookie: string, overrides: Record<string, string | string[]> = {}) {
  const result = await callAction(newAction, post(`/cohorts/${north}/tasks/new`, validTask(overrides), cookie), {
    cohortId: north,
  });
  expect(result.status).toBe(302);
  const location = result.headers.get("Location") ?? "";
  expect(location).toMatch(new RegExp(`^/cohorts/${north}/tasks/[0-9a-f-]{36}$`));
  return location.split("/").pop() ?? "";
}

function respond(cookie: string, taskId: string, body: URLSearchParams) {
  return callAction(respondAction, post(`/tasks/${taskId}`, body, cookie), { taskId });
}

async function responseRows(taskId: string, email: string) {
  const owner = await userId(email);
  const db = getDb();
  const responses = await db
    .selectFrom("task_responses")
    .selectAll()
    .where("task_id", "=", taskId)
    .where("owner_id", "=", owner)
    .execute();
  const entries = await db
    .selectFrom("entries")
    .selectAll()
    .where("owner_id", "=", owner)
    .where("kind", "=", "task_response")
    .where("id", "in", responses.length > 0 ? responses.map((r) => r.entry_id) : ["(none)"])
    .execute();
  return { responses, entries };
}

async function taskCount() {
  const row = await getDb()
    .selectFrom("tasks")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  ({ participant, neighbour, outsider, lead, otherLead, admin } = await demoCookies());
  await seedDemoTasks(getDb());
  north = await cohortId(NORTH);
  west = await cohortId(WEST);
  const db = getDb();
  northWorkshops = await db
    .selectFrom("workshops")
    .select(["id", "held_on"])
    .where("cohort_id", "=", north)
    .orderBy("position")
    .execute();
  westWorkshop = (await db.selectFrom("workshops").select("id").where("cohort_id", "=", west).executeTakeFirstOrThrow())
    .id;
  const options = await callLoader(newLoader, get(`/cohorts/${north}/tasks/new`, lead), { cohortId: north });
  northStrands = options.data.options.strands.map((s: { id: string }) => s.id);
  const framework = await db
    .selectFrom("outcome_statements")
    .select("outcome_statements.id")
    .where("strand_id", "=", northStrands[1])
    .orderBy("position")
    .executeTakeFirstOrThrow();
  northStatement = framework.id;
  const westOptions = await callLoader(newLoader, get(`/cohorts/${west}/tasks/new`, otherLead), { cohortId: west });
  westStrand = westOptions.data.options.strands[0].id;
});

describe("the demo tasks", () => {
  it("give the North cohort four tasks after its workshops, answered by most participants in a realistic mix", async () => {
    const page = await callLoader(leadListLoader, get(`/cohorts/${north}/tasks`, lead), { cohortId: north });
    expect(page.status).toBe(200);
    const tasks = page.data.tasks as {
      title: string;
      done: number;
      inProgress: number;
      notStarted: number;
      overdue: number;
      participantCount: number;
      afterWorkshop: { number: number } | null;
    }[];
    expect(tasks.map((t) => t.title)).toEqual([
      "Audit one aspect of pedagogy across your trust",
      "Reflect on a lesson study cycle",
      "Share your action plan with your SLT link",
      "Bring one piece of pupil work that shows change",
    ]);
    expect(tasks.map((t) => t.afterWorkshop?.number)).toEqual([1, 1, 2, 2]);
    for (const task of tasks) {
      expect(task.participantCount).toBe(24);
      expect(task.done + task.inProgress + task.notStarted).toBe(24);
      expect(task.done).toBeGreaterThan(0);
      expect(task.inProgress).toBeGreaterThan(0);
      expect(task.notStarted).toBeGreaterThan(0);
      // All were due in 2025: whoever has not finished is overdue.
      expect(task.overdue).toBe(24 - task.done);
    }
    // Earlier tasks are more often done than later ones.
    expect(tasks[0].done).toBeGreaterThan(tasks[3].done);
    const responses = await getDb()
      .selectFrom("task_responses")
      .innerJoin("tasks", "tasks.id", "task_responses.task_id")
      .select("task_responses.body")
      .where("tasks.cohort_id", "=", north)
      .execute();
    expect(responses.some((r) => r.body.length > 200)).toBe(true);
  });

  it("counts each task the same way as reading every participant's response would", async () => {
    const db = getDb();
    const page = await callLoader(leadListLoader, get(`/cohorts/${north}/tasks`, lead), { cohortId: north });
    const participants = await db
      .selectFrom("memberships")
      .select("user_id")
      .where("cohort_id", "=", north)
      .where("role", "=", "participant")
      .execute();
    for (const task of page.data.tasks as { id: string; done: number; inProgress: number; notStarted: number }[]) {
      const rows = await db
        .selectFrom("task_responses")
        .innerJoin("entries", "entries.id", "task_responses.entry_id")
        .select(["task_responses.owner_id", "entries.status"])
        .where("task_responses.task_id", "=", task.id)
        .execute();
      const status = (id: string) => rows.find((r) => r.owner_id === id)?.status ?? "not_started";
      const statuses = participants.map((p) => status(p.user_id));
      expect(task.done).toBe(statuses.filter((s) => s === "done").length);
      expect(task.inProgress).toBe(statuses.filter((s) => s === "in_progress").length);
      expect(task.notStarted).toBe(statuses.filter((s) => s === "not_started").length);
    }
  });

  it("give participant3 one task overdue and one due soon on 23 November 2026", async () => {
    const due = await listOwnTasksDue(getDb(), await viewerFor(DEMO.otherCohortParticipant), "2026-11-23");
    expect(due).toEqual([
      expect.objectContaining({
        title: "Map how your department plans lessons together",
        status: "in_progress",
        overdue: true,
        dueOn: "2026-11-13",
        cohortName: WEST,
      }),
      expect.objectContaining({
        title: "Try one collaborative planning meeting and note what changed",
        status: "not_started",
        overdue: false,
        dueOn: "2026-12-04",
        cohortName: WEST,
      }),
    ]);
  });

  it("add nothing when seeded again", async () => {
    const before = await taskCount();
    await seedDemoTasks(getDb());
    expect(await taskCount()).toBe(before);
  });
});

describe("the participant's task list", () => {
  it("groups the tasks by the workshop they are due before, with status tags and overdue flags", async () => {
    const page = await callLoader(ownListLoader, get("/tasks", participant));
    expect(page.status).toBe(200);
    expect(page.data.cohorts).toHaveLength(1);
    const groups = page.data.cohorts[0].groups as {
      workshop: { number: number } | null;
      tasks: { title: string; status: string; overdue: boolean }[];
    }[];
    const seeded = (n: number) =>
      groups
        .find((g) => g.workshop?.number === n)
        ?.tasks.filter((t) => !t.title.startsWith("Try a mastery"))
        .map((t) => [t.title, t.status, t.overdue]);
    expect(seeded(2)).toEqual([
      ["Audit one aspect of pedagogy across your trust", "done", false],
      ["Reflect on a lesson study cycle", "done", false],
    ]);
    expect(seeded(3)).toEqual([
      ["Share your action plan with your SLT link", "done", false],
      ["Bring one piece of pupil work that shows change", "in_progress", true],
    ]);
    // Only their own cohort's tasks.
    expect(JSON.stringify(page.data)).not.toContain("Map how your department plans lessons together");
  });

  it("is empty for someone who takes part in no cohort", async () => {
    const page = await callLoader(ownListLoader, get("/tasks", lead));
    expect(page.status).toBe(200);
    expect(page.data.cohorts).toEqual([]);
    expect(await listOwnTasksDue(getDb(), await viewerFor(DEMO.lead))).toEqual([]);
  });
});

describe("setting a task", () => {
  it("lets the cohort's lead set a task that every participant then sees, not started", async () => {
    const taskId = await setTask(lead, { title: "Set by the lead: plan a starter" });
    const page = await callLoader(leadTaskLoader, get(`/cohorts/${north}/tasks/${taskId}`, lead), {
      cohortId: north,
      taskId,
    });
    expect(page.status).toBe(200);
    expect(page.data.task.title).toBe("Set by the lead: plan a starter");
    expect(page.data.task.afterWorkshop.id).toBe(northWorkshops[1].id);
    expect(page.data.task.strands.map((s: { id: string }) => s.id)).toEqual([northStrands[1]]);
    expect(page.data.task.setByName).toBe("Helen Marsden");
    expect(page.data.counts).toEqual({
      ...page.data.counts,
      participantCount: 24,
      done: 0,
      inProgress: 0,
      notStarted: 24,
      overdue: 0,
    });
    expect(page.data.participants).toHaveLength(24);
    expect(
      page.data.participants.every(
        (p: { status: string; responseId: string | null }) => p.status === "not_started" && p.responseId === null,
      ),
    ).toBe(true);

    const mine = await callLoader(taskLoader, get(`/tasks/${taskId}`, neighbour), { taskId });
    expect(mine.status).toBe(200);
    expect(mine.data.task.instructions).toContain("Plan and teach one starter");
    expect(mine.data.status).toBe("not_started");
    expect(mine.data.response).toBeNull();
  });

  it("lets a programme admin set one too", async () => {
    const before = await taskCount();
    const result = await callAction(
      newAction,
      post(`/cohorts/${north}/tasks/new`, validTask({ title: "Set by the admin" }), admin),
      { cohortId: north },
    );
    expect(result.status).toBe(302);
    expect(await taskCount()).toBe(before + 1);
  });

  it("returns 400 with a message beside each bad field, keeps what was typed and saves nothing", async () => {
    const before = await taskCount();
    const cases: [Record<string, string | string[]>, string, RegExp][] = [
      [{ title: "" }, "title", /Enter a title/],
      [{ title: "x".repeat(201) }, "title", /200 characters or fewer/],
      [{ instructions: "x".repeat(1_000_000) }, "instructions", /characters or fewer/],
      [{ dueOn: `${NEXT_YEAR}-02-30` }, "dueOn", /real date/],
      [{ dueOn: "next week" }, "dueOn", /real date/],
      [{ dueOn: "2024-09-01" }, "dueOn", /on or after the workshop/],
      [{ afterWorkshopId: westWorkshop }, "afterWorkshopId", /this cohort's workshops/],
      [{ afterWorkshopId: "x".repeat(5000) }, "afterWorkshopId", /this cohort's workshops/],
      [{ strandIds: [westStrand] }, "strandIds", /this cohort's programme/],
      [{ strandIds: ["00000000-0000-0000-0000-000000000000"] }, "strandIds", /this cohort's programme/],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await callAction(newAction, post(`/cohorts/${north}/tasks/new`, validTask(overrides), lead), {
        cohortId: north,
      });
      expect(result.status, JSON.stringify(overrides).slice(0, 80)).toBe(400);
      expect(result.data.error[field]?.[0]).toMatch(message);
      expect(result.data.initialValue.instructions).toBeDefined();
    }
    const kept = await callAction(newAction, post(`/cohorts/${north}/tasks/new`, validTask({ title: "" }), lead), {
      cohortId: north,
    });
    expect(kept.data.initialValue.instructions).toContain("Plan and teach one starter");
    expect(await taskCount()).toBe(before);
  });

  it("lets the lead change a task; its responses keep its new title", async () => {
    const taskId = await setTask(lead, { title: "Before the change" });
    expect((await respond(participant, taskId, validResponse())).status).toBe(302);
    const path = `/cohorts/${north}/tasks/${taskId}/edit`;
    const form0 = await callLoader(editLoader, get(path, lead), { cohortId: north, taskId });
    expect(form0.status).toBe(200);
    expect(form0.data.task).toEqual({
      title: "Before the change",
      instructions: "Plan and teach one starter from the workshop pack. Note what pupils said.",
      afterWorkshopId: northWorkshops[1].id,
      dueOn: `${NEXT_YEAR}-03-14`,
      strandIds: [northStrands[1]],
    });
    const saved = await callAction(
      editAction,
      post(
        path,
        validTask({ title: "After the change", afterWorkshopId: "", strandIds: [northStrands[0], northStrands[2]] }),
        lead,
      ),
      { cohortId: north, taskId },
    );
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe(`/cohorts/${north}/tasks/${taskId}`);
    const page = await callLoader(leadTaskLoader, get(`/cohorts/${north}/tasks/${taskId}`, lead), {
      cohortId: north,
      taskId,
    });
    expect(page.data.task.title).toBe("After the change");
    expect(page.data.task.afterWorkshop).toBeNull();
    expect(page.data.task.strands.map((s: { id: string }) => s.id)).toEqual([northStrands[0], northStrands[2]]);
    const { entries } = await responseRows(taskId, DEMO.participant);
    expect(entries.map((e) => e.title)).toEqual(["After the change"]);

    const bad = await callAction(editAction, post(path, validTask({ title: "" }), lead), { cohortId: north, taskId });
    expect(bad.status).toBe(400);
    expect(bad.data.error.title).toEqual(["Enter a title"]);
  });
});

describe("who may see and change a cohort's tasks", () => {
  it("answers 404 to participants and to the lead of another cohort, for every page and every change", async () => {
    const taskId = await setTask(lead, { title: "Leads only" });
    const responseId =
      (await respond(participant, taskId, validResponse())).status === 302
        ? (await responseRows(taskId, DEMO.participant)).responses[0].entry_id
        : "";
    const before = await taskCount();
    for (const cookie of [participant, neighbour, outsider, otherLead]) {
      const params = { cohortId: north, taskId };
      expect(
        (await callLoader(leadListLoader, get(`/cohorts/${north}/tasks`, cookie), { cohortId: north })).status,
      ).toBe(404);
      expect(
        (await callLoader(newLoader, get(`/cohorts/${north}/tasks/new`, cookie), { cohortId: north })).status,
      ).toBe(404);
      expect((await callLoader(leadTaskLoader, get(`/cohorts/${north}/tasks/${taskId}`, cookie), params)).status).toBe(
        404,
      );
      expect((await callLoader(editLoader, get(`/cohorts/${north}/tasks/${taskId}/edit`, cookie), params)).status).toBe(
        404,
      );
      expect(
        (
          await callLoader(responseLoader, get(`/cohorts/${north}/tasks/${taskId}/responses/${responseId}`, cookie), {
            ...params,
            responseId,
          })
        ).status,
      ).toBe(404);
      expect(
        (await callAction(newAction, post(`/cohorts/${north}/tasks/new`, validTask(), cookie), { cohortId: north }))
          .status,
      ).toBe(404);
      expect(
        (
          await callAction(
            editAction,
            post(`/cohorts/${north}/tasks/${taskId}/edit`, validTask({ title: "Hijacked" }), cookie),
            params,
          )
        ).status,
      ).toBe(404);
    }
    expect(await taskCount()).toBe(before);
    const page = await callLoader(leadTaskLoader, get(`/cohorts/${north}/tasks/${taskId}`, admin), {
      cohortId: north,
      taskId,
    });
    expect(page.status).toBe(200);
    expect(page.data.task.title).toBe("Leads only");
  });

  it("answers 404 for a task of another cohort under this cohort's address, and for unknown ids", async () => {
    const westTask = (
      await getDb().selectFrom("tasks").select("id").where("cohort_id", "=", west).executeTakeFirstOrThrow()
    ).id;
    // lead2 leads West, but the North address does not hold West's task, and North's lead cannot use West's address.
    expect(
      (
        await callLoader(leadTaskLoader, get(`/cohorts/${north}/tasks/${westTask}`, lead), {
          cohortId: north,
          taskId: westTask,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await callLoader(leadTaskLoader, get(`/cohorts/${west}/tasks/${westTask}`, lead), {
          cohortId: west,
          taskId: westTask,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await callLoader(leadTaskLoader, get(`/cohorts/${west}/tasks/${westTask}`, otherLead), {
          cohortId: west,
          taskId: westTask,
        })
      ).status,
    ).toBe(200);
    const hijack = await callAction(
      editAction,
      post(`/cohorts/${north}/tasks/${westTask}/edit`, validTask({ title: "Hijacked" }), lead),
      {
        cohortId: north,
        taskId: westTask,
      },
    );
    expect(hijack.status).toBe(404);
    for (const id of ["nope", "00000000-0000-0000-0000-000000000000", "x".repeat(10_000)]) {
      expect((await callLoader(leadListLoader, get(`/cohorts/x`, admin), { cohortId: id })).status).toBe(404);
      expect(
        (await callLoader(leadTaskLoader, get(`/cohorts/${north}/tasks/x`, lead), { cohortId: north, taskId: id }))
          .status,
      ).toBe(404);
      expect((await callLoader(taskLoader, get(`/tasks/x`, participant), { taskId: id })).status).toBe(404);
      expect((await respond(participant, id, validResponse())).status).toBe(404);
    }
  });
});

describe("answering a task", () => {
  it("saves a response once, updates it on every later save, and dates it the day it was saved", async () => {
    const taskId = await setTask(lead, {
      title: "One response each",
      dueOn: `${NEXT_YEAR}-01-10`,
      afterWorkshopId: northWorkshops[0].id,
    });
    const first = await respond(participant, taskId, validResponse({ status: "in_progress", body: "Notes so far" }));
    expect(first.status).toBe(302);
    expect(first.headers.get("Location")).toBe(`/tasks?saved=${taskId}`);

    const listed = await callLoader(ownListLoader, get(`/tasks?saved=${taskId}`, participant));
    expect(listed.data.savedTitle).toBe("One response each");

    const again = await respond(participant, taskId, validResponse());
    expect(again.status).toBe(302);
    const { responses, entries } = await responseRows(taskId, DEMO.participant);
    expect(responses).toHaveLength(1);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      status: "done",
      visibility: "leads",
      title: "One response each",
      cohort_id: north,
      kind: "task_response",
    });
    expect(entries[0].occurred_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(responses[0].body).toContain("stem sentence");

    const page = await callLoader(taskLoader, get(`/tasks/${taskId}`, participant), { taskId });
    expect(page.data.status).toBe("done");
    expect(page.data.response).toMatchObject({
      status: "done",
      visibility: "leads",
      strandIds: [northStrands[1]],
      outcomeIds: [northStatement],
    });
  });

  it("never makes two responses from a double submit", async () => {
    const taskId = await setTask(lead, { title: "Double submit" });
    const results = await Promise.all([
      respond(neighbour, taskId, validResponse({ body: "First copy" })),
      respond(neighbour, taskId, validResponse({ body: "Second copy" })),
      respond(neighbour, taskId, validResponse({ body: "Third copy" })),
    ]);
    expect(results.map((r) => r.status)).toEqual([302, 302, 302]);
    const { responses, entries } = await responseRows(taskId, DEMO.sameCohortParticipant);
    expect(responses).toHaveLength(1);
    expect(entries).toHaveLength(1);
    const orphans = await getDb()
      .selectFrom("entries")
      .leftJoin("task_responses", "task_responses.entry_id", "entries.id")
      .select("entries.id")
      .where("entries.kind", "=", "task_response")
      .where("task_responses.entry_id", "is", null)
      .execute();
    expect(orphans).toEqual([]);
  });

  it("needs text to be marked done, and refuses bad values with 400 beside the field", async () => {
    const taskId = await setTask(lead, { title: "Validation" });
    const otherInitiative = (
      await getDb()
        .selectFrom("entries")
        .select("id")
        .where("owner_id", "=", await userId(DEMO.sameCohortParticipant))
        .where("kind", "=", "initiative")
        .executeTakeFirstOrThrow()
    ).id;
    const cases: [Record<string, string | string[]>, string, RegExp][] = [
      [{ body: "" }, "body", /Write your response before you mark the task as done/],
      [{ body: "   " }, "body", /Write your response/],
      [{ body: "x".repeat(1_000_000) }, "body", /characters or fewer/],
      [{ status: "finished" }, "status", /Choose how far you have got/],
      [{ visibility: "everyone" }, "visibility", /Choose who can read/],
      [{ initiativeId: otherInitiative }, "initiativeId", /one of your initiatives/],
      [{ strandIds: [westStrand] }, "strandIds", /your programme/],
      [{ outcomeIds: ["not-an-id"] }, "outcomeIds", /your programme/],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await respond(participant, taskId, validResponse(overrides));
      expect(result.status, JSON.stringify(overrides).slice(0, 80)).toBe(400);
      expect(result.data.error[field]?.[0]).toMatch(message);
    }
    const kept = await respond(participant, taskId, validResponse({ body: "", visibility: "cohort" }));
    expect(kept.data.initialValue.visibility).toBe("cohort");
    expect((await responseRows(taskId, DEMO.participant)).responses).toHaveLength(0);

    // Not started or in progress may be saved without text; an initiative of their own may be linked.
    const own = (
      await getDb()
        .selectFrom("entries")
        .select("id")
        .where("owner_id", "=", await userId(DEMO.participant))
        .where("kind", "=", "initiative")
        .executeTakeFirstOrThrow()
    ).id;
    expect(
      (await respond(participant, taskId, validResponse({ status: "in_progress", body: "", initiativeId: own })))
        .status,
    ).toBe(302);
    const { entries } = await responseRows(taskId, DEMO.participant);
    expect(entries[0]).toMatchObject({ status: "in_progress", initiative_id: own });
  });

  it("answers 404 to anyone outside the task's cohort, and writes nothing", async () => {
    const taskId = await setTask(lead, { title: "Only for North" });
    for (const cookie of [outsider, lead, otherLead, admin]) {
      expect((await callLoader(taskLoader, get(`/tasks/${taskId}`, cookie), { taskId })).status).toBe(404);
      expect((await respond(cookie, taskId, validResponse())).status).toBe(404);
    }
    const rows = await getDb().selectFrom("task_responses").select("entry_id").where("task_id", "=", taskId).execute();
    expect(rows).toEqual([]);
  });

  it("takes a done task off the participant's due list, and the lead's page counts it as done", async () => {
    const taskId = await setTask(lead, { title: "Counted as done" });
    const viewer = await viewerFor(DEMO.participant);
    expect((await listOwnTasksDue(getDb(), viewer)).map((t) => t.id)).toContain(taskId);
    expect((await respond(participant, taskId, validResponse({ status: "in_progress", body: "" }))).status).toBe(302);
    const stillDue = (await listOwnTasksDue(getDb(), viewer)).find((t) => t.id === taskId);
    expect(stillDue).toMatchObject({
      status: "in_progress",
      overdue: false,
      cohortName: NORTH,
      title: "Counted as done",
    });
    // Overdue once the due date has passed.
    expect(
      (await listOwnTasksDue(getDb(), viewer, `${NEXT_YEAR + 1}-01-01`)).find((t) => t.id === taskId)?.overdue,
    ).toBe(true);
    const due = await listOwnTasksDue(getDb(), viewer);
    expect(due.map((t) => t.dueOn)).toEqual([...due.map((t) => t.dueOn)].sort());

    expect((await respond(participant, taskId, validResponse())).status).toBe(302);
    expect((await listOwnTasksDue(getDb(), viewer)).map((t) => t.id)).not.toContain(taskId);

    const page = await callLoader(leadTaskLoader, get(`/cohorts/${north}/tasks/${taskId}`, lead), {
      cohortId: north,
      taskId,
    });
    expect(page.data.counts).toMatchObject({ done: 1, inProgress: 0, notStarted: 23, overdue: 0 });
    const priya = page.data.participants.find((p: { name: string }) => p.name === "Priya Shah");
    expect(priya).toMatchObject({ status: "done", overdue: false, response: "readable" });
    expect(priya.updatedAt).toBeTruthy();
    const list = await callLoader(leadListLoader, get(`/cohorts/${north}/tasks`, lead), { cohortId: north });
    expect(list.data.tasks.find((t: { id: string }) => t.id === taskId)).toMatchObject({ done: 1, notStarted: 23 });

    const read = await callLoader(
      responseLoader,
      get(`/cohorts/${north}/tasks/${taskId}/responses/${priya.responseId}`, lead),
      { cohortId: north, taskId, responseId: priya.responseId },
    );
    expect(read.status).toBe(200);
    expect(read.data.response).toMatchObject({ ownerName: "Priya Shah", status: "done" });
    expect(read.data.response.body).toContain("stem sentence");
  });

  it("keeps a private response's text from the lead, who still sees that it is done", async () => {
    const taskId = await setTask(lead, { title: "Private answer" });
    expect(
      (await respond(participant, taskId, validResponse({ visibility: "private", body: "Only for me" }))).status,
    ).toBe(302);
    const { responses } = await responseRows(taskId, DEMO.participant);
    const responseId = responses[0].entry_id;
    const page = await callLoader(leadTaskLoader, get(`/cohorts/${north}/tasks/${taskId}`, lead), {
      cohortId: north,
      taskId,
    });
    const priya = page.data.participants.find((p: { name: string }) => p.name === "Priya Shah");
    expect(priya).toMatchObject({ status: "done", response: "not_shared", responseId: null });
    expect(JSON.stringify(page.data)).not.toContain("Only for me");
    for (const cookie of [lead, admin]) {
      const read = await callLoader(
        responseLoader,
        get(`/cohorts/${north}/tasks/${taskId}/responses/${responseId}`, cookie),
        { cohortId: north, taskId, responseId },
      );
      expect(read.status).toBe(404);
    }
    // A response read under another task's address is not found either.
    const otherTask = await setTask(lead, { title: "Another task" });
    expect((await respond(participant, taskId, validResponse({ visibility: "leads" }))).status).toBe(302);
    const wrongTask = await callLoader(
      responseLoader,
      get(`/cohorts/${north}/tasks/${otherTask}/responses/${responseId}`, lead),
      { cohortId: north, taskId: otherTask, responseId },
    );
    expect(wrongTask.status).toBe(404);
  });
});
