import { randomUUID } from "node:crypto";
import { strFromU8, unzipSync, unzlibSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { toWinAnsi } from "~/accreditation/document-pdf.server";
import { loader as pageLoader } from "~/routes/cohorts.$cohortId_.accreditation_.$userId_.document";
import { loader as docxLoader } from "~/routes/cohorts.$cohortId_.accreditation_.$userId_.document[.]docx";
import { loader as pdfLoader } from "~/routes/cohorts.$cohortId_.accreditation_.$userId_.document[.]pdf";
import { createSession, serializeSessionId } from "~/utils/session.server";
import {
  createAdaptation,
  createCohort,
  createCriterionReview,
  createEvaluation,
  createEvidence,
  createInitiative,
  createMembership,
  createOrganisation,
  createReflection,
  createUser,
} from "./factories";
import { callLoader, cookieFor, DEMO, get, userId } from "./helpers";

// The Accreditation Evidence Document, from a fixed PD Lead dataset: the Word file's text holds every criterion
// (in order), the participant's statements, the mapped evidence, the reflections and the evaluation findings; the
// PDF is a real PDF with the same text; only the participant, the cohort's leads and admins may have it; a lead
// never sees what the participant keeps private.

const db = () => getDb();
const T = {
  statement1: `I designed a six-session programme on ratio tables for 14 teachers across three schools ${randomUUID()}`,
  statement2: `My evaluation compared pupils’ ratio test scores before and after — £0 extra cost ${randomUUID()}`,
  statement4: `Knowledge of maths vs. knowledge of teaching maths: see session 3 ${randomUUID()}`,
  evidenceSurvey: `Session feedback survey ${randomUUID()}`,
  evidenceObservation: `Lesson observation notes ${randomUUID()}`,
  evidencePrivate: `Private draft plan ${randomUUID()}`,
  reflectionEarly: `After workshop one I realised the design needed collaborative planning ${randomUUID()}`,
  reflectionLate: `The second cycle showed teachers using ratio tables unprompted ${randomUUID()}`,
  reflectionPrivate: `Private worry about time ${randomUUID()}`,
  findingsLevel1: `Teachers rated the sessions 4.6 out of 5 on average ${randomUUID()}`,
  findingsLevel5: `Mean score on the ratio assessment rose from 41% to 58% ${randomUUID()}`,
  adaptation: `Moved session 4 after the mock exams ${randomUUID()}`,
  leadNote: `Clear design rationale ${randomUUID()}`,
};

let criteria: { id: string; text: string }[];
let cohortId: string;
let participantId: string;
let cookies: Record<"participant" | "other" | "lead" | "otherLead" | "admin", string>;

async function sessionCookie(id: string) {
  return (await serializeSessionId(await createSession(db(), id))).split(";")[0];
}

beforeAll(async () => {
  const programme = await db()
    .selectFrom("programmes")
    .select("id")
    .where("code", "=", "PDLP")
    .executeTakeFirstOrThrow();
  criteria = await db()
    .selectFrom("accreditation_criteria")
    .select(["id", "text"])
    .where("programme_id", "=", programme.id)
    .orderBy("position")
    .execute();
  expect(criteria.length).toBeGreaterThanOrEqual(4);

  const trust = await createOrganisation(db(), { kind: "trust", name: "Test Ridge Trust" });
  const schools: string[] = [];
  for (const name of ["Test School 1", "Test School 2"]) {
    schools.push((await createOrganisation(db(), { kind: "school", name, parentId: trust.id })).id);
  }
  const cohort = await createCohort(db(), {
    programmeId: programme.id,
    name: "2025/26 PD Lead — Test",
    academicYear: "2025/26",
    workshops: [{ title: "Workshop 1: Designing PD", heldOn: "2025-10-01" }],
  });
  cohortId = cohort.id;
  const [workshopId] = cohort.workshopIds;

  participantId = (await createUser(db(), { name: "Sam O’Neill" })).id;
  const otherId = (await createUser(db(), { name: "Another Participant" })).id;
  const leadId = (await createUser(db(), { name: "Pat Lead" })).id;
  const { id: membershipId } = await createMembership(db(), {
    cohortId,
    userId: participantId,
    track: "new",
    trustId: trust.id,
  });
  await createMembership(db(), { cohortId, userId: otherId, track: "new", trustId: trust.id });
  await createMembership(db(), { cohortId, userId: leadId, role: "lead" });

  const mine = { ownerId: participantId, cohortId };
  const { id: initiativeId } = await createInitiative(db(), {
    ...mine,
    title: "Ratio tables across the trust",
    status: "evaluating",
    visibility: "leads",
    problem: "Pupils treat ratio as a procedure.",
    evidenceOfNeed: "Mock exam item analysis.",
    approach: "Collaborative lesson design.",
    activeIngredients: "Ratio tables; joint planning.",
    startsOn: "2025-09-01",
    endsOn: "2026-07-01",
    schoolIds: schools,
    actions: [
      {
        description: "Run session 1 on ratio tables",
        ownerName: "Sam",
        dueOn: "2025-10-15",
        successCriteria: "All 14 teachers attend",
        rag: "done",
      },
      {
        description: "Observe a lesson in each school",
        ownerName: "Sam",
        dueOn: "2026-02-01",
        successCriteria: "Three observations",
        rag: "on_track",
      },
    ],
  });
  const survey = await createEvidence(db(), {
    entryId: initiativeId,
    title: T.evidenceSurvey,
    evidenceType: "reaction",
    criterionIds: [criteria[0].id],
  });
  await createEvidence(db(), {
    entryId: initiativeId,
    title: T.evidenceObservation,
    evidenceType: "observation",
    criterionIds: [criteria[1].id],
  });
  await createEvaluation(db(), {
    initiativeId,
    level: 1,
    lookedFor: "Whether teachers valued the sessions",
    method: "survey",
    findings: T.findingsLevel1,
    judgement: "strong_impact",
    evidenceIds: [survey.id],
  });
  await createEvaluation(db(), {
    initiativeId,
    level: 5,
    lookedFor: "Change in pupils’ ratio scores",
    method: "data",
    findings: T.findingsLevel5,
    judgement: "some_impact",
  });
  await createAdaptation(db(), {
    initiativeId,
    whatChanged: T.adaptation,
    why: "Teachers were busy with mocks.",
    changedBy: participantId,
  });

  // Reflections written out of date order; one private.
  await createReflection(db(), {
    ...mine,
    initiativeId,
    title: "Second cycle",
    visibility: "leads",
    writtenOn: "2026-03-10",
    body: T.reflectionLate,
  });
  await createReflection(db(), {
    ...mine,
    initiativeId,
    title: "After workshop one",
    visibility: "leads",
    writtenOn: "2025-10-02",
    body: T.reflectionEarly,
    workshopId,
    criterionIds: [criteria[2].id],
  });
  const secret = await createReflection(db(), {
    ...mine,
    title: "Private worries",
    visibility: "private",
    writtenOn: "2025-11-01",
    body: T.reflectionPrivate,
  });
  await createEvidence(db(), { entryId: secret.id, title: T.evidencePrivate, criterionIds: [criteria[0].id] });

  await createCriterionReview(db(), {
    membershipId,
    criterionId: criteria[0].id,
    status: "approved",
    reviewerId: leadId,
    note: T.leadNote,
    statement: T.statement1,
  });
  await createCriterionReview(db(), {
    membershipId,
    criterionId: criteria[1].id,
    status: "submitted",
    statement: T.statement2,
  });
  await createCriterionReview(db(), {
    membershipId,
    criterionId: criteria[3].id,
    status: "needs_work",
    reviewerId: leadId,
    note: "Say more.",
    statement: T.statement4,
  });

  cookies = {
    participant: await sessionCookie(participantId),
    other: await sessionCookie(otherId),
    lead: await sessionCookie(leadId),
    otherLead: await cookieFor(DEMO.lead), // leads the North cohort, not this one
    admin: await cookieFor(DEMO.admin),
  };
});

const path = (suffix = "") => `/cohorts/${cohortId}/accreditation/${participantId}/document${suffix}`;
const params = () => ({ cohortId, userId: participantId });

async function download(loader: typeof docxLoader, suffix: string, cookie: string | undefined) {
  const context = { cspNonce: "n", clientAddress: "203.0.113.7" };
  try {
    const response = (await loader({
      request: get(path(suffix), cookie),
      params: params(),
      context,
    } as never)) as Response;
    return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, headers: thrown.headers, bytes: new Uint8Array() };
    if (thrown && typeof thrown === "object" && (thrown as { type?: string }).type === "DataWithResponseInit")
      return {
        status: (thrown as { init: { status: number } }).init.status,
        headers: new Headers(),
        bytes: new Uint8Array(),
      };
    throw thrown;
  }
}

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The document's text as Word shows it: the runs of each paragraph joined, paragraphs on separate lines. */
function wordText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1])).join(""),
    )
    .join("\n");
}

/** The text a PDF draws with PDFKit's standard fonts: hex strings in TJ arrays, in WinAnsi, per content stream. */
function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString("latin1");
  const out: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index! + match[0].length;
    const end = raw.indexOf("endstream", start);
    let content: string;
    try {
      content = Buffer.from(unzlibSync(bytes.subarray(start, end))).toString("latin1");
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const line = [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)]
        .map((h) => Buffer.from(h[1], "hex").toString("latin1"))
        .join("");
      out.push(line);
    }
  }
  return out.join("\n");
}

/** What toWinAnsi's text looks like in the PDF's strings: Windows-1252 bytes, read back as Latin-1. */
const CP1252_HIGH = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ"; // bytes 0x80-0x9f
const CP1252 = new Map([...CP1252_HIGH].map((char, i) => [char, String.fromCharCode(0x80 + i)]));
const asPdfString = (text: string) => [...toWinAnsi(text)].map((c) => CP1252.get(c) ?? c).join("");

describe("the Word document", () => {
  it("holds every criterion in order, the statements, mapped evidence, reflections and evaluation findings", async () => {
    const file = await download(docxLoader, ".docx", cookies.participant);
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(file.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="accreditation-evidence-sam-o-neill-2025-26-pd-lead-test\.docx"/,
    );
    expect(strFromU8(file.bytes.subarray(0, 2))).toBe("PK");
    const zip = unzipSync(file.bytes);
    const xml = strFromU8(zip["word/document.xml"]);
    const text = wordText(xml);

    // The contents list names each criterion too: look in the criteria section itself.
    const criteriaSection = text.lastIndexOf("Evidence by accreditation criterion");
    const positions = criteria.map((c) => text.indexOf(c.text, criteriaSection));
    positions.forEach((p, i) => expect(p, `criterion ${i + 1}: ${criteria[i].text}`).toBeGreaterThan(-1));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const value of [
      T.statement1,
      T.statement2,
      T.statement4,
      T.evidenceSurvey,
      T.evidenceObservation,
      T.reflectionEarly,
      T.reflectionLate,
      T.findingsLevel1,
      T.findingsLevel5,
      T.adaptation,
      T.leadNote,
    ]) {
      expect(text, value).toContain(value);
    }
    // Each statement and its evidence sit under their own criterion.
    expect(text.indexOf(T.statement1)).toBeGreaterThan(positions[0]);
    expect(text.indexOf(T.statement1)).toBeLessThan(positions[1]);
    expect(text.indexOf(T.statement2)).toBeGreaterThan(positions[1]);
    expect(text.lastIndexOf(T.evidenceObservation)).toBeGreaterThan(positions[1]);
    expect(text.lastIndexOf(T.evidenceObservation)).toBeLessThan(positions[2]);
    expect(text.indexOf(T.statement4)).toBeGreaterThan(positions[3]);
    // Reflections in date order, with their workshop; the owner's own private one is hers to include.
    expect(text.indexOf(T.reflectionEarly)).toBeLessThan(text.indexOf(T.reflectionLate));
    expect(text).toContain("Workshop: Workshop 1: Designing PD");
    expect(text).toContain(T.reflectionPrivate);
    expect(text).toContain(T.evidencePrivate);
    // Word's own heading styles (the navigation pane), a filled-in table of contents, tables, page numbers.
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toMatch(/<w:instrText[^>]*>TOC /); // a real table of contents, filled in with page numbers
    expect(xml).toMatch(
      /<w:hyperlink w:history="1" w:anchor="_Toc\d+"><w:r><w:t xml:space="preserve">Evidence by accreditation criterion<\/w:t>/,
    );
    expect(text).toContain("Evidence by accreditation criterion");
    expect(xml.match(/<w:tbl>/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(text).toContain("Run session 1 on ratio tables");
    const footer = Object.keys(zip).find((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(footer).toBeDefined();
    expect(strFromU8(zip[footer!])).toMatch(/PAGE/);
    const core = strFromU8(zip["docProps/core.xml"]);
    expect(core).toContain("Accreditation Evidence Document: Sam O’Neill");
    expect(core).toContain("<dc:creator>Sam O’Neill</dc:creator>");
  });

  it("is recorded as an export in the audit trail", async () => {
    const events = await db()
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "export")
      .where("subject_owner_id", "=", participantId)
      .execute();
    expect(events.some((e) => e.subject_kind === "accreditation_document_docx" && e.actor_id === participantId)).toBe(
      true,
    );
  });

  it("gives a lead what the participant shared, never her private records", async () => {
    const file = await download(docxLoader, ".docx", cookies.lead);
    expect(file.status).toBe(200);
    const text = wordText(strFromU8(unzipSync(file.bytes)["word/document.xml"]));
    expect(text).toContain(T.statement1);
    expect(text).toContain(T.reflectionEarly);
    expect(text).not.toContain(T.reflectionPrivate);
    expect(text).not.toContain(T.evidencePrivate);
    expect(text).toContain("Records they keep private are not included");
  });

  it("is refused (404) to another participant, a lead of another cohort and anyone signed out (sign in)", async () => {
    expect((await download(docxLoader, ".docx", cookies.other)).status).toBe(404);
    expect((await download(docxLoader, ".docx", cookies.otherLead)).status).toBe(404);
    expect((await download(docxLoader, ".docx", cookies.admin)).status).toBe(200);
    const anonymous = await download(docxLoader, ".docx", undefined);
    expect(anonymous.status).toBe(302);
    const events = await db()
      .selectFrom("audit_log")
      .select("actor_id")
      .where("subject_kind", "=", "accreditation_document_docx")
      .execute();
    expect(events.map((e) => e.actor_id)).not.toContain(await userId(DEMO.lead));
  });
});

describe("the PDF", () => {
  it("is a PDF with the criteria, statements, reflections and findings as text, curly quotes and £ included", async () => {
    const file = await download(pdfLoader, ".pdf", cookies.participant);
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Type")).toBe("application/pdf");
    expect(file.headers.get("Content-Disposition")).toMatch(
      /filename="accreditation-evidence-sam-o-neill-2025-26-pd-lead-test\.pdf"/,
    );
    expect(Buffer.from(file.bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = pdfText(file.bytes).replace(/\n/g, " ");
    const flat = (s: string) => asPdfString(s);
    // Long lines wrap, so look for each text's opening words.
    for (const value of [criteria[0].text, criteria[3].text, T.statement2, T.reflectionEarly, T.findingsLevel5]) {
      expect(text, value).toContain(flat(value).slice(0, 30));
    }
    expect(text).toContain("\x92"); // the curly apostrophe in "teachers’ knowledge"
    expect(text).toContain("\xa3"); // £
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it("replaces what Helvetica cannot draw rather than printing garbage", () => {
    expect(toWinAnsi("Scores ≥ 5 → pass ✓ 🎉 Łódź “quoted” – £3")).toBe("Scores >= 5 -> pass yes ? Lódz “quoted” – £3");
  });

  it("is refused (404) to another participant", async () => {
    expect((await download(pdfLoader, ".pdf", cookies.other)).status).toBe(404);
  });
});

describe("the printable page", () => {
  it("shows the document to the participant and her lead, with download links, and 404 to others", async () => {
    const page = await callLoader(pageLoader, get(path(), cookies.participant), params());
    expect(page.status).toBe(200);
    expect(page.data.doc.criteria.map((c: { text: string }) => c.text)).toEqual(criteria.map((c) => c.text));
    expect(page.data.doc.criteria[0].evidence.map((e: { title: string }) => e.title)).toEqual(
      [T.evidencePrivate, T.evidenceSurvey].sort((a, b) => a.localeCompare(b, "en-GB")),
    );
    expect(page.data.doc.reflections.map((r: { writtenOn: string }) => r.writtenOn)).toEqual([
      "2025-10-02",
      "2025-11-01",
      "2026-03-10",
    ]);
    const criteriaRule = page.data.doc.readiness.items.find((i: { key: string }) => i.key === "criteria_evidence");
    expect(criteriaRule.met).toBe(false);
    expect(criteriaRule.detail).toMatch(/^Criterion 3: /); // criterion 3 has a record but no statement

    const lead = await callLoader(pageLoader, get(path(), cookies.lead), params());
    expect(lead.status).toBe(200);
    expect(JSON.stringify(lead.data)).not.toContain(T.reflectionPrivate);
    const view = await db()
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "view")
      .where("subject_kind", "=", "accreditation_document")
      .where("subject_owner_id", "=", participantId)
      .execute();
    expect(view).toHaveLength(1); // the lead's view; the participant's own is not an audit event

    expect((await callLoader(pageLoader, get(path(), cookies.other), params())).status).toBe(404);
    expect((await callLoader(pageLoader, get(path(), cookies.otherLead), params())).status).toBe(404);
    const unknown = await callLoader(pageLoader, get(path(), cookies.lead), { cohortId, userId: "nobody" });
    expect(unknown.status).toBe(404);
  });

  it("still gives a programme without accreditation criteria its document, without the criteria section", async () => {
    const owner = await userId(DEMO.participant);
    const membership = await db()
      .selectFrom("memberships")
      .select("cohort_id")
      .where("user_id", "=", owner)
      .where("role", "=", "participant")
      .executeTakeFirstOrThrow();
    const page = await callLoader(
      pageLoader,
      get(`/cohorts/${membership.cohort_id}/accreditation/${owner}/document`, await cookieFor(DEMO.participant)),
      { cohortId: membership.cohort_id, userId: owner },
    );
    expect(page.status).toBe(200);
    expect(page.data.doc.hasCriteria).toBe(false);
    expect(page.data.doc.initiatives.length).toBeGreaterThan(0);
  });
});
