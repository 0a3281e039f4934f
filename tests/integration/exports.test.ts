import { randomUUID } from "node:crypto";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { loader as exportFileLoader } from "~/routes/cohorts.$cohortId_.export.$file";
import { loader as exportPageLoader } from "~/routes/cohorts.$cohortId_.export";
import { loader as storyLoader } from "~/routes/cohorts.$cohortId_.participants.$userId";
import { loader as rosterLoader } from "~/routes/cohorts.$cohortId";
import { parseCsv } from "~/utils/csv.server";
import { createEvidence, createInitiative, createReflection, tagEntry } from "./factories";
import { callLoader, cookieFor, DEMO, get, userId } from "./helpers";

const NORTH = "2024/25 National — North";
const WEST = "2026/27 Hub Community — West";
const SLUG = "2024-25-national-north";
const KINDS = ["participants", "initiatives", "actions", "audits", "task-responses", "reflections", "evidence"];
const suffix = randomUUID().slice(0, 8);
const PRIVATE = {
  reflection: `Private worry about my team ${suffix}`,
  initiative: `Private draft initiative ${suffix}`,
  evidence: `Private evidence link ${suffix}`,
};
const TRICKY_TITLE = `=HYPERLINK("https://example.org","x"), then “more” ${suffix}`;

let lead: string;
let otherLead: string;
let admin: string;
let participant: string;
let neighbour: string;
let north: string;
let west: string;
let priya: string;
let westParticipant: string;
let sharedInitiativeTitle: string;

async function cohortId(name: string) {
  return (await getDb().selectFrom("cohorts").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
}

/** Calls the resource route the way Remix does, keeping the raw bytes (Response.text() would drop the BOM). */
async function download(path: string, cookie?: string) {
  const [, , cohort, , file] = path.split("/");
  let response: Response;
  try {
    response = (await exportFileLoader({
      request: get(path, cookie),
      params: { cohortId: cohort, file },
      context: { cspNonce: "test-nonce", clientAddress: "203.0.113.7" },
    } as unknown as LoaderFunctionArgs)) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) response = thrown;
    else throw thrown;
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
  };
}

async function countShared(kind: "initiative" | "reflection" | "task_response") {
  const row = await getDb()
    .selectFrom("entries")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("cohort_id", "=", north)
    .where("kind", "=", kind)
    .where("visibility", "in", ["leads", "cohort"])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  [lead, otherLead, admin, participant, neighbour] = await Promise.all(
    [DEMO.lead, DEMO.otherLead, DEMO.admin, DEMO.participant, DEMO.sameCohortParticipant].map(cookieFor),
  );
  north = await cohortId(NORTH);
  west = await cohortId(WEST);
  priya = await userId(DEMO.participant);
  westParticipant = await userId(DEMO.otherCohortParticipant);
  const db = getDb();
  // Priya keeps some things to herself; one shared reflection has a title a spreadsheet would run as a formula.
  const priyas = { ownerId: priya, cohortId: north, occurredOn: "2025-01-20" };
  const reflection = { ...priyas, body: 'Line one,\nline two with "quotes"' };
  await createReflection(db, { ...reflection, title: PRIVATE.reflection, visibility: "private" });
  const privateInitiative = await createInitiative(db, {
    ...priyas,
    title: PRIVATE.initiative,
    visibility: "private",
    status: "planning",
    problem: "p",
    evidenceOfNeed: "e",
    approach: "a",
    activeIngredients: "i",
    startsOn: "2025-01-06",
    endsOn: "2025-07-18",
  });
  await createReflection(db, { ...reflection, title: TRICKY_TITLE, visibility: "leads" });
  await createEvidence(db, {
    entryId: privateInitiative.id,
    title: PRIVATE.evidence,
    url: "https://example.org/private",
    createdBy: priya,
  });
  const shared = await db
    .selectFrom("entries")
    .select("title")
    .where("owner_id", "=", priya)
    .where("cohort_id", "=", north)
    .where("kind", "=", "initiative")
    .where("visibility", "in", ["leads", "cohort"])
    .executeTakeFirstOrThrow();
  sharedInitiativeTitle = shared.title;
});

describe("the export page", () => {
  it("lists one CSV per kind of record and the zip, for the cohort's lead", async () => {
    const result = await callLoader(exportPageLoader, get(`/cohorts/${north}/export`, lead), { cohortId: north });
    expect(result.status).toBe(200);
    expect(result.data.files.map((f: { path: string }) => f.path)).toEqual(KINDS.map((k) => `${k}.csv`));
    expect(result.data.files.find((f: { kind: string }) => f.kind === "reflections").fileName).toBe(
      `${SLUG}-reflections.csv`,
    );
    expect(result.data.files.find((f: { kind: string }) => f.kind === "reflections").rowCount).toBe(
      await countShared("reflection"),
    );
    expect(result.data.zipName).toBe(`${SLUG}-all.zip`);
  });

  it("is open to a programme admin, but 404 to another cohort's lead and to participants, and asks the signed-out to sign in", async () => {
    expect(
      (await callLoader(exportPageLoader, get(`/cohorts/${north}/export`, admin), { cohortId: north })).status,
    ).toBe(200);
    for (const cookie of [otherLead, participant, neighbour]) {
      expect(
        (await callLoader(exportPageLoader, get(`/cohorts/${north}/export`, cookie), { cohortId: north })).status,
      ).toBe(404);
    }
    const anonymous = await callLoader(exportPageLoader, get(`/cohorts/${north}/export`), { cohortId: north });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/sign-in/);
    expect((await callLoader(exportPageLoader, get(`/cohorts/nope/export`, lead), { cohortId: "nope" })).status).toBe(
      404,
    );
  });
});

describe("the CSV downloads", () => {
  it("sends each kind as a UTF-8 CSV with a BOM, CRLF lines and a plain-English header, never cached", async () => {
    for (const kind of KINDS) {
      const file = await download(`/cohorts/${north}/export/${kind}.csv`, lead);
      expect(file.status, kind).toBe(200);
      expect(file.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
      expect(file.headers.get("Content-Disposition")).toContain(`attachment; filename="${SLUG}-${kind}.csv"`);
      expect(file.headers.get("Cache-Control")).toBe("private, no-store");
      expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(file.text.endsWith("\r\n")).toBe(true);
      const rows = parseCsv(file.text);
      expect(rows.length, kind).toBeGreaterThan(1);
      const width = rows[0].length;
      expect(
        rows.every((r) => r.length === width),
        `${kind} rows all as wide as the header`,
      ).toBe(true);
      expect(
        rows[0].every((h) => /^[A-Z][a-z ]+$/.test(h)),
        `${kind} header ${rows[0].join("|")}`,
      ).toBe(true);
      for (const secret of Object.values(PRIVATE)) expect(file.text, `${kind} leaks ${secret}`).not.toContain(secret);
    }
  });

  it("holds exactly the cohort's reflections shared with leads, the tricky one defused, no private one", async () => {
    const rows = parseCsv((await download(`/cohorts/${north}/export/reflections.csv`, lead)).text);
    expect(rows[0]).toEqual([
      "Date",
      "Title",
      "Participant",
      "Workshop",
      "What happened",
      "So what",
      "Now what",
      "Reflection",
    ]);
    expect(rows.length - 1).toBe(await countShared("reflection"));
    const tricky = rows.find((r) => r[1].includes(suffix));
    expect(tricky?.[1]).toBe(`'${TRICKY_TITLE}`);
    expect(tricky?.[0]).toBe("2025-01-20");
    expect(tricky?.[7]).toBe('Line one,\nline two with "quotes"');
    expect(rows.every((r, i) => i === 0 || /^\d{4}-\d{2}-\d{2}$/.test(r[0]))).toBe(true);
  });

  it("lists the shared initiatives and task responses only, and the participants of the cohort", async () => {
    const initiatives = parseCsv((await download(`/cohorts/${north}/export/initiatives.csv`, lead)).text);
    expect(initiatives.length - 1).toBe(await countShared("initiative"));
    expect(initiatives.some((r) => r[1] === sharedInitiativeTitle)).toBe(true);
    const responses = parseCsv((await download(`/cohorts/${north}/export/task-responses.csv`, lead)).text);
    expect(responses.length - 1).toBe(await countShared("task_response"));
    const participants = parseCsv((await download(`/cohorts/${north}/export/participants.csv`, lead)).text);
    expect(participants[0]).toEqual(["Name", "Email address", "Trust", "Track"]);
    expect(participants.some((r) => r[1] === DEMO.participant)).toBe(true);
    expect(participants.some((r) => r[1] === DEMO.otherCohortParticipant)).toBe(false);
    const audits = parseCsv((await download(`/cohorts/${north}/export/audits.csv`, lead)).text);
    expect(audits[0]).toEqual([
      "Audit",
      "Participant",
      "School",
      "Criterion",
      "Rating",
      "Rating in words",
      "Note",
      "Audit kind",
      "Date",
    ]);
    expect(audits.slice(1).every((r) => ["1", "2", "3", "4"].includes(r[4]))).toBe(true);
  });

  it("zips one CSV per kind", async () => {
    const file = await download(`/cohorts/${north}/export/all.zip`, lead);
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Type")).toBe("application/zip");
    expect(file.headers.get("Content-Disposition")).toContain(`filename="${SLUG}-all.zip"`);
    const files = unzipSync(file.bytes);
    expect(Object.keys(files).sort()).toEqual(KINDS.map((k) => `${SLUG}-${k}.csv`).sort());
    const raw = files[`${SLUG}-reflections.csv`];
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const reflections = strFromU8(raw);
    expect(reflections.startsWith("Date,Title,") || reflections.startsWith("\uFEFFDate,Title,")).toBe(true);
    expect(parseCsv(reflections).length - 1).toBe(await countShared("reflection"));
    for (const body of Object.values(files)) {
      for (const secret of Object.values(PRIVATE)) expect(strFromU8(body)).not.toContain(secret);
    }
  });

  it("answers 404 to another cohort's lead, to participants and for unknown files; sign-in for the signed out", async () => {
    for (const cookie of [otherLead, participant, neighbour]) {
      expect((await download(`/cohorts/${north}/export/reflections.csv`, cookie)).status).toBe(404);
      expect((await download(`/cohorts/${north}/export/all.zip`, cookie)).status).toBe(404);
    }
    for (const name of ["secrets.csv", "reflections.txt", "reflections", "../reflections.csv", "x".repeat(5000)]) {
      expect(await download(`/cohorts/${north}/export/${encodeURIComponent(name)}`, lead).then((f) => f.status)).toBe(
        404,
      );
    }
    expect((await download(`/cohorts/${west}/export/reflections.csv`, lead)).status).toBe(404);
    const anonymous = await download(`/cohorts/${north}/export/reflections.csv`);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/sign-in/);
  });
});

describe("a participant's story", () => {
  const story = (cookie: string | undefined, cohort: string, user: string) =>
    callLoader(storyLoader, get(`/cohorts/${cohort}/participants/${user}`, cookie), { cohortId: cohort, userId: user });

  it("is linked from the roster page", async () => {
    const roster = await callLoader(rosterLoader, get(`/cohorts/${north}`, lead), { cohortId: north });
    expect(roster.data.participants.some((p: { id: string }) => p.id === priya)).toBe(true);
  });

  it("shows the lead what the participant shared, and nothing private", async () => {
    const result = await story(lead, north, priya);
    expect(result.status).toBe(200);
    const data = result.data;
    expect(data.person.name).toBe("Priya Shah");
    expect(data.person.trustName).toBeTruthy();
    expect(data.initiatives.map((i: { title: string }) => i.title)).toContain(sharedInitiativeTitle);
    for (const i of data.initiatives) {
      expect(i.actionsDone).toBeLessThanOrEqual(i.actionsTotal);
      expect(i.actionsOverdue).toBeLessThanOrEqual(i.actionsTotal);
    }
    const text = JSON.stringify(data);
    for (const secret of Object.values(PRIVATE)) expect(text).not.toContain(secret);
    expect(data.reflections.some((r: { title: string }) => r.title === TRICKY_TITLE)).toBe(true);
    // Every task of the cohort is listed once; a response opens only when shared.
    const tasks = await getDb().selectFrom("tasks").select("id").where("cohort_id", "=", north).execute();
    expect(data.tasks.length).toBe(tasks.length);
    for (const t of data.tasks.filter((t: { responseId: string | null }) => t.responseId)) {
      const entry = await getDb()
        .selectFrom("entries")
        .select("visibility")
        .where("id", "=", t.responseId)
        .executeTakeFirstOrThrow();
      expect(entry.visibility).not.toBe("private");
    }
    expect(data.strands.length).toBeGreaterThan(0);
    for (const a of data.audits) expect(a.mean === null || (a.mean >= 1 && a.mean <= 4)).toBe(true);
  });

  it("counts strand coverage from shared records only", async () => {
    const before = (await story(lead, north, priya)).data.strands;
    const db = getDb();
    const strand = await db
      .selectFrom("strands")
      .select("id")
      .where("id", "=", before[0].strandId)
      .executeTakeFirstOrThrow();
    const privateOne = await db
      .selectFrom("entries")
      .select("id")
      .where("title", "=", PRIVATE.initiative)
      .executeTakeFirstOrThrow();
    await tagEntry(db, privateOne.id, { strandIds: [strand.id] });
    const after = (await story(lead, north, priya)).data.strands;
    expect(after[0].entries).toBe(before[0].entries);
  });

  it("is open to an admin; 404 for another cohort's lead, for participants, and for someone not in the cohort", async () => {
    expect((await story(admin, north, priya)).status).toBe(200);
    expect((await story(otherLead, north, priya)).status).toBe(404);
    expect((await story(participant, north, priya)).status).toBe(404);
    expect((await story(neighbour, north, priya)).status).toBe(404);
    expect((await story(lead, north, westParticipant)).status).toBe(404);
    expect((await story(lead, west, westParticipant)).status).toBe(404);
    expect((await story(lead, north, await userId(DEMO.lead))).status).toBe(404);
    expect((await story(lead, north, "not-a-user")).status).toBe(404);
    expect((await story(lead, north, "x".repeat(10_000))).status).toBe(404);
    const anonymous = await story(undefined, north, priya);
    expect(anonymous.status).toBe(302);
  });
});
