import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { getStrandCoverage } from "~/progress/progress.server";
import { loader as homeLoader } from "~/routes/_index";
import { loader as recordsLoader } from "~/routes/records";
import { action as createReflection, loader as newReflection } from "~/routes/reflections.new";
import { loadViewer } from "~/utils/permissions.server";
import { callAction, callLoader, cookieFor, DEMO, form, get, post, userId } from "./helpers";

let participant: string;
let neighbour: string;
let options: Awaited<ReturnType<typeof newReflection>>["options"][number];

async function reflect(cookie: string, fields: Record<string, string | string[]>) {
  const result = await callAction(
    createReflection,
    post(
      "/reflections/new",
      form({
        cohortId: options.cohortId,
        mode: "free",
        body: "Text",
        visibility: "private",
        writtenOn: "2025-01-15",
        ...fields,
      }),
      cookie,
    ),
  );
  expect(result.status, JSON.stringify(result.data?.error)).toBe(302);
  return (result.headers.get("Location") ?? "").replace("/reflections/", "");
}

async function search(query: string, cookie = participant) {
  const result = await callLoader(recordsLoader, get(`/records?${query}`, cookie));
  expect(result.status).toBe(200);
  return result.data as Awaited<ReturnType<typeof recordsLoader>>;
}

beforeAll(async () => {
  [participant, neighbour] = await Promise.all([DEMO.participant, DEMO.sameCohortParticipant].map(cookieFor));
  options = (await callLoader(newReflection, get("/reflections/new", participant))).data.options[0];
});

describe("searching one's own records", () => {
  it("finds records by title, kind, strand, initiative and date, and only one's own", async () => {
    const [practice, learning] = [options.strands[1], options.strands[2]];
    const initiative = options.initiatives[0];
    const a = await reflect(participant, {
      title: "Zebra crossing moment",
      strandIds: [practice.id],
      writtenOn: "2025-01-10",
    });
    const b = await reflect(participant, {
      title: "Zebra stripes and ratio",
      strandIds: [learning.id],
      writtenOn: "2025-03-10",
      initiativeId: initiative.id,
    });
    await reflect(neighbour, { title: "Zebra in another participant's log", writtenOn: "2025-01-10" });

    const ids = (data: Awaited<ReturnType<typeof search>>) => data.records.map((r) => r.id).sort();
    expect(ids(await search("q=zebra"))).toEqual([a, b].sort());
    expect(ids(await search(`q=zebra&strand=${practice.id}`))).toEqual([a]);
    expect(ids(await search(`q=zebra&initiative=${initiative.id}`))).toEqual([b]);
    expect(ids(await search("q=zebra&from=2025-02-01&to=2025-12-31"))).toEqual([b]);
    expect(ids(await search("q=zebra&kind=initiative"))).toEqual([]);
    const initiatives = await search("kind=initiative");
    expect(initiatives.records.length).toBeGreaterThan(0);
    expect(initiatives.records.every((r) => r.kind === "initiative" && r.path === `/initiatives/${r.id}`)).toBe(true);

    const owners = await getDb()
      .selectFrom("entries")
      .select("owner_id")
      .where(
        "id",
        "in",
        (await search("")).records.map((r) => r.id),
      )
      .execute();
    expect(new Set(owners.map((o) => o.owner_id))).toEqual(new Set([await userId(DEMO.participant)]));
  });

  it("treats % and _ in the search text as plain characters", async () => {
    const id = await reflect(participant, { title: "100% of Year 7_set A" });
    expect((await search("q=" + encodeURIComponent("100%"))).records.map((r) => r.id)).toEqual([id]);
    expect((await search("q=" + encodeURIComponent("7_s"))).records.map((r) => r.id)).toEqual([id]);
    expect((await search("q=" + encodeURIComponent("%%%"))).records).toEqual([]);
  });

  it("explains filters that make no sense, ignores them, and keeps what was typed", async () => {
    const neighbourInitiative = await getDb()
      .selectFrom("entries")
      .innerJoin("users", "users.id", "entries.owner_id")
      .select("entries.id")
      .where("users.email", "=", DEMO.sameCohortParticipant)
      .where("entries.kind", "=", "initiative")
      .executeTakeFirstOrThrow();
    const result = await search(
      `kind=secret&strand=nope&initiative=${neighbourInitiative.id}&from=2025-02-30&to=yesterday&q=${"x".repeat(300)}`,
    );
    expect(result.errors).toEqual({
      kind: "Choose a kind of record from the list",
      strand: "Choose a strand from the list",
      initiative: "Choose one of your initiatives",
      from: "Enter a real date, like 2025-03-14",
      to: "Enter a real date, like 2025-03-14",
      q: "Search for 200 characters or fewer",
    });
    expect(result.values.from).toBe("2025-02-30");
    expect(result.filtered).toBe(false);
  });

  it("sends anonymous visitors to sign in", async () => {
    expect((await callLoader(recordsLoader, get("/records"))).status).toBe(302);
  });
});

describe("the participant's home page", () => {
  it("counts records and evidenced outcome statements per strand, in the database", async () => {
    const viewer = await loadViewer(getDb(), {
      id: await userId(DEMO.sameCohortParticipant),
      email: DEMO.sameCohortParticipant,
      name: "",
      isAdmin: false,
    });
    const before = await getStrandCoverage(getDb(), viewer);
    const strand = options.strands[3];
    // Two statements this participant has not evidenced yet, so the expected count is exact.
    const tagged = await getDb()
      .selectFrom("entry_outcomes")
      .innerJoin("entries", "entries.id", "entry_outcomes.entry_id")
      .select("entry_outcomes.outcome_statement_id as id")
      .where("entries.owner_id", "=", viewer.id)
      .execute();
    const mapped = await getDb()
      .selectFrom("evidence_outcomes")
      .innerJoin("evidence", "evidence.id", "evidence_outcomes.evidence_id")
      .innerJoin("entries", "entries.id", "evidence.entry_id")
      .select("evidence_outcomes.outcome_statement_id as id")
      .where("entries.owner_id", "=", viewer.id)
      .execute();
    const evidenced = new Set([...tagged, ...mapped].map((r) => r.id));
    const [s1, s2] = strand.statements.filter((st) => !evidenced.has(st.id));
    await reflect(neighbour, { title: "One", strandIds: [strand.id], outcomeIds: [s1.id] });
    await reflect(neighbour, { title: "Two", strandIds: [strand.id], outcomeIds: [s1.id, s2.id] });
    const after = await getStrandCoverage(getDb(), viewer);
    const find = (rows: typeof after) => rows.find((r) => r.strandId === strand.id);
    expect(find(after)?.entries).toBe((find(before)?.entries ?? 0) + 2);
    expect(find(after)?.statementsEvidenced).toBe((find(before)?.statementsEvidenced ?? 0) + 2);
    expect(find(after)?.statementsTotal).toBe(strand.statements.length);
    expect(after.map((r) => r.title)).toEqual(options.strands.map((s) => s.title));
  });

  it("shows recent records, newest first, and the coverage of every strand", async () => {
    const id = await reflect(participant, { title: "The newest thing I wrote" });
    const home = await callLoader(homeLoader, get("/", participant));
    expect(home.data.recent[0]).toMatchObject({
      id,
      title: "The newest thing I wrote",
      kind: "reflection",
      path: `/reflections/${id}`,
    });
    expect(home.data.coverage.map((c: { title: string }) => c.title)).toEqual(options.strands.map((s) => s.title));
    const lead = await callLoader(homeLoader, get("/", await cookieFor(DEMO.lead)));
    expect(lead.data.coverage).toEqual([]);
    expect(lead.data.recent).toEqual([]);
  });
});

describe("what is due, on the home page", () => {
  it("lists the participant's unfinished tasks, soonest first, with overdue ones flagged", async () => {
    const home = await callLoader(homeLoader, get("/", await cookieFor(DEMO.otherCohortParticipant)));
    const tasks = home.data.tasksDue as { title: string; dueOn: string; status: string; overdue: boolean }[];
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.map((t) => t.dueOn)).toEqual([...tasks.map((t) => t.dueOn)].sort());
    expect(tasks.every((t) => t.status !== "done")).toBe(true);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
    for (const task of tasks) expect(task.overdue).toBe(task.dueOn < today);
  });
});
