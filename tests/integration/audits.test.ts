import { beforeAll, describe, expect, it } from "vitest";
import { formatChange, formatMean, roundToTenth } from "~/audits/results";
import { getDb } from "~/db.server";
import { action as auditAction, loader as auditLoader } from "~/routes/audits.$auditId._index";
import { action as editAction, loader as editLoader } from "~/routes/audits.$auditId.edit";
import { action as ratingsAction, loader as ratingsLoader } from "~/routes/audits.$auditId.ratings";
import { loader as listLoader } from "~/routes/audits._index";
import { action as createAction, loader as newLoader } from "~/routes/audits.new";
import { seedDemoAudits } from "../../db/seed/demo-audits";
import { callAction, callLoader, DEMO, demoCookies, form, get, post, userId } from "./helpers";

let participant: string;
let neighbour: string;
let outsider: string;
let lead: string;
let otherLead: string;
let admin: string;
let cohortId: string;
let schools: { id: string; name: string }[];
let strandId: string;
let statement: { id: string; text: string };
let initiativeId: string;

type Options = Awaited<ReturnType<typeof newLoader>>;

async function formOptions(cookie: string): Promise<Options> {
  const result = await callLoader(newLoader, get("/audits/new", cookie));
  expect(result.status).toBe(200);
  return result.data as Options;
}

function validAudit(overrides: Record<string, string | string[]> = {}) {
  return form({
    cohortId,
    focus: "Use of representations in KS3 lessons",
    conductedOn: "2024-09-20",
    initiativeId,
    schoolIds: schools.slice(0, 3).map((s) => s.id),
    criteriaText:
      "- Teachers use concrete and pictorial representations to expose structure\n\n2. Pupils choose a representation to explain their reasoning\n",
    templateIds: [statement.id],
    visibility: "leads",
    strandIds: [strandId],
    outcomeIds: [statement.id],
    ...overrides,
  });
}

async function createAudit(cookie: string, overrides: Record<string, string | string[]> = {}) {
  const result = await callAction(createAction, post("/audits/new", validAudit(overrides), cookie));
  expect(result.status, JSON.stringify(result.data)).toBe(302);
  const location = result.headers.get("Location") ?? "";
  expect(location).toMatch(/^\/audits\/[^/]+\/ratings$/);
  return location.split("/")[2];
}

type Grid = Awaited<ReturnType<typeof ratingsLoader>>;

async function loadGrid(id: string, cookie = participant): Promise<Grid> {
  const result = await callLoader(ratingsLoader, get(`/audits/${id}/ratings`, cookie), { auditId: id });
  expect(result.status).toBe(200);
  return result.data as Grid;
}

/** The grid as a browser submits it: every cell, row by row; `ratings[c][s]` is "" for a blank cell. */
function gridForm(grid: Grid, ratings: (number | string)[][], notes: Record<string, string> = {}) {
  const fields: Record<string, string> = {};
  grid.criteria.forEach((criterion, ci) => {
    grid.schools.forEach((school, si) => {
      const i = ci * grid.schools.length + si;
      fields[`cells[${i}].criterionId`] = criterion.id;
      fields[`cells[${i}].schoolId`] = school.id;
      fields[`cells[${i}].rating`] = String(ratings[ci]?.[si] ?? "");
      fields[`cells[${i}].note`] = notes[`${ci},${si}`] ?? "";
    });
  });
  return form(fields);
}

async function rate(
  id: string,
  ratings: (number | string)[][],
  notes: Record<string, string> = {},
  cookie = participant,
) {
  const grid = await loadGrid(id);
  return callAction(ratingsAction, post(`/audits/${id}/ratings`, gridForm(grid, ratings, notes), cookie), {
    auditId: id,
  });
}

async function viewAudit(id: string, cookie = participant) {
  return callLoader(auditLoader, get(`/audits/${id}`, cookie), { auditId: id });
}

async function startFollowUp(id: string, conductedOn: string, cookie = participant) {
  return callAction(auditAction, post(`/audits/${id}`, form({ intent: "follow-up", conductedOn }), cookie), {
    auditId: id,
  });
}

async function ratingCount(auditId: string) {
  const row = await getDb()
    .selectFrom("audit_ratings")
    .innerJoin("audit_criteria", "audit_criteria.id", "audit_ratings.criterion_id")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("audit_criteria.audit_id", "=", auditId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  ({ participant, neighbour, outsider, lead, otherLead, admin } = await demoCookies());
  const options = await formOptions(participant);
  expect(options.options).toHaveLength(1);
  const o = options.options[0];
  cohortId = o.cohortId;
  schools = o.schools;
  strandId = o.strands[1].id;
  statement = o.strands[1].statements[1];
  initiativeId = o.initiatives[0].id;
});

describe("the demo audits", () => {
  // Runs first: the only audits in the database are the demo ones.
  it("give most North participants with an initiative a baseline, about half a follow-up, and Priya Shah both", async () => {
    const db = getDb();
    // As the demo seed calls it (inside its transaction), then alone: the second run adds nothing.
    await db.transaction().execute((trx) => seedDemoAudits(trx));
    await seedDemoAudits(db);
    const north = await db
      .selectFrom("cohorts")
      .select("id")
      .where("name", "=", "2024/25 National — North")
      .executeTakeFirstOrThrow();
    const demo = await db
      .selectFrom("entries")
      .innerJoin("audits", "audits.entry_id", "entries.id")
      .innerJoin("users", "users.id", "entries.owner_id")
      .select([
        "entries.id",
        "entries.status",
        "entries.initiative_id",
        "users.email",
        "audits.kind",
        "audits.conducted_on",
        "audits.baseline_id",
        "entries.occurred_on",
      ])
      .where("entries.cohort_id", "=", north.id)
      .execute();
    const baselines = demo.filter((a) => a.kind === "baseline");
    const followUps = demo.filter((a) => a.kind === "follow_up");
    const withInitiative = await db
      .selectFrom("entries")
      .select("owner_id")
      .distinct()
      .where("cohort_id", "=", north.id)
      .where("kind", "=", "initiative")
      .execute();
    expect(baselines.length).toBeGreaterThan(withInitiative.length / 2);
    expect(new Set(baselines.map((b) => b.email)).size).toBe(baselines.length);
    expect(followUps.length).toBeGreaterThanOrEqual(Math.floor(baselines.length / 3));
    expect(followUps.length).toBeLessThan(baselines.length);
    for (const b of baselines) {
      expect(b.conducted_on >= "2024-09-01" && b.conducted_on <= "2024-10-31", b.conducted_on).toBe(true);
      expect(b.occurred_on).toBe(b.conducted_on);
      expect(b.initiative_id).not.toBeNull();
    }
    for (const f of followUps) {
      expect(f.conducted_on.startsWith("2025-06")).toBe(true);
      expect(baselines.map((b) => b.id)).toContain(f.baseline_id);
    }
    const priya = demo.filter((a) => a.email === DEMO.participant);
    expect(priya.map((a) => a.kind).sort()).toEqual(["baseline", "follow_up"]);

    // Her follow-up shows improvement, as her initiative's story says; somebody's follow-up went slightly down.
    const priyaFollowUp = priya.find((a) => a.kind === "follow_up")!;
    const view = await viewAudit(priyaFollowUp.id);
    expect(view.status).toBe(200);
    const { byCriterion } = view.data.audit.comparison;
    expect(byCriterion.length).toBeGreaterThanOrEqual(5);
    expect(byCriterion.length).toBeLessThanOrEqual(8);
    expect(byCriterion.filter((r: { change: number }) => r.change > 0).length).toBeGreaterThan(byCriterion.length / 2);
    const changes = await Promise.all(
      followUps.map(async (f) => {
        const means = await db
          .selectFrom("audit_ratings")
          .innerJoin("audit_criteria", "audit_criteria.id", "audit_ratings.criterion_id")
          .select((eb) => ["audit_criteria.audit_id", eb.fn.avg<string | number>("audit_ratings.rating").as("mean")])
          .where("audit_criteria.audit_id", "in", [f.id, f.baseline_id!])
          .groupBy("audit_criteria.audit_id")
          .execute();
        const mean = (id: string) => Number(means.find((m) => m.audit_id === id)?.mean);
        return mean(f.id) - mean(f.baseline_id!);
      }),
    );
    expect(changes.filter((c) => c < 0)).toHaveLength(1);
    expect(changes.filter((c) => c > 0).length).toBeGreaterThanOrEqual(followUps.length - 2);
    expect(demo.every((a) => a.status === "complete")).toBe(true);
  });
});

describe("starting an audit", () => {
  it("offers the schools of the participant's own trust, their own initiatives and their programme's statements", async () => {
    const options = await formOptions(participant);
    const o = options.options[0];
    expect(o.schools.map((s) => s.name)).toEqual([
      "Calderbrook Academy",
      "Harrowfell School",
      "Kestrel Moor Academy",
      "Oakholme All-Through Academy",
      "Whinfield Primary Academy",
    ]);
    expect(o.initiatives.map((i) => i.title)).toContain(
      "A shared vision for teaching for mastery across Pennine Ridge",
    );
    const owners = await getDb()
      .selectFrom("entries")
      .select("owner_id")
      .where(
        "id",
        "in",
        o.initiatives.map((i) => i.id),
      )
      .execute();
    expect(new Set(owners.map((r) => r.owner_id))).toEqual(new Set([await userId(DEMO.participant)]));
    expect(o.strands.map((s) => s.title)).toContain("Practice development");
    expect(options.choices.templateIds).toContain(statement.id);
  });

  it("saves a baseline with its schools in trust order and its criteria: written lines first, then chosen statements", async () => {
    const id = await createAudit(participant, { schoolIds: [schools[2].id, schools[0].id, schools[1].id] });
    const db = getDb();
    const entry = await db.selectFrom("entries").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      kind: "audit",
      status: "in_progress",
      visibility: "leads",
      occurred_on: "2024-09-20",
      title: "Use of representations in KS3 lessons",
      initiative_id: initiativeId,
      cohort_id: cohortId,
    });
    const audit = await db.selectFrom("audits").selectAll().where("entry_id", "=", id).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ kind: "baseline", baseline_id: null, conducted_on: "2024-09-20" });

    const page = await viewAudit(id);
    expect(page.status).toBe(200);
    const detail = page.data.audit;
    expect(detail.schools.map((s: { name: string }) => s.name)).toEqual([
      "Calderbrook Academy",
      "Harrowfell School",
      "Kestrel Moor Academy",
    ]);
    expect(detail.criteria.map((c: { text: string }) => c.text)).toEqual([
      "Teachers use concrete and pictorial representations to expose structure",
      "Pupils choose a representation to explain their reasoning",
      statement.text.charAt(0).toUpperCase() + statement.text.slice(1).replace(/[:.]$/, ""),
    ]);
    expect(detail).toMatchObject({ rated: 0, total: 9, canEdit: true, kind: "baseline" });
    expect(detail.initiative).toEqual({
      id: initiativeId,
      title: "A shared vision for teaching for mastery across Pennine Ridge",
    });
    expect(detail.strands.map((s: { id: string }) => s.id)).toEqual([strandId]);
    expect(detail.statements.map((s: { id: string }) => s.id)).toEqual([statement.id]);
    expect(detail.comparison).toBeNull();
  });

  it("accepts criteria from the template alone, and a repeat of a written criterion is kept once", async () => {
    const criterion = statement.text.charAt(0).toUpperCase() + statement.text.slice(1).replace(/[:.]$/, "");
    const id = await createAudit(participant, { criteriaText: criterion.toLowerCase(), initiativeId: "" });
    const page = await viewAudit(id);
    expect(page.data.audit.criteria).toHaveLength(1);
    expect(page.data.audit.initiative).toBeNull();
  });

  it("returns 400 with the problem beside each field and keeps what was typed", async () => {
    const result = await callAction(
      createAction,
      post(
        "/audits/new",
        validAudit({ criteriaText: "", templateIds: [], schoolIds: [], conductedOn: "2024-02-30" }),
        participant,
      ),
    );
    expect(result.status).toBe(400);
    expect(result.data.error.criteriaText).toEqual([
      "Write at least one criterion, or choose one from your programme’s outcome statements",
    ]);
    expect(result.data.error.schoolIds).toEqual(["Choose at least one school"]);
    expect(result.data.error.conductedOn[0]).toMatch(/real date/);
    expect(result.data.initialValue.focus).toBe("Use of representations in KS3 lessons");

    const tooLong = await callAction(
      createAction,
      post("/audits/new", validAudit({ criteriaText: `A fine criterion\n${"x".repeat(301)}`, focus: "" }), participant),
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.data.error.criteriaText).toEqual(["Criterion 2 must be 300 characters or fewer"]);
    expect(tooLong.data.error.focus).toEqual(["Enter the focus of the audit"]);

    const tooMany = await callAction(
      createAction,
      post(
        "/audits/new",
        validAudit({ criteriaText: Array.from({ length: 21 }, (_, i) => `Criterion ${i}`).join("\n") }),
        participant,
      ),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.data.error.criteriaText).toContain("Write no more than 20 criteria");

    const tooManyInAll = await callAction(
      createAction,
      post(
        "/audits/new",
        validAudit({ criteriaText: Array.from({ length: 20 }, (_, i) => `Criterion ${i}`).join("\n") }),
        participant,
      ),
    );
    expect(tooManyInAll.status).toBe(400);
    expect(tooManyInAll.data.error.criteriaText[0]).toMatch(/up to 20 criteria in all/);
  });

  it("refuses another trust's schools, another participant's initiative, another programme's statements and unknown ids", async () => {
    const neighbourOptions = (await formOptions(neighbour)).options[0];
    const outsiderOptions = (await formOptions(outsider)).options[0];
    const cases: [Record<string, string | string[]>, string][] = [
      [{ schoolIds: [neighbourOptions.schools[0].id] }, "schoolIds"],
      [{ schoolIds: ["00000000-0000-0000-0000-000000000000"] }, "schoolIds"],
      [{ initiativeId: neighbourOptions.initiatives[0].id }, "initiativeId"],
      [{ templateIds: [outsiderOptions.strands[0].statements[0].id] }, "templateIds"],
      [{ strandIds: [outsiderOptions.strands[0].id] }, "strandIds"],
      [{ outcomeIds: ["not-an-id"] }, "outcomeIds"],
      [{ cohortId: outsiderOptions.cohortId }, "cohortId"],
      [{ visibility: "everyone" }, "visibility"],
    ];
    const before = await getDb().selectFrom("audits").select("entry_id").execute();
    for (const [overrides, field] of cases) {
      const result = await callAction(createAction, post("/audits/new", validAudit(overrides), participant));
      expect(result.status, JSON.stringify(overrides)).toBe(400);
      expect(result.data.error[field], field).toBeDefined();
    }
    const after = await getDb().selectFrom("audits").select("entry_id").execute();
    expect(after.length).toBe(before.length);
  });

  it("answers wrong types and huge strings with 400, never 500", async () => {
    const huge = "x".repeat(1_000_000);
    const hostile: Record<string, string | string[]>[] = [
      { focus: huge },
      { criteriaText: huge },
      { focus: ["one", "two"] },
      { conductedOn: ["2024-09-01", "2024-09-02"] },
      { criteriaText: ["a", "b"] },
      { schoolIds: Array.from({ length: 500 }, (_, i) => `id-${i}`) },
      { focus: "<script>alert(1)</script>", conductedOn: "'; drop table audits; --" },
    ];
    for (const overrides of hostile) {
      const result = await callAction(createAction, post("/audits/new", validAudit(overrides), participant));
      expect(result.status, Object.keys(overrides).join()).toBe(400);
    }
  });

  it("is only for participants: a lead or an admin gets 403, a visitor is sent to sign in", async () => {
    expect((await callLoader(newLoader, get("/audits/new", lead))).status).toBe(403);
    expect((await callAction(createAction, post("/audits/new", validAudit(), admin))).status).toBe(403);
    expect((await callLoader(newLoader, get("/audits/new"))).status).toBe(302);
  });
});

describe("the rating grid", () => {
  it("shows the owner every criterion and school, and saves part of the grid", async () => {
    const id = await createAudit(participant);
    const grid = await loadGrid(id);
    expect(grid.criteria).toHaveLength(3);
    expect(grid.schools).toHaveLength(3);
    expect(grid.ratings).toEqual([]);

    const partial = await rate(
      id,
      [
        [2, "", ""],
        ["", 4, ""],
      ],
      { "0,0": "Bar models in 3 of 5 Year 7 lessons" },
    );
    expect(partial.status).toBe(302);
    expect(partial.headers.get("Location")).toBe(`/audits/${id}?saved=ratings`);
    const page = await viewAudit(id);
    expect(page.data.audit).toMatchObject({ rated: 2, total: 9, status: "in_progress" });
    const first = page.data.audit.ratings.find(
      (r: { criterionId: string; schoolId: string }) =>
        r.criterionId === grid.criteria[0].id && r.schoolId === grid.schools[0].id,
    );
    expect(first).toMatchObject({ rating: 2, note: "Bar models in 3 of 5 Year 7 lessons" });
    const notice = await callLoader(auditLoader, get(`/audits/${id}?saved=ratings`, participant), { auditId: id });
    expect(notice.data.saved).toBe("ratings");
    expect(page.data.saved).toBeNull();

    // A cell set back to blank is unrated again; the others are kept.
    await rate(id, [
      ["", "", ""],
      ["", 4, ""],
    ]);
    expect(await ratingCount(id)).toBe(1);
  });

  it("marks the audit complete when every cell is rated, and in progress again when a cell is cleared", async () => {
    const id = await createAudit(participant);
    expect(
      (
        await rate(id, [
          [1, 2, 3],
          [4, 3, 2],
          [1, 1, 1],
        ])
      ).status,
    ).toBe(302);
    let entry = await getDb().selectFrom("entries").select("status").where("id", "=", id).executeTakeFirstOrThrow();
    expect(entry.status).toBe("complete");
    const page = await viewAudit(id);
    expect(page.data.audit.criteria.map((c: { mean: number }) => roundToTenth(c.mean))).toEqual([2, 3, 1]);

    await rate(id, [
      [1, 2, 3],
      [4, 3, 2],
      [1, 1, ""],
    ]);
    entry = await getDb().selectFrom("entries").select("status").where("id", "=", id).executeTakeFirstOrThrow();
    expect(entry.status).toBe("in_progress");
  });

  it("shows each problem beside its cell and saves nothing when any cell is wrong", async () => {
    const id = await createAudit(participant);
    await rate(id, [[3, "", ""]]);
    const grid = await loadGrid(id);
    const body = gridForm(
      grid,
      [
        [4, 7, ""],
        ["", "", "abc"],
        ["", "", ""],
      ],
      { "1,0": "n".repeat(501), "2,2": "A note with no rating" },
    );
    const result = await callAction(ratingsAction, post(`/audits/${id}/ratings`, body, participant), { auditId: id });
    expect(result.status).toBe(400);
    const error = result.data.error;
    expect(error["cells[1].rating"]).toEqual(["Choose a rating from the list"]);
    expect(error["cells[5].rating"]).toEqual(["Choose a rating from the list"]);
    expect(error["cells[3].note"]).toEqual(["The note must be 500 characters or fewer"]);
    expect(error["cells[8].rating"]).toEqual(["Choose a rating for this note, or clear the note"]);
    expect(result.data.initialValue.cells[0].rating).toBe("4");
    // Nothing changed: the earlier rating of 3 stands.
    const after = await loadGrid(id);
    expect(after.ratings).toEqual([expect.objectContaining({ rating: 3 })]);
  });

  it("refuses a criterion or school that is not part of this audit, beside the cell", async () => {
    const id = await createAudit(participant);
    const other = await createAudit(participant, { schoolIds: [schools[4].id] });
    const otherGrid = await loadGrid(other);
    const grid = await loadGrid(id);
    const body = gridForm(grid, [[1, 1, 1]]);
    body.set("cells[0].criterionId", otherGrid.criteria[0].id);
    body.set("cells[1].schoolId", schools[4].id);
    body.set("cells[2].schoolId", "' or 1=1 --");
    const result = await callAction(ratingsAction, post(`/audits/${id}/ratings`, body, participant), { auditId: id });
    expect(result.status).toBe(400);
    expect(result.data.error["cells[0].rating"][0]).toMatch(/criterion is not part of this audit/);
    expect(result.data.error["cells[1].rating"][0]).toMatch(/school is not part of this audit/);
    expect(result.data.error["cells[2].rating"][0]).toMatch(/school is not part of this audit/);
    expect(await ratingCount(id)).toBe(0);
    expect(await ratingCount(other)).toBe(0);

    const twice = gridForm(grid, [[1, 2, 3]]);
    twice.set("cells[1].schoolId", grid.schools[0].id);
    const duplicate = await callAction(ratingsAction, post(`/audits/${id}/ratings`, twice, participant), {
      auditId: id,
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.data.error.cells[0]).toMatch(/rated once/);
  });

  it("answers wrong types and huge values with 400, never 500", async () => {
    const id = await createAudit(participant);
    const grid = await loadGrid(id);
    const hostile: [string, string | string[]][] = [
      ["cells[0].rating", ["1", "2"]],
      ["cells[0].note", "x".repeat(200_000)],
      ["cells[0].criterionId", "x".repeat(100_000)],
      ["cells[0].rating", "1.5"],
      ["cells[0].rating", "-1"],
    ];
    for (const [name, value] of hostile) {
      const body = gridForm(grid, [[1]]);
      body.delete(name);
      for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
      const result = await callAction(ratingsAction, post(`/audits/${id}/ratings`, body, participant), { auditId: id });
      expect(result.status, name).toBe(400);
    }
    for (const body of [form({ cells: "x" }), form({ "cells[0]": "x" }), form({ "cells[0].rating": "2" })]) {
      const result = await callAction(ratingsAction, post(`/audits/${id}/ratings`, body, participant), { auditId: id });
      expect(result.status, [...body.keys()].join()).toBe(400);
    }
    // A cell the grid never offers is not a cell: nothing is saved.
    const odd = await callAction(
      ratingsAction,
      post(`/audits/${id}/ratings`, form({ "cells[x].rating": "2" }), participant),
      { auditId: id },
    );
    expect([302, 400]).toContain(odd.status);
    const tooMany = gridForm(grid, [[1]]);
    for (let i = 9; i < 40; i++) {
      tooMany.set(`cells[${i}].criterionId`, grid.criteria[0].id);
      tooMany.set(`cells[${i}].schoolId`, grid.schools[0].id);
    }
    expect(
      (await callAction(ratingsAction, post(`/audits/${id}/ratings`, tooMany, participant), { auditId: id })).status,
    ).toBe(400);
    expect(await ratingCount(id)).toBe(0);
  });
});

describe("who can see and rate an audit", () => {
  it("shared with leads: the cohort's lead and the admin read it, nobody else sees it, only the owner rates", async () => {
    const id = await createAudit(participant, { visibility: "leads", focus: "Shared with my leads" });
    await rate(id, [[2, 2, 2]]);
    const leadView = await viewAudit(id, lead);
    expect(leadView.status).toBe(200);
    expect(leadView.data.audit).toMatchObject({ focus: "Shared with my leads", canEdit: false, rated: 3 });
    expect((await viewAudit(id, admin)).status).toBe(200);
    for (const cookie of [neighbour, outsider, otherLead]) {
      const result = await viewAudit(id, cookie);
      expect(result.status).toBe(404);
      expect(JSON.stringify(result.data)).not.toContain("Shared with my leads");
    }
    expect((await viewAudit(id, "")).status).toBe(302);

    // The lead may read but not rate: 403. Others: 404. The ratings stay as the owner left them.
    expect((await callLoader(ratingsLoader, get(`/audits/${id}/ratings`, lead), { auditId: id })).status).toBe(403);
    expect((await callLoader(ratingsLoader, get(`/audits/${id}/ratings`, neighbour), { auditId: id })).status).toBe(
      404,
    );
    const grid = await loadGrid(id);
    for (const [cookie, status] of [
      [lead, 403],
      [admin, 403],
      [neighbour, 404],
      [outsider, 404],
    ] as const) {
      const result = await callAction(
        ratingsAction,
        post(`/audits/${id}/ratings`, gridForm(grid, [[4, 4, 4]]), cookie),
        { auditId: id },
      );
      expect(result.status).toBe(status);
    }
    expect((await loadGrid(id)).ratings.map((r) => r.rating)).toEqual([2, 2, 2]);
  });

  it("private: only the owner, not even the lead", async () => {
    const id = await createAudit(participant, { visibility: "private" });
    for (const cookie of [lead, admin, neighbour]) expect((await viewAudit(id, cookie)).status).toBe(404);
  });

  it("shared with the cohort: a participant of the cohort reads it but cannot rate, follow up or edit it", async () => {
    const id = await createAudit(participant, { visibility: "cohort" });
    const view = await viewAudit(id, neighbour);
    expect(view.status).toBe(200);
    expect(view.data.audit.canEdit).toBe(false);
    expect((await callLoader(ratingsLoader, get(`/audits/${id}/ratings`, neighbour), { auditId: id })).status).toBe(
      403,
    );
    expect((await startFollowUp(id, "2025-06-01", neighbour)).status).toBe(403);
    expect((await callLoader(editLoader, get(`/audits/${id}/edit`, neighbour), { auditId: id })).status).toBe(403);
    expect((await viewAudit(id, outsider)).status).toBe(404);
    expect((await viewAudit(id, otherLead)).status).toBe(404);
  });

  it("does not name a private initiative to someone who cannot open it", async () => {
    const db = getDb();
    const privateInitiative = await db
      .selectFrom("entries")
      .select(["id", "title"])
      .where("owner_id", "=", await userId(DEMO.participant))
      .where("kind", "=", "initiative")
      .executeTakeFirstOrThrow();
    await db.updateTable("entries").set({ visibility: "private" }).where("id", "=", privateInitiative.id).execute();
    try {
      const id = await createAudit(participant, { visibility: "cohort", initiativeId: privateInitiative.id });
      const view = await viewAudit(id, neighbour);
      expect(view.data.audit.initiative).toBeNull();
      expect(JSON.stringify(view.data)).not.toContain(privateInitiative.title);
      expect((await viewAudit(id)).data.audit.initiative.title).toBe(privateInitiative.title);
    } finally {
      await db.updateTable("entries").set({ visibility: "leads" }).where("id", "=", privateInitiative.id).execute();
    }
  });

  it("an unknown id, or the id of another kind of record, is a 404", async () => {
    for (const id of ["does-not-exist", "00000000-0000-0000-0000-000000000000", "' or 1=1 --", initiativeId]) {
      expect((await viewAudit(id)).status).toBe(404);
      expect((await callLoader(ratingsLoader, get(`/audits/x/ratings`, participant), { auditId: id })).status).toBe(
        404,
      );
      expect((await callLoader(editLoader, get(`/audits/x/edit`, participant), { auditId: id })).status).toBe(404);
    }
  });
});

describe("a follow-up audit", () => {
  const baselineRatings = [
    [1, 2, 2],
    [2, 2, 3],
    [1, 1, 2],
  ];
  const followUpRatings = [
    [3, 3, 2],
    [2, 3, 3],
    [2, 1, 2],
  ];

  it("repeats the baseline's schools and a copy of its criteria, with its initiative, sharing and tags", async () => {
    const baseline = await createAudit(participant, { visibility: "cohort" });
    const started = await startFollowUp(baseline, "2025-06-20");
    expect(started.status).toBe(302);
    const location = started.headers.get("Location") ?? "";
    expect(location).toMatch(/^\/audits\/[^/]+\/ratings$/);
    const followUp = location.split("/")[2];
    expect(followUp).not.toBe(baseline);

    const db = getDb();
    const row = await db.selectFrom("audits").selectAll().where("entry_id", "=", followUp).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: "follow_up", baseline_id: baseline, conducted_on: "2025-06-20" });
    const entry = await db.selectFrom("entries").selectAll().where("id", "=", followUp).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      kind: "audit",
      status: "in_progress",
      visibility: "cohort",
      initiative_id: initiativeId,
      occurred_on: "2025-06-20",
    });

    const [before, after] = await Promise.all([viewAudit(baseline), viewAudit(followUp)]);
    expect(after.data.audit.schools).toEqual(before.data.audit.schools);
    expect(after.data.audit.criteria.map((c: { text: string }) => c.text)).toEqual(
      before.data.audit.criteria.map((c: { text: string }) => c.text),
    );
    const links = await db
      .selectFrom("audit_criteria")
      .select(["baseline_criterion_id"])
      .where("audit_id", "=", followUp)
      .orderBy("position")
      .execute();
    expect(links.map((l) => l.baseline_criterion_id)).toEqual(
      before.data.audit.criteria.map((c: { id: string }) => c.id),
    );
    expect(after.data.audit.strands).toEqual(before.data.audit.strands);
    expect(after.data.audit.baseline).toEqual({ id: baseline, conductedOn: "2024-09-20" });
    expect((await viewAudit(baseline)).data.audit.followUps).toEqual([{ id: followUp, conductedOn: "2025-06-20" }]);
  });

  it("shows the change per criterion and per school, the means computed over the cells rated", async () => {
    const baseline = await createAudit(participant);
    await rate(baseline, baselineRatings);
    const followUp = (await startFollowUp(baseline, "2025-06-20")).headers.get("Location")!.split("/")[2];
    await rate(followUp, followUpRatings);

    const { comparison } = (await viewAudit(followUp)).data.audit;
    const shown = (rows: { baselineMean: number; followUpMean: number; change: number }[]) =>
      rows.map((r) => [formatMean(r.baselineMean), formatMean(r.followUpMean), formatChange(r.change)]);
    // Criterion 1: (1+2+2)/3 = 1.7 then (3+3+2)/3 = 2.7, up 1.0. Criterion 2: 7/3 then 8/3. Criterion 3: 4/3 then 5/3.
    expect(shown(comparison.byCriterion)).toEqual([
      ["1.7", "2.7", "+1.0"],
      ["2.3", "2.7", "+0.3"],
      ["1.3", "1.7", "+0.3"],
    ]);
    // Calderbrook: 4/3 then 7/3; Harrowfell: 5/3 then 7/3; Kestrel Moor: 7/3 then 7/3.
    expect(comparison.bySchool.map((r: { label: string }) => r.label)).toEqual([
      "Calderbrook Academy",
      "Harrowfell School",
      "Kestrel Moor Academy",
    ]);
    expect(shown(comparison.bySchool)).toEqual([
      ["1.3", "2.3", "+1.0"],
      ["1.7", "2.3", "+0.7"],
      ["2.3", "2.3", "0.0"],
    ]);
    expect(comparison.byCriterion[0].change).toBeCloseTo(1, 10);

    // A cell left unrated drops out of the mean rather than counting as zero.
    await rate(followUp, [["", 3, 2], ...followUpRatings.slice(1)]);
    const partial = (await viewAudit(followUp)).data.audit.comparison;
    expect(formatMean(partial.byCriterion[0].followUpMean)).toBe("2.5");
    // Calderbrook now: (2+2)/2 = 2.0 against 4/3 at the baseline.
    expect(formatMean(partial.bySchool[0].followUpMean)).toBe("2.0");
    expect(formatChange(partial.bySchool[0].change)).toBe("+0.7");
    // Worse reads with a minus sign.
    await rate(followUp, [[1, 1, 1], ...followUpRatings.slice(1)]);
    expect(formatChange((await viewAudit(followUp)).data.audit.comparison.byCriterion[0].change)).toBe("\u22120.7");
  });

  it("refuses a date before the baseline, a follow-up of a follow-up, and anyone but the owner", async () => {
    const baseline = await createAudit(participant);
    const early = await startFollowUp(baseline, "2024-09-19");
    expect(early.status).toBe(400);
    expect(early.data.error.conductedOn[0]).toMatch(/on or after the baseline audit \(20 September 2024\)/);
    expect((await startFollowUp(baseline, "not a date")).status).toBe(400);
    expect(
      (
        await callAction(auditAction, post(`/audits/${baseline}`, form({ intent: "explode" }), participant), {
          auditId: baseline,
        })
      ).status,
    ).toBe(400);

    const followUp = (await startFollowUp(baseline, "2025-06-20")).headers.get("Location")!.split("/")[2];
    const again = await startFollowUp(followUp, "2025-07-01");
    expect(again.status).toBe(400);
    expect(again.data.message).toMatch(/Only a baseline audit can be followed up/);

    expect((await startFollowUp(baseline, "2025-06-20", lead)).status).toBe(403);
    expect((await startFollowUp(baseline, "2025-06-20", neighbour)).status).toBe(404);
    const count = await getDb().selectFrom("audits").select("entry_id").where("baseline_id", "=", baseline).execute();
    expect(count).toHaveLength(1);
  });
});

describe("editing and deleting an audit", () => {
  async function editForm(id: string) {
    const result = await callLoader(editLoader, get(`/audits/${id}/edit`, participant), { auditId: id });
    expect(result.status).toBe(200);
    return result.data as Awaited<ReturnType<typeof editLoader>>;
  }

  function editBody(values: Record<string, string | string[]>, criteria: { id?: string; text: string }[]) {
    const fields: Record<string, string | string[]> = { ...values };
    criteria.forEach((c, i) => {
      fields[`criteria[${i}].id`] = c.id ?? "";
      fields[`criteria[${i}].text`] = c.text;
    });
    return form(fields);
  }

  const basics = {
    focus: "Representations, reworded",
    conductedOn: "2024-09-27",
    initiativeId: "",
    visibility: "private",
    strandIds: [],
    outcomeIds: [],
  };

  it("the owner rewords, removes and adds criteria; a removed criterion takes its ratings with it", async () => {
    const id = await createAudit(participant);
    await rate(id, [
      [1, 1, 1],
      [2, 2, 2],
      [3, 3, 3],
    ]);
    const current = await editForm(id);
    expect(current.audit.values.criteria).toHaveLength(3);
    const [first, second] = current.audit.values.criteria;
    const result = await callAction(
      editAction,
      post(
        `/audits/${id}/edit`,
        editBody(basics, [
          { id: second.id, text: "Pupils choose and explain a representation" },
          { id: first.id, text: first.text },
          { text: "Displays show the trust’s agreed representations" },
        ]),
        participant,
      ),
      { auditId: id },
    );
    expect(result.status, JSON.stringify(result.data)).toBe(302);
    expect(result.headers.get("Location")).toBe(`/audits/${id}?saved=audit`);
    const page = (await viewAudit(id)).data.audit;
    expect(page).toMatchObject({
      focus: "Representations, reworded",
      conductedOn: "2024-09-27",
      visibility: "private",
      initiative: null,
      status: "in_progress",
    });
    expect(page.criteria.map((c: { text: string }) => c.text)).toEqual([
      "Pupils choose and explain a representation",
      first.text,
      "Displays show the trust’s agreed representations",
    ]);
    expect(page.strands).toEqual([]);
    // Criterion 3's three ratings went with it; the kept criteria keep theirs.
    expect(page.rated).toBe(6);
    expect(page.criteria.map((c: { mean: number | null }) => c.mean)).toEqual([2, 1, null]);
  });

  it("keeps the dates of a baseline and its follow-up in order", async () => {
    const baseline = await createAudit(participant);
    const followUp = (await startFollowUp(baseline, "2025-06-20")).headers.get("Location")!.split("/")[2];
    const followUpForm = await editForm(followUp);
    const early = await callAction(
      editAction,
      post(
        `/audits/${followUp}/edit`,
        editBody({ ...basics, conductedOn: "2024-09-01" }, followUpForm.audit.values.criteria),
        participant,
      ),
      { auditId: followUp },
    );
    expect(early.status).toBe(400);
    expect(early.data.error.conductedOn[0]).toMatch(/on or after its baseline/);
    const baselineForm = await editForm(baseline);
    const late = await callAction(
      editAction,
      post(
        `/audits/${baseline}/edit`,
        editBody({ ...basics, conductedOn: "2025-07-01" }, baselineForm.audit.values.criteria),
        participant,
      ),
      { auditId: baseline },
    );
    expect(late.status).toBe(400);
    expect(late.data.error.conductedOn[0]).toMatch(/on or before its follow-up/);
  });

  it("returns 400 beside the field for an empty criterion, none at all, or another audit's criterion", async () => {
    const id = await createAudit(participant);
    const other = await createAudit(participant);
    const mine = (await editForm(id)).audit.values.criteria;
    const theirs = (await editForm(other)).audit.values.criteria;
    const blank = await callAction(
      editAction,
      post(`/audits/${id}/edit`, editBody(basics, [{ id: mine[0].id, text: " " }]), participant),
      { auditId: id },
    );
    expect(blank.status).toBe(400);
    expect(blank.data.error["criteria[0].text"]).toEqual(["Enter the criterion"]);
    const none = await callAction(editAction, post(`/audits/${id}/edit`, editBody(basics, []), participant), {
      auditId: id,
    });
    expect(none.status).toBe(400);
    expect(none.data.error.criteria).toEqual(["Keep at least one criterion"]);
    const stolen = await callAction(
      editAction,
      post(`/audits/${id}/edit`, editBody(basics, [{ id: theirs[0].id, text: "Mine now" }]), participant),
      { auditId: id },
    );
    expect(stolen.status).toBe(400);
    expect(stolen.data.error["criteria[0].id"]).toEqual(["This criterion is not part of this audit"]);
    for (const body of [
      form({ ...basics, criteria: "x" }),
      form({ ...basics, "criteria[0]": "x" }),
      form({ ...basics, "criteria[0].id": ["a", "b"], "criteria[0].text": "t" }),
    ]) {
      expect(
        (await callAction(editAction, post(`/audits/${id}/edit`, body, participant), { auditId: id })).status,
      ).toBe(400);
    }
    const long = await callAction(
      editAction,
      post(`/audits/${id}/edit`, editBody(basics, [{ id: mine[0].id, text: "y".repeat(301) }]), participant),
      { auditId: id },
    );
    expect(long.status).toBe(400);
    const untouched = (await editForm(other)).audit.values.criteria;
    expect(untouched).toEqual(theirs);
  });

  it("nobody but the owner edits or deletes: a lead gets 403, another participant 404", async () => {
    const id = await createAudit(participant, { visibility: "leads", focus: "Not yours to change" });
    const body = editBody(basics, [{ text: "Hijacked" }]);
    expect((await callLoader(editLoader, get(`/audits/${id}/edit`, lead), { auditId: id })).status).toBe(403);
    expect((await callAction(editAction, post(`/audits/${id}/edit`, body, lead), { auditId: id })).status).toBe(403);
    expect((await callAction(editAction, post(`/audits/${id}/edit`, body, neighbour), { auditId: id })).status).toBe(
      404,
    );
    expect(
      (await callAction(editAction, post(`/audits/${id}/edit`, form({ intent: "delete" }), lead), { auditId: id }))
        .status,
    ).toBe(403);
    expect(
      (await callAction(editAction, post(`/audits/${id}/edit`, form({ intent: "delete" }), outsider), { auditId: id }))
        .status,
    ).toBe(404);
    const row = await getDb().selectFrom("audits").select("focus").where("entry_id", "=", id).executeTakeFirstOrThrow();
    expect(row.focus).toBe("Not yours to change");
  });

  it("a baseline with a follow-up cannot be deleted until the follow-up goes; then both go with their ratings", async () => {
    const baseline = await createAudit(participant);
    await rate(baseline, [[1, 2, 3]]);
    const followUp = (await startFollowUp(baseline, "2025-06-20")).headers.get("Location")!.split("/")[2];
    await rate(followUp, [[2, 2, 3]]);

    expect((await editForm(baseline)).audit.followUpCount).toBe(1);
    const refused = await callAction(
      editAction,
      post(`/audits/${baseline}/edit`, form({ intent: "delete" }), participant),
      { auditId: baseline },
    );
    expect(refused.status).toBe(409);
    expect(refused.data.message).toMatch(/Delete the follow-up audit first/);
    expect((await viewAudit(baseline)).status).toBe(200);

    const removedFollowUp = await callAction(
      editAction,
      post(`/audits/${followUp}/edit`, form({ intent: "delete" }), participant),
      { auditId: followUp },
    );
    expect(removedFollowUp.status).toBe(302);
    expect(removedFollowUp.headers.get("Location")).toBe("/audits");
    expect((await viewAudit(followUp)).status).toBe(404);
    expect((await viewAudit(baseline)).data.audit.followUps).toEqual([]);

    const criteria = (await loadGrid(baseline)).criteria.map((c) => c.id);
    expect(
      (
        await callAction(editAction, post(`/audits/${baseline}/edit`, form({ intent: "delete" }), participant), {
          auditId: baseline,
        })
      ).status,
    ).toBe(302);
    expect((await viewAudit(baseline)).status).toBe(404);
    const leftover = await getDb()
      .selectFrom("audit_ratings")
      .select("rating")
      .where("criterion_id", "in", criteria)
      .execute();
    expect(leftover).toEqual([]);
  });
});

describe("the list of audits", () => {
  it("lists only the participant's own audits, with the kind, date, ratings filled and initiative", async () => {
    const baseline = await createAudit(participant, { focus: "Listed audit" });
    await rate(baseline, [[1, 2, 3], [1]]);
    const followUp = (await startFollowUp(baseline, "2025-06-20")).headers.get("Location")!.split("/")[2];
    const list = await callLoader(listLoader, get("/audits", participant));
    expect(list.status).toBe(200);
    const mine = list.data.audits.filter((a: { id: string }) => a.id === baseline || a.id === followUp);
    expect(mine).toEqual([
      expect.objectContaining({
        id: followUp,
        focus: "Listed audit",
        kind: "follow_up",
        conductedOn: "2025-06-20",
        rated: 0,
        total: 9,
      }),
      expect.objectContaining({
        id: baseline,
        kind: "baseline",
        conductedOn: "2024-09-20",
        rated: 4,
        total: 9,
        initiativeTitle: "A shared vision for teaching for mastery across Pennine Ridge",
      }),
    ]);
    const owners = await getDb()
      .selectFrom("entries")
      .select("owner_id")
      .where(
        "id",
        "in",
        list.data.audits.map((a: { id: string }) => a.id),
      )
      .execute();
    expect(new Set(owners.map((o) => o.owner_id))).toEqual(new Set([await userId(DEMO.participant)]));

    const neighbourList = await callLoader(listLoader, get("/audits", neighbour));
    expect(neighbourList.data.audits.map((a: { id: string }) => a.id)).not.toContain(baseline);
    const leadList = await callLoader(listLoader, get("/audits", lead));
    expect(leadList.data).toMatchObject({ audits: [], isParticipant: false });
  });
});

describe("the numbers", () => {
  it("always read with one decimal place, rounding half away from zero, and a change carries its sign", () => {
    expect([2, 2.25, 1 / 3, 8 / 3, 4].map(formatMean)).toEqual(["2.0", "2.3", "0.3", "2.7", "4.0"]);
    expect(formatMean(null)).toBe("Not rated");
    expect([0.5, 0, -0.25, -0.04, 1 / 3, -2 / 3].map(formatChange)).toEqual([
      "+0.5",
      "0.0",
      "\u22120.3",
      "0.0",
      "+0.3",
      "\u22120.7",
    ]);
  });
});
