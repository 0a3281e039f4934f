import { randomUUID } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { loader as ownExportLoader } from "~/routes/account_.export";
import { action as personAction } from "~/routes/admin.people_.$userId";
import { createSession, serializeSessionId } from "~/utils/session.server";
import {
  createAdaptation,
  createCohort,
  createCriterionReview,
  createEvaluation,
  createEvidence,
  createInitiative,
  createMembership,
  createReflection,
  createSchoolImplementation,
  createStatusOverride,
  createUser,
} from "./factories";
import { callAction, cookieFor, DEMO, form, get, post } from "./helpers";

// Self-service export (/account/export): everything a person wrote, as JSON plus their evidence files, including the
// tables of migration 0005; never a password hash, never anybody else's private words. And erasure still removes
// everything of theirs from those tables (cascades) and unhooks them from what they did to other people's.

const db = () => getDb();
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
const emails = { exporter: "", lead: "" };
const cookies: Record<"exporter" | "other" | "lead", string> = { exporter: "", other: "", lead: "" };

async function cookie(userId: string) {
  return (await serializeSessionId(await createSession(db(), userId))).split(";")[0];
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
  ids.cohort = (
    await createCohort(db(), { programmeId: programme.id, name: "Export test cohort", academicYear: "2025/26" })
  ).id;
  // Every account has the same known hash, so the test can look for it in the export.
  const exporter = await createUser(db(), { name: "Erin Exporter", passwordHash: C.passwordHash });
  const other = await createUser(db(), { name: "Olu Other", passwordHash: C.passwordHash });
  const lead = await createUser(db(), { name: "Lee Lead", passwordHash: C.passwordHash });
  ids.exporter = exporter.id;
  ids.other = other.id;
  ids.lead = lead.id;
  emails.exporter = exporter.email;
  emails.lead = lead.email;
  const exporterMembership = await createMembership(db(), { cohortId: ids.cohort, userId: ids.exporter, track: "new" });
  const otherMembership = await createMembership(db(), { cohortId: ids.cohort, userId: ids.other, track: "new" });
  await createMembership(db(), { cohortId: ids.cohort, userId: ids.lead, role: "lead" });

  ids.initiative = (
    await createInitiative(db(), {
      ownerId: ids.exporter,
      cohortId: ids.cohort,
      title: "Exporter's initiative",
      visibility: "leads",
      occurredOn: "2025-10-01",
      problem: "p",
      evidenceOfNeed: "e",
      approach: "a",
      activeIngredients: "i",
      startsOn: "2025-09-01",
      endsOn: "2026-07-01",
      criterionIds: [ids.criterion],
    })
  ).id;
  ids.evidence = (
    await createEvidence(db(), {
      entryId: ids.initiative,
      title: "Survey results",
      fileName: "survey.txt",
      mime: "text/plain",
      bytes: C.fileBytes,
      createdBy: ids.exporter,
      evidenceType: "pupil_data",
      criterionIds: [ids.criterion],
    })
  ).id;
  ids.evaluation = (
    await createEvaluation(db(), {
      initiativeId: ids.initiative,
      level: 5,
      lookedFor: "scores",
      method: "data",
      findings: C.findings,
      judgement: "some_impact",
      evidenceIds: [ids.evidence],
    })
  ).id;
  await createStatusOverride(db(), {
    initiativeId: ids.initiative,
    rag: "at_risk",
    reason: C.overrideReason,
    createdBy: ids.exporter,
  });
  await createAdaptation(db(), {
    initiativeId: ids.initiative,
    whatChanged: C.adaptation,
    why: "why",
    changedBy: ids.exporter,
  });
  await createSchoolImplementation(db(), {
    initiativeId: ids.initiative,
    schoolId: ids.school,
    adoption: 3,
    fidelity: 2,
    sustainment: null,
    note: C.implementationNote,
  });
  ids.exporterReview = (
    await createCriterionReview(db(), {
      membershipId: exporterMembership.id,
      criterionId: ids.criterion,
      status: "needs_work",
      reviewerId: ids.lead,
      note: C.leadNote,
      statement: C.statement,
      events: [
        { status: "submitted", actorId: ids.exporter },
        { status: "needs_work", note: C.leadNote, actorId: ids.lead },
      ],
    })
  ).id;
  ids.otherReview = (
    await createCriterionReview(db(), {
      membershipId: otherMembership.id,
      criterionId: ids.criterion,
      status: "approved",
      reviewerId: ids.lead,
      note: "Well done",
      statement: C.otherStatement,
      events: [{ status: "approved", note: "Well done", actorId: ids.lead }],
    })
  ).id;
  // The other participant's private words, which nobody else's export may carry.
  await createReflection(db(), {
    ownerId: ids.other,
    cohortId: ids.cohort,
    title: "Other's private reflection",
    visibility: "private",
    writtenOn: "2025-10-01",
    body: C.otherPrivate,
  });

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
    const erased = await callAction(
      personAction,
      post(`/admin/people/${ids.exporter}`, form({ intent: "erase", confirmEmail: emails.exporter }), admin),
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
      post(`/admin/people/${ids.lead}`, form({ intent: "erase", confirmEmail: emails.lead }), admin),
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
