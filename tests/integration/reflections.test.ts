import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { action as editAction, loader as editLoader } from "~/routes/reflections.$reflectionId.edit";
import { loader as viewLoader } from "~/routes/reflections.$reflectionId._index";
import { loader as listLoader } from "~/routes/reflections._index";
import { action as createAction, loader as newLoader } from "~/routes/reflections.new";
import { callAction, callLoader, cookieFor, DEMO, form, get, post } from "./helpers";

let participant: string;
let neighbour: string;
let outsider: string;
let lead: string;
let otherLead: string;
let options: Awaited<ReturnType<typeof newLoader>>["options"];

function prompted(overrides: Record<string, string | string[]> = {}) {
  const cohort = options[0];
  return form({
    cohortId: cohort.cohortId,
    title: "After workshop 2: lesson study",
    writtenOn: "2025-02-07",
    mode: "prompted",
    promptWhat: "We watched a research lesson on ratio tables.",
    promptSoWhat: "Our HoDs saw how much the task design mattered.",
    promptNowWhat: "Run a lesson study cycle in two schools before Easter.",
    workshopId: cohort.workshops[1].id,
    visibility: "leads",
    strandIds: [cohort.strands[1].id],
    outcomeIds: [cohort.strands[1].statements[0].id],
    ...overrides,
  });
}

async function create(cookie: string, body: URLSearchParams) {
  const result = await callAction(createAction, post("/reflections/new", body, cookie));
  expect(result.status, JSON.stringify(result.data?.error)).toBe(302);
  return (result.headers.get("Location") ?? "").replace("/reflections/", "");
}

beforeAll(async () => {
  [participant, neighbour, outsider, lead, otherLead] = await Promise.all(
    [DEMO.participant, DEMO.sameCohortParticipant, DEMO.otherCohortParticipant, DEMO.lead, DEMO.otherLead].map(
      cookieFor,
    ),
  );
  const page = await callLoader(newLoader, get("/reflections/new", participant));
  expect(page.status).toBe(200);
  options = page.data.options;
});

describe("writing a reflection", () => {
  it("offers the cohort's three workshops and the participant's own initiatives only", async () => {
    expect(options).toHaveLength(1);
    expect(options[0].workshops).toHaveLength(3);
    const owners = await getDb()
      .selectFrom("entries")
      .select("owner_id")
      .where(
        "id",
        "in",
        options[0].initiatives.map((i) => i.id),
      )
      .execute();
    expect(new Set(owners.map((o) => o.owner_id)).size).toBe(1);
  });

  it("saves a prompted reflection with its workshop, initiative and tags, and shows it", async () => {
    const initiativeId = options[0].initiatives[0].id;
    const id = await create(participant, prompted({ initiativeId }));
    const page = await callLoader(viewLoader, get(`/reflections/${id}`, participant), { reflectionId: id });
    const r = page.data.reflection;
    expect(r).toMatchObject({
      title: "After workshop 2: lesson study",
      writtenOn: "2025-02-07",
      mode: "prompted",
      promptSoWhat: "Our HoDs saw how much the task design mattered.",
      workshopTitle: options[0].workshops[1].title,
      initiativeId,
      canEdit: true,
    });
    expect(r.strands.map((s: { id: string }) => s.id)).toEqual([options[0].strands[1].id]);
    const entry = await getDb()
      .selectFrom("entries")
      .select(["occurred_on", "kind"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ occurred_on: "2025-02-07", kind: "reflection" });
  });

  it("saves free text, and keeps only the text of the way chosen", async () => {
    const id = await create(
      participant,
      prompted({
        mode: "free",
        body: "A free reflection.",
        promptWhat: "left over",
        promptSoWhat: "",
        promptNowWhat: "",
      }),
    );
    const row = await getDb()
      .selectFrom("reflections")
      .selectAll()
      .where("entry_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.body).toBe("A free reflection.");
    expect(row.prompt_what).toBe("");
  });

  it("asks for each prompt in prompted mode, and keeps what was typed", async () => {
    const result = await callAction(
      createAction,
      post("/reflections/new", prompted({ promptSoWhat: "", promptNowWhat: "" }), participant),
    );
    expect(result.status).toBe(400);
    expect(result.data.error.promptSoWhat).toEqual(["Write what it means (so what)"]);
    expect(result.data.error.promptNowWhat).toEqual(["Write what you will do next (now what)"]);
    expect(result.data.initialValue.promptWhat).toBe("We watched a research lesson on ratio tables.");
    const free = await callAction(
      createAction,
      post("/reflections/new", prompted({ mode: "free", body: "" }), participant),
    );
    expect(free.data.error.body).toEqual(["Write your reflection"]);
  });

  it("refuses another participant's initiative, another cohort's workshop, bad dates and hostile input with 400", async () => {
    const neighbourInitiative = await getDb()
      .selectFrom("entries")
      .innerJoin("users", "users.id", "entries.owner_id")
      .select("entries.id")
      .where("users.email", "=", DEMO.sameCohortParticipant)
      .where("entries.kind", "=", "initiative")
      .executeTakeFirstOrThrow();
    const otherWorkshop = await getDb()
      .selectFrom("workshops")
      .innerJoin("cohorts", "cohorts.id", "workshops.cohort_id")
      .select("workshops.id")
      .where("cohorts.name", "=", "2026/27 Hub Community — West")
      .executeTakeFirstOrThrow();
    const cases: [Record<string, string | string[]>, string][] = [
      [{ initiativeId: neighbourInitiative.id }, "initiativeId"],
      [{ workshopId: otherWorkshop.id }, "workshopId"],
      [{ writtenOn: "2025-02-30" }, "writtenOn"],
      [{ mode: "poem" }, "mode"],
      [{ visibility: "world" }, "visibility"],
      [{ promptWhat: "x".repeat(1_000_000) }, "promptWhat"],
      [{ title: ["one", "two"] }, "title"],
    ];
    const before = (await callLoader(listLoader, get("/reflections", participant))).data.reflections.length;
    for (const [overrides, field] of cases) {
      const result = await callAction(createAction, post("/reflections/new", prompted(overrides), participant));
      expect(result.status, field).toBe(400);
      expect(result.data.error[field], field).toBeDefined();
    }
    expect((await callLoader(listLoader, get("/reflections", participant))).data.reflections.length).toBe(before);
  });
});

describe("who can read and change a reflection", () => {
  it("private: only its author", async () => {
    const id = await create(participant, prompted({ visibility: "private", title: "Private thoughts" }));
    for (const cookie of [lead, neighbour, outsider, otherLead]) {
      const result = await callLoader(viewLoader, get(`/reflections/${id}`, cookie), { reflectionId: id });
      expect(result.status).toBe(404);
      expect(JSON.stringify(result.data)).not.toContain("Private thoughts");
    }
  });

  it("shared with leads: the cohort's lead reads it, nobody else; only the author edits", async () => {
    const id = await create(participant, prompted({ visibility: "leads", title: "For my lead" }));
    const leadView = await callLoader(viewLoader, get(`/reflections/${id}`, lead), { reflectionId: id });
    expect(leadView.status).toBe(200);
    expect(leadView.data.reflection.canEdit).toBe(false);
    for (const cookie of [neighbour, outsider, otherLead]) {
      expect((await callLoader(viewLoader, get(`/reflections/${id}`, cookie), { reflectionId: id })).status).toBe(404);
    }
    expect((await callLoader(editLoader, get(`/reflections/${id}/edit`, lead), { reflectionId: id })).status).toBe(403);
    const hijack = await callAction(
      editAction,
      post(`/reflections/${id}/edit`, prompted({ title: "Hijacked" }), lead),
      { reflectionId: id },
    );
    expect(hijack.status).toBe(403);
    const remove = await callAction(
      editAction,
      post(`/reflections/${id}/edit`, form({ intent: "delete" }), neighbour),
      { reflectionId: id },
    );
    expect(remove.status).toBe(404);
    const row = await getDb().selectFrom("entries").select("title").where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.title).toBe("For my lead");
  });

  it("does not name a linked initiative the reader may not see", async () => {
    const privateInitiative = await getDb()
      .selectFrom("entries")
      .innerJoin("users", "users.id", "entries.owner_id")
      .select(["entries.id", "entries.title"])
      .where("entries.kind", "=", "initiative")
      .where("entries.visibility", "=", "private")
      .executeTakeFirst();
    if (!privateInitiative) throw new Error("the demo cohort should have a private initiative");
    const ownerEmail = (
      await getDb()
        .selectFrom("entries")
        .innerJoin("users", "users.id", "entries.owner_id")
        .select("users.email")
        .where("entries.id", "=", privateInitiative.id)
        .executeTakeFirstOrThrow()
    ).email;
    const owner = await cookieFor(ownerEmail);
    const ownerOptions = (await callLoader(newLoader, get("/reflections/new", owner))).data.options[0];
    const id = await create(
      owner,
      form({
        cohortId: ownerOptions.cohortId,
        title: "Shared reflection on a private initiative",
        writtenOn: "2025-03-01",
        mode: "free",
        body: "Text",
        visibility: "leads",
        initiativeId: privateInitiative.id,
      }),
    );
    const leadView = await callLoader(viewLoader, get(`/reflections/${id}`, lead), { reflectionId: id });
    expect(leadView.status).toBe(200);
    expect(leadView.data.reflection.initiativeId).toBeNull();
    expect(JSON.stringify(leadView.data)).not.toContain(privateInitiative.title);
  });

  it("the author edits and deletes; the list shows only their own, newest first", async () => {
    const id = await create(participant, prompted({ title: "To be edited", writtenOn: "2026-01-20" }));
    const edited = await callAction(
      editAction,
      post(`/reflections/${id}/edit`, prompted({ title: "Edited", writtenOn: "2026-01-21" }), participant),
      { reflectionId: id },
    );
    expect(edited.status).toBe(302);
    const list = await callLoader(listLoader, get("/reflections", participant));
    expect(list.data.reflections[0]).toMatchObject({ id, title: "Edited", writtenOn: "2026-01-21" });
    const neighbourList = await callLoader(listLoader, get("/reflections", neighbour));
    expect(neighbourList.data.reflections.map((r: { id: string }) => r.id)).not.toContain(id);
    const removed = await callAction(
      editAction,
      post(`/reflections/${id}/edit`, form({ intent: "delete" }), participant),
      { reflectionId: id },
    );
    expect(removed.status).toBe(302);
    expect((await callLoader(viewLoader, get(`/reflections/${id}`, participant), { reflectionId: id })).status).toBe(
      404,
    );
  });
});
