import { randomUUID } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { loader as ownExportLoader } from "~/routes/account_.export";
import { action as personAction } from "~/routes/admin.people_.$userId";
import { createSession, serializeSessionId } from "~/utils/session.server";
import { callAction, cookieFor, DEMO, form, get, post } from "./helpers";

// Self-service export (/account/export): everything a person wrote, as JSON plus their evidence files, including the
// tables of migration 0005; never a password hash, never anybody else's private words. And erasure still removes
// everything of theirs from those tables (cascades) and unhooks them from what they did to other people's.

const db = () => getDb();
const now = new Date().toISOString();
const C = {
  fileBytes: `CANARY-EXPORT-FILE-${randomUUID()}`,
  findings: `CANARY-EXPORT-FINDINGS-${randomUUID()}`,
  overrideReason: `CANARY-EXPORT-OVERRIDE-${randomUUID()}`,
  adaptation: `CANARY-EXPORT-ADAPTATION-${randomUUID()}`,
  implementationNote: `CANARY-EXPORT-IMPLEMENTATION-${randomUUID()}`,
  statement: `CANARY-EXPORT-STATEMENT-${randomUUID()}`,
  leadNote: `CANARY-EXPORT-LEAD-NOTE-${randomUUID()}`,
  otherPrivate: `CANARY-OTHER-PRIVATE-${randomUUID()}`,
  otherStatement: `CANARY-OTHER-STATEMENT-${randomUUID()}`,
  passwordHash: `$argon2id$not-a-real-hash-${randomUUID()}`,
};

const ids = {
  exporter: "",
  other: "",
  lead: "",
  cohort: "",
  initiative: "",
  evaluation: "",
  evidence: "",
  exporterReview: "",
  otherReview: "",
  criterion: "",
  school: "",
};
const cookies: Record<"exporter" | "other" | "lead", string> = { exporter: "", other: "", lead: "" };

async function addUser(name: string) {
  const id = randomUUID();
  await db()
    .insertInto("users")
    .values({
      id,
      email: `${id}@example.org`,
      name,
      password_hash: C.passwordHash,
      is_admin: 0,
      deactivated_at: null,
      created_at: now,
    })
    .execute();
  return id;
}

async function cookie(userId: string) {
  return (await serializeSessionId(await createSession(db(), userId))).split(";")[0];
}

async function addEntry(
  owner: string,
  kind: "initiative" | "reflection",
  title: string,
  visibility: "private" | "leads",
) {
  const id = randomUUID();
  await db()
    .insertInto("entries")
    .values({
      id,
      kind,
      owner_id: owner,
      cohort_id: ids.cohort,
      initiative_id: null,
      title,
      status: kind === "initiative" ? "in_progress" : "written",
      visibility,
      occurred_on: "2025-10-01",
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

async function download(cookieHeader: string | undefined) {
  const context = { cspNonce: "n", clientAddress: "203.0.113.7" };
  try {
    const response = (await ownExportLoader({
      request: get("/account/export", cookieHeader),
      params: {},
      context,
    } as never)) as Response;
    return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, headers: thrown.headers, bytes: new Uint8Array() };
    throw thrown;
  }
}

function unpack(bytes: Uint8Array) {
  const zip = unzipSync(bytes);
  const json = strFromU8(zip["data.json"]);
  return { zip, json, data: JSON.parse(json) };
}

beforeAll(async () => {
  const programme = await db()
    .selectFrom("programmes")
    .select("id")
    .where("code", "=", "PDLP")
    .executeTakeFirstOrThrow();
  ids.criterion = (
    await db()
      .selectFrom("accreditation_criteria")
      .select("id")
      .where("programme_id", "=", programme.id)
      .orderBy("position")
      .executeTakeFirstOrThrow()
  ).id;
  ids.school = (
    await db().selectFrom("organisations").select("id").where("kind", "=", "school").executeTakeFirstOrThrow()
  ).id;
  ids.cohort = randomUUID();
  await db()
    .insertInto("cohorts")
    .values({ id: ids.cohort, programme_id: programme.id, name: "Export test cohort", academic_year: "2025/26" })
    .execute();
  ids.exporter = await addUser("Erin Exporter");
  ids.other = await addUser("Olu Other");
  ids.lead = await addUser("Lee Lead");
  const exporterMembership = randomUUID();
  const otherMembership = randomUUID();
  await db()
    .insertInto("memberships")
    .values([
      {
        id: exporterMembership,
        cohort_id: ids.cohort,
        user_id: ids.exporter,
        role: "participant",
        track: "new",
        trust_id: null,
      },
      {
        id: otherMembership,
        cohort_id: ids.cohort,
        user_id: ids.other,
        role: "participant",
        track: "new",
        trust_id: null,
      },
      { id: randomUUID(), cohort_id: ids.cohort, user_id: ids.lead, role: "lead", track: null, trust_id: null },
    ])
    .execute();

  ids.initiative = await addEntry(ids.exporter, "initiative", "Exporter's initiative", "leads");
  await db()
    .insertInto("initiatives")
    .values({
      entry_id: ids.initiative,
      problem: "p",
      evidence_of_need: "e",
      approach: "a",
      active_ingredients: "i",
      starts_on: "2025-09-01",
      ends_on: "2026-07-01",
    })
    .execute();
  ids.evidence = randomUUID();
  await db()
    .insertInto("evidence")
    .values({
      id: ids.evidence,
      entry_id: ids.initiative,
      kind: "file",
      title: "Survey results",
      description: "",
      url: null,
      file_name: "survey.txt",
      mime: "text/plain",
      size: C.fileBytes.length,
      bytes: Buffer.from(C.fileBytes),
      created_by: ids.exporter,
      created_at: now,
      evidence_type: "pupil_data",
    })
    .execute();
  ids.evaluation = randomUUID();
  await db()
    .insertInto("evaluations")
    .values({
      id: ids.evaluation,
      initiative_id: ids.initiative,
      level: 5,
      looked_for: "scores",
      method: "data",
      findings: C.findings,
      judgement: "some_impact",
      updated_at: now,
    })
    .execute();
  await db()
    .insertInto("evaluation_evidence")
    .values({ evaluation_id: ids.evaluation, evidence_id: ids.evidence })
    .execute();
  await db()
    .insertInto("initiative_status_overrides")
    .values({
      id: randomUUID(),
      initiative_id: ids.initiative,
      rag: "at_risk",
      reason: C.overrideReason,
      created_by: ids.exporter,
      created_at: now,
    })
    .execute();
  await db()
    .insertInto("initiative_adaptations")
    .values({
      id: randomUUID(),
      initiative_id: ids.initiative,
      subject: "design",
      subject_id: ids.initiative,
      what_changed: C.adaptation,
      why: "why",
      before_json: "{}",
      after_json: "{}",
      changed_by: ids.exporter,
      changed_at: now,
    })
    .execute();
  await db()
    .insertInto("school_implementation")
    .values({
      initiative_id: ids.initiative,
      school_id: ids.school,
      adoption: 3,
      fidelity: 2,
      sustainment: null,
      note: C.implementationNote,
      updated_at: now,
    })
    .execute();
  await db().insertInto("entry_criteria").values({ entry_id: ids.initiative, criterion_id: ids.criterion }).execute();
  await db()
    .insertInto("evidence_criteria")
    .values({ evidence_id: ids.evidence, criterion_id: ids.criterion })
    .execute();
  ids.exporterReview = randomUUID();
  ids.otherReview = randomUUID();
  await db()
    .insertInto("criterion_reviews")
    .values([
      {
        id: ids.exporterReview,
        membership_id: exporterMembership,
        criterion_id: ids.criterion,
        status: "needs_work",
        reviewer_id: ids.lead,
        note: C.leadNote,
        statement: C.statement,
        updated_at: now,
      },
      {
        id: ids.otherReview,
        membership_id: otherMembership,
        criterion_id: ids.criterion,
        status: "approved",
        reviewer_id: ids.lead,
        note: "Well done",
        statement: C.otherStatement,
        updated_at: now,
      },
    ])
    .execute();
  await db()
    .insertInto("criterion_review_events")
    .values([
      {
        id: randomUUID(),
        review_id: ids.exporterReview,
        status: "submitted",
        note: "",
        actor_id: ids.exporter,
        at: now,
      },
      {
        id: randomUUID(),
        review_id: ids.exporterReview,
        status: "needs_work",
        note: C.leadNote,
        actor_id: ids.lead,
        at: now,
      },
      {
        id: randomUUID(),
        review_id: ids.otherReview,
        status: "approved",
        note: "Well done",
        actor_id: ids.lead,
        at: now,
      },
    ])
    .execute();
  // The other participant's private words, which nobody else's export may carry.
  const otherReflection = await addEntry(ids.other, "reflection", "Other's private reflection", "private");
  await db()
    .insertInto("reflections")
    .values({
      entry_id: otherReflection,
      body: C.otherPrivate,
      prompt_what: "",
      prompt_so_what: "",
      prompt_now_what: "",
      written_on: "2025-10-01",
      workshop_id: null,
    })
    .execute();

  cookies.exporter = await cookie(ids.exporter);
  cookies.other = await cookie(ids.other);
  cookies.lead = await cookie(ids.lead);
});

describe("downloading all your data", () => {
  it("needs sign-in", async () => {
    const anonymous = await download(undefined);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/sign-in/);
  });

  it("zips JSON with every row of yours, the new tables included, your evidence file bytes and a README", async () => {
    const file = await download(cookies.exporter);
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Type")).toBe("application/zip");
    expect(file.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="strands-data-erin-exporter-\d{4}-\d{2}-\d{2}\.zip"/,
    );
    expect(file.headers.get("Cache-Control")).toBe("private, no-store");
    const { zip, data } = unpack(file.bytes);
    expect(data.user).toMatchObject({ id: ids.exporter, name: "Erin Exporter" });
    expect(data.evaluations).toEqual([expect.objectContaining({ id: ids.evaluation, findings: C.findings })]);
    expect(data.evaluation_evidence).toEqual([{ evaluation_id: ids.evaluation, evidence_id: ids.evidence }]);
    expect(data.initiative_status_overrides).toEqual([
      expect.objectContaining({ reason: C.overrideReason, rag: "at_risk" }),
    ]);
    expect(data.initiative_adaptations).toEqual([expect.objectContaining({ what_changed: C.adaptation })]);
    expect(data.school_implementation).toEqual([expect.objectContaining({ note: C.implementationNote, adoption: 3 })]);
    expect(data.entry_criteria).toEqual([{ entry_id: ids.initiative, criterion_id: ids.criterion }]);
    expect(data.evidence_criteria).toEqual([{ evidence_id: ids.evidence, criterion_id: ids.criterion }]);
    expect(data.evidence).toEqual([expect.objectContaining({ id: ids.evidence, evidence_type: "pupil_data" })]);
    expect(data.criterion_reviews).toEqual([
      expect.objectContaining({ statement: C.statement, status: "needs_work", note: C.leadNote }),
    ]);
    expect(data.criterion_review_events.map((e: { status: string }) => e.status).sort()).toEqual([
      "needs_work",
      "submitted",
    ]);
    expect(data.reference.accreditation_criteria.map((c: { id: string }) => c.id)).toEqual([ids.criterion]);
    expect(data.reference.cohorts.map((c: { name: string }) => c.name)).toEqual(["Export test cohort"]);
    // The evidence file's own bytes.
    const fileName = Object.keys(zip).find((name) => name.startsWith(`files/${ids.evidence}`));
    expect(fileName).toBe(`files/${ids.evidence}-survey.txt`);
    expect(strFromU8(zip[fileName!])).toBe(C.fileBytes);
    // The README explains every section of data.json.
    const readme = strFromU8(zip["README.txt"]);
    for (const key of Object.keys(data).filter((k) => !["about", "exported_at", "exported_by"].includes(k))) {
      expect(readme, `README explains ${key}`).toContain(key);
    }
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(["README.txt", "data.json", "records.csv"]));
  });

  it("never holds a password hash or anyone else's private words", async () => {
    const { zip } = unpack((await download(cookies.exporter)).bytes);
    const everything = Object.values(zip)
      .map((bytes) => strFromU8(bytes))
      .join("\n");
    expect(everything).not.toContain(C.passwordHash);
    expect(everything).not.toMatch(/password_hash/);
    expect(everything).not.toContain(C.otherPrivate);
    expect(everything).not.toContain(C.otherStatement);
  });

  it("gives a lead the reviews they gave, without the participants' statements", async () => {
    const { data, json } = unpack((await download(cookies.lead)).bytes);
    expect(data.user.id).toBe(ids.lead);
    expect(data.criterion_reviews_given.map((r: { id: string }) => r.id).sort()).toEqual(
      [ids.exporterReview, ids.otherReview].sort(),
    );
    expect(data.criterion_review_events_by_them).toHaveLength(2);
    expect(json).not.toContain(C.statement);
    expect(json).not.toContain(C.otherStatement);
    expect(json).not.toContain(C.otherPrivate);
    expect(json).not.toContain(C.findings);
  });

  it("is recorded in the audit trail as the person exporting themself", async () => {
    const events = await db()
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "export")
      .where("subject_id", "=", ids.exporter)
      .execute();
    expect(events.length).toBeGreaterThan(0);
    expect(
      events.every(
        (e) => e.actor_id === ids.exporter && e.subject_kind === "person" && e.subject_owner_id === ids.exporter,
      ),
    ).toBe(true);
  });
});

describe("erasure with the evaluation and accreditation tables", () => {
  it("removes the person's rows in every new table and keeps what they did to others, unattributed", async () => {
    const admin = await cookieFor(DEMO.admin);
    const exporterEmail = `${ids.exporter}@example.org`;
    const erased = await callAction(
      personAction,
      post(`/admin/people/${ids.exporter}`, form({ intent: "erase", confirmEmail: exporterEmail }), admin),
      { userId: ids.exporter },
    );
    expect(erased.status).toBe(302);
    const count = async (query: Promise<unknown[]>) => (await query).length;
    expect(
      await count(db().selectFrom("evaluations").select("id").where("initiative_id", "=", ids.initiative).execute()),
    ).toBe(0);
    expect(
      await count(
        db()
          .selectFrom("evaluation_evidence")
          .select("evidence_id")
          .where("evaluation_id", "=", ids.evaluation)
          .execute(),
      ),
    ).toBe(0);
    expect(
      await count(
        db()
          .selectFrom("initiative_status_overrides")
          .select("id")
          .where("initiative_id", "=", ids.initiative)
          .execute(),
      ),
    ).toBe(0);
    expect(
      await count(
        db().selectFrom("initiative_adaptations").select("id").where("initiative_id", "=", ids.initiative).execute(),
      ),
    ).toBe(0);
    expect(
      await count(
        db()
          .selectFrom("school_implementation")
          .select("school_id")
          .where("initiative_id", "=", ids.initiative)
          .execute(),
      ),
    ).toBe(0);
    expect(
      await count(
        db().selectFrom("entry_criteria").select("entry_id").where("entry_id", "=", ids.initiative).execute(),
      ),
    ).toBe(0);
    expect(
      await count(
        db().selectFrom("evidence_criteria").select("evidence_id").where("evidence_id", "=", ids.evidence).execute(),
      ),
    ).toBe(0);
    expect(
      await count(db().selectFrom("criterion_reviews").select("id").where("id", "=", ids.exporterReview).execute()),
    ).toBe(0);
    expect(
      await count(
        db().selectFrom("criterion_review_events").select("id").where("review_id", "=", ids.exporterReview).execute(),
      ),
    ).toBe(0);
    // Nothing anywhere else still names her.
    expect(
      await count(
        db().selectFrom("criterion_review_events").select("id").where("actor_id", "=", ids.exporter).execute(),
      ),
    ).toBe(0);

    // Erasing the lead: the other participant's review and its history stay, with no reviewer or actor.
    const lead = await callAction(
      personAction,
      post(`/admin/people/${ids.lead}`, form({ intent: "erase", confirmEmail: `${ids.lead}@example.org` }), admin),
      { userId: ids.lead },
    );
    expect(lead.status).toBe(302);
    expect(
      await db()
        .selectFrom("criterion_reviews")
        .select(["status", "reviewer_id", "statement"])
        .where("id", "=", ids.otherReview)
        .executeTakeFirst(),
    ).toEqual({ status: "approved", reviewer_id: null, statement: C.otherStatement });
    expect(
      await db()
        .selectFrom("criterion_review_events")
        .select(["status", "actor_id"])
        .where("review_id", "=", ids.otherReview)
        .execute(),
    ).toEqual([{ status: "approved", actor_id: null }]);
  });
});
