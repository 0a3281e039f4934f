import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { loader as auditLogLoader } from "~/routes/admin.audit-log";
import { loader as exportFileLoader } from "~/routes/cohorts.$cohortId_.export.$file";
import { loader as storyLoader } from "~/routes/cohorts.$cohortId_.participants.$userId";
import { action as editAction } from "~/routes/reflections.$reflectionId.edit";
import { loader as viewLoader } from "~/routes/reflections.$reflectionId._index";
import { action as createAction, loader as newLoader } from "~/routes/reflections.new";
import { callAction, callLoader, cookieFor, DEMO, form, get, post, userId } from "./helpers";

// The audit trail: one event per change, per view of someone else's record, per export; never the text.

const SECRET_TEXT = "CANARY-AUDIT-TEXT we watched a research lesson";

let participant: string;
let lead: string;
let admin: string;
let participantId: string;
let leadId: string;
let options: Awaited<ReturnType<typeof newLoader>>["options"];

function reflection(overrides: Record<string, string> = {}) {
  const cohort = options[0];
  return form({
    cohortId: cohort.cohortId,
    title: "Audit trail reflection",
    writtenOn: "2025-02-07",
    mode: "prompted",
    promptWhat: SECRET_TEXT,
    promptSoWhat: "So what",
    promptNowWhat: "Now what",
    visibility: "leads",
    ...overrides,
  });
}

async function eventsFor(subjectId: string) {
  return getDb().selectFrom("audit_log").selectAll().where("subject_id", "=", subjectId).orderBy("at").execute();
}

beforeAll(async () => {
  [participant, lead, admin] = await Promise.all([DEMO.participant, DEMO.lead, DEMO.admin].map(cookieFor));
  [participantId, leadId] = await Promise.all([userId(DEMO.participant), userId(DEMO.lead)]);
  options = (await callLoader(newLoader, get("/reflections/new", participant))).data.options;
});

describe("changes are recorded", () => {
  it("records creating, changing and deleting a reflection with field names, never the text", async () => {
    const created = await callAction(createAction, post("/reflections/new", reflection(), participant));
    expect(created.status).toBe(302);
    const id = (created.headers.get("Location") ?? "").replace("/reflections/", "");
    const edited = await callAction(
      editAction,
      post(`/reflections/${id}/edit`, reflection({ title: "Renamed" }), participant),
      { reflectionId: id },
    );
    expect(edited.status).toBe(302);
    const removed = await callAction(
      editAction,
      post(`/reflections/${id}/edit`, form({ intent: "delete" }), participant),
      {
        reflectionId: id,
      },
    );
    expect(removed.status).toBe(302);

    const events = await eventsFor(id);
    expect(events.map((e) => e.action)).toEqual(["create", "update", "delete"]);
    for (const e of events) {
      expect(e).toMatchObject({ actor_id: participantId, subject_kind: "reflection", subject_owner_id: participantId });
      expect(Number.isNaN(Date.parse(e.at))).toBe(false);
    }
    expect(JSON.parse(events[0].fields ?? "[]")).toEqual(expect.arrayContaining(["promptWhat", "title", "visibility"]));
    const everything = JSON.stringify(await getDb().selectFrom("audit_log").selectAll().execute());
    expect(everything).not.toContain("CANARY-AUDIT-TEXT");
    expect(everything).not.toContain("Renamed");
  });

  it("records nothing when a change is refused", async () => {
    const created = await callAction(createAction, post("/reflections/new", reflection(), participant));
    const id = (created.headers.get("Location") ?? "").replace("/reflections/", "");
    const neighbour = await cookieFor(DEMO.sameCohortParticipant);
    const refused = await callAction(
      editAction,
      post(`/reflections/${id}/edit`, form({ intent: "delete" }), neighbour),
      {
        reflectionId: id,
      },
    );
    expect([403, 404]).toContain(refused.status);
    expect((await eventsFor(id)).map((e) => e.action)).toEqual(["create"]);
  });
});

describe("views of someone else's data are recorded", () => {
  it("records exactly one event when a lead opens a participant's reflection, none when the owner does", async () => {
    const created = await callAction(createAction, post("/reflections/new", reflection(), participant));
    const id = (created.headers.get("Location") ?? "").replace("/reflections/", "");
    expect((await callLoader(viewLoader, get(`/reflections/${id}`, participant), { reflectionId: id })).status).toBe(
      200,
    );
    expect((await eventsFor(id)).filter((e) => e.action === "view")).toHaveLength(0);

    expect((await callLoader(viewLoader, get(`/reflections/${id}`, lead), { reflectionId: id })).status).toBe(200);
    const views = (await eventsFor(id)).filter((e) => e.action === "view");
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ actor_id: leadId, subject_owner_id: participantId, fields: null });
  });

  it("records no view when the record is refused", async () => {
    const created = await callAction(
      createAction,
      post("/reflections/new", reflection({ visibility: "private" }), participant),
    );
    const id = (created.headers.get("Location") ?? "").replace("/reflections/", "");
    expect((await callLoader(viewLoader, get(`/reflections/${id}`, lead), { reflectionId: id })).status).toBe(404);
    expect((await eventsFor(id)).filter((e) => e.action === "view")).toHaveLength(0);
  });

  it("records a lead opening a participant's story page", async () => {
    const cohortId = options[0].cohortId;
    const page = await callLoader(storyLoader, get(`/cohorts/${cohortId}/participants/${participantId}`, lead), {
      cohortId,
      userId: participantId,
    });
    expect(page.status).toBe(200);
    const events = (await eventsFor(participantId)).filter(
      (e) => e.subject_kind === "participant" && e.actor_id === leadId,
    );
    expect(events.length).toBeGreaterThanOrEqual(1);
  });
});

describe("exports are recorded", () => {
  it("records a lead downloading the cohort's reflections CSV, and not an unknown file", async () => {
    const cohortId = options[0].cohortId;
    const before = (await eventsFor(cohortId)).length;
    const file = await callLoader(exportFileLoader, get(`/cohorts/${cohortId}/export/reflections.csv`, lead), {
      cohortId,
      file: "reflections.csv",
    });
    expect(file.status).toBe(200);
    const unknown = await callLoader(exportFileLoader, get(`/cohorts/${cohortId}/export/nothing.csv`, lead), {
      cohortId,
      file: "nothing.csv",
    });
    expect(unknown.status).toBe(404);
    const events = await eventsFor(cohortId);
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({ action: "export", actor_id: leadId, subject_kind: "cohort" });
  });
});

describe("the audit log is append-only", () => {
  it("refuses UPDATE and DELETE in the database itself", async () => {
    const db = getDb();
    const row = await db.selectFrom("audit_log").select("id").executeTakeFirstOrThrow();
    await expect(
      db.updateTable("audit_log").set({ actor_id: null }).where("id", "=", row.id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom("audit_log").where("id", "=", row.id).execute()).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
    expect(await db.selectFrom("audit_log").select("id").where("id", "=", row.id).executeTakeFirst()).toBeDefined();
  });
});

describe("the audit log page", () => {
  it("lists recent events to admins, filtered by person", async () => {
    const all = await callLoader(auditLogLoader, get("/admin/audit-log", admin));
    expect(all.status).toBe(200);
    expect(all.data.events.length).toBeGreaterThan(0);
    const mine = await callLoader(auditLogLoader, get(`/admin/audit-log?person=${leadId}`, admin));
    expect(mine.status).toBe(200);
    expect(mine.data.events.length).toBeGreaterThan(0);
    for (const e of mine.data.events) expect([e.actorId, e.subjectOwnerId, e.subjectId]).toContain(leadId);
    const nobody = await callLoader(auditLogLoader, get(`/admin/audit-log?person=${"x".repeat(5000)}`, admin));
    expect(nobody.status).toBe(200);
  });

  it("is 403 for leads and participants", async () => {
    for (const cookie of [lead, participant]) {
      expect((await callLoader(auditLogLoader, get("/admin/audit-log", cookie))).status).toBe(403);
    }
  });
});
