import { randomUUID } from "node:crypto";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoEvidence, tinyBarChartPng, tinyPdf } from "../../db/seed/demo-evidence";
import { getDb } from "~/db.server";
import { checkEvidenceFile, listOwnEvidence, sanitiseFileName } from "~/evidence/evidence.server";
import { action as deleteAction, loader as deleteLoader } from "~/routes/evidence.$evidenceId.delete";
import { loader as downloadLoader } from "~/routes/evidence.$evidenceId.download";
import { action as editAction, loader as editLoader } from "~/routes/evidence.$evidenceId.edit";
import { loader as listLoader } from "~/routes/evidence._index";
import { loader as initiativeLoader } from "~/routes/initiatives.$initiativeId._index";
import { action as newAction, loader as newLoader } from "~/routes/records_.$entryId.evidence.new";
import { loadViewer } from "~/utils/permissions.server";
import { MAX_EVIDENCE_FILE_BYTES } from "~/utils/security.server";
import { createTask, createTaskResponse } from "./factories";
import { BASE, callAction, callLoader, DEMO, demoCookies, form, get, post, userId } from "./helpers";

let participant: string;
let neighbour: string;
let outsider: string;
let lead: string;
let otherLead: string;
let admin: string;
let initiativeId: string;
let neighbourInitiativeId: string;
let cohortId: string;
let statementIds: string[];
let otherProgrammeStatementId: string;

const PDF = tinyPdf("Year 7 fluency baseline", ["41% of Year 7 scored under 20 of 25.", "Checked September 2024."]);
const PNG = tinyBarChartPng([
  [1, 2],
  [2, 3],
]);

type Fields = Record<string, string | string[] | File>;

function multipart(path: string, fields: Fields, cookie?: string): Request {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  return new Request(BASE + path, { method: "POST", body, headers: cookie ? { Cookie: cookie } : {} });
}

function file(bytes: Uint8Array | string, name: string, type = "application/octet-stream"): File {
  return new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });
}

function addPath(entryId = initiativeId) {
  return `/records/${entryId}/evidence/new`;
}

async function addEvidence(fields: Fields, cookie = participant, entryId = initiativeId) {
  return callAction(newAction, multipart(addPath(entryId), fields, cookie), { entryId });
}

function fileFields(overrides: Fields = {}): Fields {
  return {
    kind: "file",
    title: "Year 7 baseline check",
    description: "Results of the September multiplication check across both schools.",
    file: file(PDF, "baseline.pdf", "application/pdf"),
    outcomeIds: [statementIds[0]],
    ...overrides,
  };
}

function linkFields(overrides: Fields = {}): Fields {
  return {
    kind: "link",
    title: "NCETM five big ideas",
    description: "The page we used to agree our shared principles.",
    url: "https://www.ncetm.org.uk/teaching-for-mastery/mastery-explained/five-big-ideas-in-teaching-for-mastery/",
    ...overrides,
  };
}

/** The id of the evidence an add redirected to (…#evidence-<id>). */
function addedId(location: string | null): string {
  const match = /#evidence-(.+)$/.exec(location ?? "");
  expect(match, `redirect ${location}`).not.toBeNull();
  return match![1];
}

interface Download {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

async function download(evidenceId: string, cookie?: string): Promise<Download> {
  const args = {
    request: get(`/evidence/${evidenceId}/download`, cookie),
    params: { evidenceId },
    context: { cspNonce: "test-nonce", clientAddress: "203.0.113.7" },
  } as LoaderFunctionArgs;
  let response: unknown;
  try {
    response = await downloadLoader(args);
  } catch (thrown) {
    if (thrown instanceof Error) throw thrown;
    response = thrown;
  }
  if (!(response instanceof Response)) {
    const status = (response as { init?: { status?: number } }).init?.status ?? 200;
    return { status, headers: new Headers(), bytes: new Uint8Array() };
  }
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

async function evidenceRow(id: string) {
  return getDb().selectFrom("evidence").selectAll().where("id", "=", id).executeTakeFirst();
}

async function countEvidence(entryId = initiativeId) {
  const row = await getDb()
    .selectFrom("evidence")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("entry_id", "=", entryId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function sessionViewer(email: string) {
  const row = await getDb()
    .selectFrom("users")
    .select(["id", "email", "name", "is_admin"])
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  return loadViewer(getDb(), { id: row.id, email: row.email, name: row.name, isAdmin: row.is_admin === 1 });
}

async function firstInitiativeOf(email: string) {
  const row = await getDb()
    .selectFrom("entries")
    .select(["id", "cohort_id"])
    .where("owner_id", "=", await userId(email))
    .where("kind", "=", "initiative")
    .orderBy("created_at")
    .executeTakeFirstOrThrow();
  return row;
}

beforeAll(async () => {
  // The demo evidence is in place, as it is on a demo database, so every test also works beside it.
  await getDb()
    .transaction()
    .execute((trx) => seedDemoEvidence(trx));
  ({ participant, neighbour, outsider, lead, otherLead, admin } = await demoCookies());
  const mine = await firstInitiativeOf(DEMO.participant);
  initiativeId = mine.id;
  cohortId = mine.cohort_id;
  neighbourInitiativeId = (await firstInitiativeOf(DEMO.sameCohortParticipant)).id;
  const options = await callLoader(newLoader, get(addPath(), participant), { entryId: initiativeId });
  expect(options.status).toBe(200);
  statementIds = options.data.strands.flatMap((s: { statements: { id: string }[] }) => s.statements.map((st) => st.id));
  const otherInitiative = await firstInitiativeOf(DEMO.otherCohortParticipant);
  const otherOptions = await callLoader(newLoader, get(addPath(otherInitiative.id), outsider), {
    entryId: otherInitiative.id,
  });
  otherProgrammeStatementId = otherOptions.data.strands[0].statements[0].id;
  expect(statementIds).not.toContain(otherProgrammeStatementId);
});

describe("the Add evidence form", () => {
  it("offers the owner their record and its programme's outcome statements", async () => {
    const result = await callLoader(newLoader, get(addPath(), participant), { entryId: initiativeId });
    expect(result.status).toBe(200);
    expect(result.data.record).toMatchObject({
      id: initiativeId,
      kind: "initiative",
      href: `/initiatives/${initiativeId}`,
    });
    expect(result.data.strands.map((s: { title: string }) => s.title)).toEqual([
      "Whole school/departmental policies and approaches",
      "Practice development",
      "Professional learning",
      "Community Culture",
    ]);
    expect(result.data.maxFileBytes).toBe(MAX_EVIDENCE_FILE_BYTES);
  });

  it("is not open to anyone but the record's owner", async () => {
    const path = addPath();
    expect((await callLoader(newLoader, get(path, neighbour), { entryId: initiativeId })).status).toBe(404);
    expect((await callLoader(newLoader, get(path, otherLead), { entryId: initiativeId })).status).toBe(404);
    expect((await callLoader(newLoader, get(path, outsider), { entryId: initiativeId })).status).toBe(404);
    expect((await callLoader(newLoader, get(path, lead), { entryId: initiativeId })).status).toBe(403);
    expect((await callLoader(newLoader, get(path, admin), { entryId: initiativeId })).status).toBe(403);
    const anonymous = await callLoader(newLoader, get(path), { entryId: initiativeId });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/sign-in/);
    expect(
      (await callLoader(newLoader, get("/records/nope/evidence/new", participant), { entryId: "nope" })).status,
    ).toBe(404);
  });
});

describe("uploading files", () => {
  it("stores a PDF, lists it on the record without its bytes, and downloads the same bytes with safe headers", async () => {
    const result = await addEvidence(fileFields());
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toMatch(new RegExp(`^/initiatives/${initiativeId}#evidence-`));
    const id = addedId(result.headers.get("Location"));

    const page = await callLoader(initiativeLoader, get(`/initiatives/${initiativeId}`, participant), { initiativeId });
    expect(page.status).toBe(200);
    const item = page.data.evidence.find((e: { id: string }) => e.id === id);
    expect(item).toMatchObject({
      kind: "file",
      title: "Year 7 baseline check",
      fileName: "baseline.pdf",
      mime: "application/pdf",
      size: PDF.byteLength,
      url: null,
    });
    expect(item.statements.map((s: { id: string }) => s.id)).toEqual([statementIds[0]]);
    expect(Object.keys(item)).not.toContain("bytes");
    expect(JSON.stringify(page.data)).not.toContain("Year 7 fluency baseline"); // the PDF's own text

    const got = await download(id, participant);
    expect(got.status).toBe(200);
    expect(Buffer.from(got.bytes).equals(PDF)).toBe(true);
    expect(got.headers.get("Content-Type")).toBe("application/pdf");
    expect(got.headers.get("Content-Length")).toBe(String(PDF.byteLength));
    expect(got.headers.get("Content-Disposition")).toBe(
      `attachment; filename="baseline.pdf"; filename*=UTF-8''baseline.pdf`,
    );
    expect(got.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(got.headers.get("Content-Security-Policy")).toBe("sandbox; default-src 'none'");
    expect(got.headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("stores a PNG under the type its contents show, with a sanitised name", async () => {
    const result = await addEvidence(
      fileFields({
        title: "Learning walk chart",
        file: file(PNG, '..\\..\\Évaluation\u202Egnp.\u0007 <chart">.PNG', "application/octet-stream"),
        outcomeIds: [statementIds[1], statementIds[0], statementIds[1]],
      }),
    );
    expect(result.status).toBe(302);
    const id = addedId(result.headers.get("Location"));
    const row = await evidenceRow(id);
    expect(row).toMatchObject({
      kind: "file",
      mime: "image/png",
      size: PNG.byteLength,
      file_name: "Évaluationgnp. _chart__.png",
    });
    const got = await download(id, participant);
    expect(Buffer.from(got.bytes).equals(PNG)).toBe(true);
    expect(got.headers.get("Content-Type")).toBe("image/png");
    expect(got.headers.get("Content-Disposition")).toBe(
      `attachment; filename="_valuationgnp. _chart__.png"; filename*=UTF-8''%C3%89valuationgnp.%20_chart__.png`,
    );
    const list = await callLoader(initiativeLoader, get(`/initiatives/${initiativeId}`, participant), { initiativeId });
    const item = list.data.evidence.find((e: { id: string }) => e.id === id);
    expect(item.statements.map((s: { id: string }) => s.id).sort()).toEqual([statementIds[0], statementIds[1]].sort());
  });

  it("refuses files whose contents are not an allowed type or do not match the name, and keeps what was typed", async () => {
    const before = await countEvidence();
    const cases: [string, File, RegExp][] = [
      ["a PNG renamed .pdf", file(PNG, "chart.pdf", "application/pdf"), /ends in \.pdf but it is a PNG image/],
      ["a PDF renamed .png", file(PDF, "scan.png", "image/png"), /ends in \.png but it is a PDF/],
      ["an HTML page", file("<!doctype html><script>alert(1)</script>", "page.html", "text/html"), /must be a PDF/],
      [
        "HTML named .pdf",
        file("<!doctype html><script>alert(1)</script>", "page.pdf", "application/pdf"),
        /could not tell what kind of file/,
      ],
      [
        "an SVG image",
        file('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "logo.svg", "image/svg+xml"),
        /must be a PDF/,
      ],
      [
        "SVG named .png",
        file('<svg xmlns="http://www.w3.org/2000/svg"></svg>', "logo.png", "image/png"),
        /could not tell/,
      ],
      ["an empty file", file(new Uint8Array(), "empty.pdf", "application/pdf"), /empty/],
      ["no extension", file(PDF, "baseline", "application/pdf"), /must be a PDF/],
      ["a program", file(PDF, "setup.exe", "application/octet-stream"), /must be a PDF/],
    ];
    for (const [name, bad, message] of cases) {
      const result = await addEvidence(fileFields({ file: bad, title: `Kept title ${name}` }));
      expect(result.status, name).toBe(400);
      expect(result.data.error.file?.join(" "), name).toMatch(message);
      expect(result.data.initialValue.title, name).toBe(`Kept title ${name}`);
      expect(result.data.initialValue.description, name).toContain("September multiplication check");
      expect(result.data.initialValue.file, name).toBeUndefined();
    }
    expect(await countEvidence()).toBe(before);
  });

  it("says to choose the file again when another field needs changing (the browser cannot be sent it back)", async () => {
    const result = await addEvidence(fileFields({ title: "" }));
    expect(result.status).toBe(400);
    expect(result.data.error.title).toEqual(["Enter a title"]);
    expect(result.data.error.file[0]).toMatch(/Choose the file again/);
    const noFile = await addEvidence(fileFields({ file: file(new Uint8Array(), "", "application/octet-stream") }));
    expect(noFile.status).toBe(400);
    expect(noFile.data.error.file).toEqual(["Choose a file to upload"]);
  });

  it("refuses a file over 10 MB with a message beside the field (413, not 500) and keeps the typed fields", async () => {
    const before = await countEvidence();
    const big = new Uint8Array(MAX_EVIDENCE_FILE_BYTES + 1);
    big.set(PDF.subarray(0, 8));
    const body = new FormData();
    body.append("kind", "file");
    body.append("file", file(big, "huge.pdf", "application/pdf"));
    // Fields after the file still arrive: the rest of the oversized part is read past, not left in the way.
    body.append("title", "Whole-trust assessment data");
    body.append("description", "Every school's Year 7 results.");
    const result = await callAction(
      newAction,
      new Request(BASE + addPath(), { method: "POST", body, headers: { Cookie: participant } }),
      { entryId: initiativeId },
    );
    expect(result.status).toBe(413);
    expect(result.data.error.file).toEqual(["The file must be 10 MB or smaller. Choose a smaller file"]);
    expect(result.data.initialValue.title).toBe("Whole-trust assessment data");
    expect(result.data.initialValue.description).toBe("Every school's Year 7 results.");
    expect(await countEvidence()).toBe(before);

    // Exactly 10 MB of real PDF is fine.
    const limit = new Uint8Array(MAX_EVIDENCE_FILE_BYTES);
    limit.set(PDF);
    const ok = await addEvidence(fileFields({ file: file(limit, "limit.pdf", "application/pdf") }));
    expect(ok.status).toBe(302);
    const row = await evidenceRow(addedId(ok.headers.get("Location")));
    expect(row?.size).toBe(MAX_EVIDENCE_FILE_BYTES);
  });

  it("answers a form that is not multipart, or is malformed, with 400", async () => {
    const urlencoded = await callAction(newAction, post(addPath(), form({ kind: "link", title: "x" }), participant), {
      entryId: initiativeId,
    });
    expect(urlencoded.status).toBe(400);
    expect(urlencoded.data.error.file[0]).toMatch(/could not read/);
    const broken = await callAction(
      newAction,
      new Request(BASE + addPath(), {
        method: "POST",
        body: "--xyz\r\nContent-Disposition: form-data\r\n\r\nnothing",
        headers: { Cookie: participant, "Content-Type": "multipart/form-data; boundary=xyz" },
      }),
      { entryId: initiativeId },
    );
    expect(broken.status).toBe(400);
  });

  it("answers huge text fields, unknown statements and another programme's statements with 400", async () => {
    const before = await countEvidence();
    const cases: [Fields, string][] = [
      [{ title: "x".repeat(300_000) }, "title"],
      [{ description: "y".repeat(100_000) }, "description"],
      [{ outcomeIds: ["not-an-id"] }, "outcomeIds"],
      [{ outcomeIds: [otherProgrammeStatementId] }, "outcomeIds"],
      [{ kind: "video" }, "kind"],
    ];
    for (const [overrides, field] of cases) {
      const result = await addEvidence(fileFields(overrides));
      expect(result.status, field).toBe(400);
      expect(result.data.error[field], field).toBeDefined();
    }
    expect(await countEvidence()).toBe(before);
  });
});

describe("adding links", () => {
  it("keeps an https:// link and never a file with it", async () => {
    const result = await addEvidence(
      linkFields({ url: "  https://www.ncetm.org.uk/teaching-for-mastery/  ", file: file(PDF, "stray.pdf") }),
    );
    expect(result.status).toBe(302);
    const row = await evidenceRow(addedId(result.headers.get("Location")));
    expect(row).toMatchObject({
      kind: "link",
      url: "https://www.ncetm.org.uk/teaching-for-mastery/",
      file_name: null,
      bytes: null,
      size: null,
    });
    expect((await download(row!.id, participant)).status).toBe(404);
  });

  it("refuses anything but a valid https:// address, up to 2,000 characters", async () => {
    const before = await countEvidence();
    const bad: [string, RegExp][] = [
      ["javascript:alert(document.cookie)", /starts with https:\/\//],
      ["JaVaScRiPt:alert(1)", /starts with https:\/\//],
      ["data:text/html,<script>alert(1)</script>", /starts with https:\/\//],
      ["file:///etc/passwd", /starts with https:\/\//],
      ["http://www.example.org/", /starts with https:\/\//],
      ["ftp://example.org/file", /starts with https:\/\//],
      ["www.example.org", /full web address/],
      ["not a url", /full web address/],
      ["https://", /full web address/],
      ["https:example.org", /full web address/],
      ["https://user:secret@example.org/", /user name or password/],
      [`https://example.org/${"a".repeat(2000)}`, /2,000 characters or fewer/],
      ["", /Enter the link/],
    ];
    for (const [url, message] of bad) {
      const result = await addEvidence(linkFields({ url }));
      expect(result.status, url.slice(0, 40)).toBe(400);
      expect(result.data.error.url?.join(" "), url.slice(0, 40)).toMatch(message);
      expect(result.data.initialValue.title).toBe("NCETM five big ideas");
    }
    expect(await countEvidence()).toBe(before);
  });
});

describe("who may see, download and change evidence", () => {
  let fileId: string;
  let linkId: string;

  beforeAll(async () => {
    fileId = addedId((await addEvidence(fileFields({ title: "Shared with leads" }))).headers.get("Location"));
    linkId = addedId((await addEvidence(linkFields({ title: "A shared link" }))).headers.get("Location"));
  });

  it("lets the cohort's lead and the admin download evidence of a record shared with leads, and list it", async () => {
    const got = await download(fileId, lead);
    expect(got.status).toBe(200);
    expect(Buffer.from(got.bytes).equals(PDF)).toBe(true);
    expect((await download(fileId, admin)).status).toBe(200);
    const page = await callLoader(initiativeLoader, get(`/initiatives/${initiativeId}`, lead), { initiativeId });
    expect(page.data.evidence.map((e: { id: string }) => e.id)).toContain(fileId);
    expect(page.data.initiative.canEdit).toBe(false);
  });

  it("answers another participant, another cohort's lead and unknown ids with 404, and a signed-out visitor with sign-in", async () => {
    for (const cookie of [neighbour, outsider, otherLead]) {
      const got = await download(fileId, cookie);
      expect(got.status).toBe(404);
      expect(new TextDecoder().decode(got.bytes)).toBe("We could not find that evidence.");
      expect(got.bytes.byteLength).toBeLessThan(100);
    }
    expect((await download(randomUUID(), participant)).status).toBe(404);
    expect((await download("x".repeat(5000), participant)).status).toBe(404);
    const anonymous = await download(fileId);
    expect(anonymous.status).toBe(302);
  });

  it("hides a private record's evidence from the cohort's lead too", async () => {
    await getDb().updateTable("entries").set({ visibility: "private" }).where("id", "=", initiativeId).execute();
    try {
      expect((await download(fileId, lead)).status).toBe(404);
      expect((await download(fileId, admin)).status).toBe(404);
      expect((await download(fileId, participant)).status).toBe(200);
    } finally {
      await getDb().updateTable("entries").set({ visibility: "leads" }).where("id", "=", initiativeId).execute();
    }
  });

  it("answers another participant and another cohort's lead with 404 on add, edit and remove; the lead with 403", async () => {
    const before = await countEvidence();
    for (const cookie of [neighbour, otherLead, outsider]) {
      expect((await addEvidence(linkFields(), cookie)).status).toBe(404);
      expect(
        (await callLoader(editLoader, get(`/evidence/${fileId}/edit`, cookie), { evidenceId: fileId })).status,
      ).toBe(404);
      const edit = await callAction(
        editAction,
        post(`/evidence/${fileId}/edit`, form({ title: "Taken over", description: "x" }), cookie),
        { evidenceId: fileId },
      );
      expect(edit.status).toBe(404);
      expect(
        (await callLoader(deleteLoader, get(`/evidence/${fileId}/delete`, cookie), { evidenceId: fileId })).status,
      ).toBe(404);
      expect(
        (await callAction(deleteAction, post(`/evidence/${fileId}/delete`, form({}), cookie), { evidenceId: fileId }))
          .status,
      ).toBe(404);
    }
    expect((await addEvidence(linkFields(), lead)).status).toBe(403);
    const leadEdit = await callAction(
      editAction,
      post(`/evidence/${fileId}/edit`, form({ title: "Taken over", description: "x" }), lead),
      { evidenceId: fileId },
    );
    expect(leadEdit.status).toBe(403);
    expect(
      (await callAction(deleteAction, post(`/evidence/${linkId}/delete`, form({}), lead), { evidenceId: linkId }))
        .status,
    ).toBe(403);
    expect(
      (await callAction(deleteAction, post(`/evidence/${linkId}/delete`, form({}), admin), { evidenceId: linkId }))
        .status,
    ).toBe(403);
    // Another participant cannot add evidence to their own record by naming someone else's.
    expect((await addEvidence(linkFields(), participant, neighbourInitiativeId)).status).toBe(404);

    expect(await countEvidence()).toBe(before);
    expect((await evidenceRow(fileId))?.title).toBe("Shared with leads");
    expect(await evidenceRow(linkId)).toBeDefined();
  });
});

describe("changing and removing evidence", () => {
  it("changes the title, description and statements, and refuses bad input with 400", async () => {
    const id = addedId((await addEvidence(fileFields({ title: "Before" }))).headers.get("Location"));
    const page = await callLoader(editLoader, get(`/evidence/${id}/edit`, participant), { evidenceId: id });
    expect(page.status).toBe(200);
    expect(page.data.evidence).toMatchObject({ title: "Before", fileName: "baseline.pdf" });
    expect(page.data.record.href).toBe(`/initiatives/${initiativeId}`);

    const saved = await callAction(
      editAction,
      post(
        `/evidence/${id}/edit`,
        form({
          title: "After",
          description: "Now with the spring results.",
          outcomeIds: [statementIds[2], statementIds[3]],
        }),
        participant,
      ),
      { evidenceId: id },
    );
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe(`/initiatives/${initiativeId}#evidence-${id}`);
    const fromList = await callAction(
      editAction,
      post(
        `/evidence/${id}/edit?from=list`,
        form({ title: "After", description: "Now with the spring results." }),
        participant,
      ),
      { evidenceId: id },
    );
    expect(fromList.headers.get("Location")).toBe(`/evidence#evidence-${id}`);
    await callAction(
      editAction,
      post(
        `/evidence/${id}/edit`,
        form({
          title: "After",
          description: "Now with the spring results.",
          outcomeIds: [statementIds[2], statementIds[3]],
        }),
        participant,
      ),
      { evidenceId: id },
    );
    const after = await callLoader(editLoader, get(`/evidence/${id}/edit`, participant), { evidenceId: id });
    expect(after.data.evidence.title).toBe("After");
    expect(after.data.evidence.description).toBe("Now with the spring results.");
    expect(after.data.evidence.statements.map((s: { id: string }) => s.id).sort()).toEqual(
      [statementIds[2], statementIds[3]].sort(),
    );
    // The file itself is untouched.
    expect(Buffer.from((await download(id, participant)).bytes).equals(PDF)).toBe(true);

    const cases: [Record<string, string | string[]>, string][] = [
      [{ title: "", description: "x" }, "title"],
      [{ title: "t".repeat(201), description: "x" }, "title"],
      [{ title: "t", description: "" }, "description"],
      [{ title: "t", description: "x", outcomeIds: [otherProgrammeStatementId] }, "outcomeIds"],
      [{ title: ["a", "b"], description: "x" }, "title"],
    ];
    for (const [fields, field] of cases) {
      const result = await callAction(editAction, post(`/evidence/${id}/edit`, form(fields), participant), {
        evidenceId: id,
      });
      expect(result.status, field).toBe(400);
      expect(result.data.error[field], field).toBeDefined();
    }
    expect((await evidenceRow(id))?.title).toBe("After");
  });

  it("asks first, then removes the evidence and its bytes", async () => {
    const id = addedId((await addEvidence(fileFields({ title: "To remove" }))).headers.get("Location"));
    const confirm = await callLoader(deleteLoader, get(`/evidence/${id}/delete`, participant), { evidenceId: id });
    expect(confirm.status).toBe(200);
    expect(confirm.data.evidence.title).toBe("To remove");
    // Opening the confirmation page removes nothing.
    expect((await evidenceRow(id))?.bytes).toBeTruthy();

    const removed = await callAction(deleteAction, post(`/evidence/${id}/delete`, form({}), participant), {
      evidenceId: id,
    });
    expect(removed.status).toBe(302);
    expect(removed.headers.get("Location")).toBe(`/initiatives/${initiativeId}#evidence`);
    expect(await evidenceRow(id)).toBeUndefined();
    const mapped = await getDb()
      .selectFrom("evidence_outcomes")
      .select("evidence_id")
      .where("evidence_id", "=", id)
      .execute();
    expect(mapped).toEqual([]);
    expect((await download(id, participant)).status).toBe(404);
    expect(
      (await callAction(deleteAction, post(`/evidence/${id}/delete`, form({}), participant), { evidenceId: id }))
        .status,
    ).toBe(404);
  });
});

describe("the evidence page", () => {
  it("lists the participant's own evidence across records, with where each belongs, and filters by kind", async () => {
    // A task response, to show its evidence links to the task's page.
    const db = getDb();
    const owner = await userId(DEMO.participant);
    const { id: taskId } = await createTask(db, {
      cohortId,
      title: "Try one look-for",
      instructions: "Try one look-for in a lesson and note what happened.",
      dueOn: "2025-02-01",
      createdAt: "2025-01-10T09:00:00.000Z",
    });
    const { id: responseId } = await createTaskResponse(db, {
      ownerId: owner,
      cohortId,
      taskId,
      title: "Response: Try one look-for",
      status: "submitted",
      visibility: "leads",
      occurredOn: "2025-01-20",
      createdAt: "2025-01-20T09:00:00.000Z",
      body: "Done.",
    });
    const added = await addEvidence(linkFields({ title: "Lesson clip" }), participant, responseId);
    expect(added.status).toBe(302);
    expect(added.headers.get("Location")).toMatch(new RegExp(`^/tasks/${taskId}#evidence-`));
    const linkOnTask = addedId(added.headers.get("Location"));

    const all = await callLoader(listLoader, get("/evidence", participant));
    expect(all.status).toBe(200);
    const items = all.data.evidence as {
      id: string;
      kind: string;
      record: { href: string; kind: string; title: string };
    }[];
    expect(items.length).toBe(all.data.total);
    expect(items.some((e) => e.kind === "file")).toBe(true);
    expect(items.some((e) => e.kind === "link")).toBe(true);
    expect(items.find((e) => e.id === linkOnTask)?.record).toMatchObject({
      kind: "task_response",
      href: `/tasks/${taskId}`,
      title: "Response: Try one look-for",
    });
    expect(
      items
        .filter((e) => e.record.kind === "initiative")
        .every((e) => e.record.href === `/initiatives/${initiativeId}`),
    ).toBe(true);
    expect(JSON.stringify(all.data)).not.toContain('"bytes"');

    const files = await callLoader(listLoader, get("/evidence?kind=file", participant));
    expect(files.data.kind).toBe("file");
    expect(files.data.evidence.length).toBeGreaterThan(0);
    expect(files.data.evidence.every((e: { kind: string }) => e.kind === "file")).toBe(true);
    expect(files.data.total).toBe(items.length);
    const links = await callLoader(listLoader, get("/evidence?kind=link", participant));
    expect(links.data.evidence.every((e: { kind: string }) => e.kind === "link")).toBe(true);
    expect(files.data.evidence.length + links.data.evidence.length).toBe(items.length);
    const odd = await callLoader(listLoader, get("/evidence?kind=%3Cscript%3E&kind=file", participant));
    expect(odd.status).toBe(200);
    expect(odd.data.kind).toBe("all");

    // Nobody else's list shows it, and the model agrees.
    const theirs = await callLoader(listLoader, get("/evidence", neighbour));
    expect(theirs.data.evidence.map((e: { id: string }) => e.id)).not.toContain(linkOnTask);
    const leadList = await listOwnEvidence(db, await sessionViewer(DEMO.lead));
    expect(leadList).toEqual([]);
  });
});

describe("file names and the demo evidence", () => {
  it("names old-format Office files by their ending once the contents show an Office container", async () => {
    const ole2 = new Uint8Array(2048);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await checkEvidenceFile({ name: "minutes.doc", bytes: ole2 })).mime).toBe("application/msword");
    expect((await checkEvidenceFile({ name: "marks.XLS", bytes: ole2 })).mime).toBe("application/vnd.ms-excel");
    await expect(checkEvidenceFile({ name: "minutes.docx", bytes: ole2 })).rejects.toMatchObject({
      fieldErrors: { file: [expect.stringMatching(/ends in \.docx but it is an old-format Office file/)] },
    });
    await expect(checkEvidenceFile({ name: "slides.ppt", bytes: new Uint8Array(PDF) })).rejects.toMatchObject({
      fieldErrors: { file: [expect.stringMatching(/ends in \.ppt but it is a PDF/)] },
    });
  });

  it("sanitises names: no folders, controls or direction marks, at most 200 characters with the ending kept", () => {
    expect(sanitiseFileName("../../etc/passwd.pdf")).toBe("passwd.pdf");
    expect(sanitiseFileName("C:\\Users\\me\\report.PDF")).toBe("report.pdf");
    expect(sanitiseFileName("inv\u202Efdp.exe\u0000.png")).toBe("invfdp.exe.png");
    expect(sanitiseFileName("...hidden.png")).toBe("hidden.png");
    expect(sanitiseFileName("..pdf")).toBe("evidence.pdf");
    expect(sanitiseFileName(".pdf")).toBe("pdf"); // a hidden file with no ending: refused as an unknown type
    const long = sanitiseFileName(`${"é".repeat(300)}.docx`);
    expect(Array.from(long).length).toBe(200);
    expect(long.endsWith(".docx")).toBe(true);
  });

  it("seeds links and small valid files on several North initiatives, participant@example.org's with both", async () => {
    // beforeAll seeded it already, inside a transaction as db/prepare.ts runs the demo seeds; again adds nothing.
    const count = async () =>
      Number(
        (
          await getDb()
            .selectFrom("evidence")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    await seedDemoEvidence(getDb());
    expect(await count()).toBe(before);
    const rows = await getDb()
      .selectFrom("evidence")
      .innerJoin("entries", "entries.id", "evidence.entry_id")
      .innerJoin("cohorts", "cohorts.id", "entries.cohort_id")
      .innerJoin("users", "users.id", "entries.owner_id")
      .select([
        "evidence.id",
        "evidence.kind",
        "evidence.file_name",
        "evidence.bytes",
        "evidence.size",
        "evidence.mime",
        "users.email",
        "entries.id as entryId",
      ])
      .where("cohorts.name", "=", "2024/25 National — North")
      .whereRef("evidence.created_by", "=", "entries.owner_id")
      .where("evidence.created_at", "<", "2025-06-01")
      .execute();
    const priya = rows.filter((r) => r.email === DEMO.participant && r.entryId === initiativeId);
    expect(priya.some((r) => r.kind === "file")).toBe(true);
    expect(priya.some((r) => r.kind === "link")).toBe(true);
    expect(new Set(rows.map((r) => r.entryId)).size).toBeGreaterThanOrEqual(4);
    const titles = rows.map((r) => r.id);
    expect(new Set(titles).size).toBe(titles.length);
    for (const row of rows.filter((r) => r.kind === "file")) {
      expect(row.bytes!.byteLength).toBeLessThan(5 * 1024);
      expect(Number(row.size)).toBe(row.bytes!.byteLength);
      const checked = await checkEvidenceFile({ name: row.file_name!, bytes: new Uint8Array(row.bytes!) });
      expect(checked.mime).toBe(row.mime);
    }
    const mapped = await getDb()
      .selectFrom("evidence_outcomes")
      .select("evidence_id")
      .where(
        "evidence_id",
        "in",
        rows.map((r) => r.id),
      )
      .execute();
    expect(new Set(mapped.map((m) => m.evidence_id)).size).toBeGreaterThanOrEqual(rows.length - 1);
    // And it shows on the page like any other evidence; the lead can download the seeded PDF.
    const pdf = priya.find((r) => r.mime === "application/pdf")!;
    const got = await download(pdf.id, lead);
    expect(got.status).toBe(200);
    expect(new TextDecoder().decode(got.bytes.subarray(0, 5))).toBe("%PDF-");
  });
});
