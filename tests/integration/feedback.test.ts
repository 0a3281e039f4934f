import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoFeedback } from "../../db/seed/demo-feedback";
import { getDb } from "~/db.server";
import {
  countOpenThreadsForLead,
  getFeedbackPanel,
  listThreads,
  listUnreadFeedbackForOwner,
  markRead,
} from "~/feedback/feedback.server";
import { action as feedbackAction } from "~/routes/feedback";
import { loader as initiativeLoader } from "~/routes/initiatives.$initiativeId._index";
import { loader as reflectionLoader } from "~/routes/reflections.$reflectionId._index";
import { action as createReflection, loader as newReflectionLoader } from "~/routes/reflections.new";
import { loadViewer } from "~/utils/permissions.server";
import { createEvidence } from "./factories";
import { callAction, callLoader, cookieFor, DEMO, form, get, post, REDIRECT_PAYLOADS, userId } from "./helpers";

let participant: string;
let neighbour: string;
let lead: string;
let otherLead: string;
let admin: string;
let cohortId: string;
let initiativeId: string;
let actionId: string;
let sharedReflection: string;
let cohortReflection: string;
let privateReflection: string;
let evidenceId: string;
let otherEvidenceId: string;

async function viewerFor(email: string) {
  const row = await getDb()
    .selectFrom("users")
    .select(["id", "email", "name", "is_admin"])
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  return loadViewer(getDb(), { id: row.id, email: row.email, name: row.name, isAdmin: row.is_admin === 1 });
}

async function newReflection(cookie: string, visibility: string, title: string) {
  const page = await callLoader(newReflectionLoader, get("/reflections/new", cookie));
  const cohort = page.data.options[0];
  const result = await callAction(
    createReflection,
    post(
      "/reflections/new",
      form({
        cohortId: cohort.cohortId,
        title,
        writtenOn: "2025-02-07",
        mode: "prompted",
        promptWhat: "We watched a research lesson on ratio tables.",
        promptSoWhat: "The task design mattered more than the explanation.",
        promptNowWhat: "Run a lesson study cycle before Easter.",
        visibility,
      }),
      cookie,
    ),
  );
  expect(result.status).toBe(302);
  return (result.headers.get("Location") ?? "").replace("/reflections/", "");
}

function feedbackPost(cookie: string, fields: Record<string, string>) {
  return callAction(feedbackAction, post("/feedback", form(fields), cookie));
}

async function start(
  cookie: string,
  entryId: string,
  body = "Could you say more about this?",
  anchor = "",
  redirectTo = `/reflections/${entryId}`,
) {
  return feedbackPost(cookie, { intent: "start", entryId, anchor, body, redirectTo });
}

async function counts() {
  const [comments, reads] = await Promise.all([
    getDb()
      .selectFrom("comments")
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .executeTakeFirstOrThrow(),
    getDb()
      .selectFrom("comment_reads")
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { comments: Number(comments.n), reads: Number(reads.n) };
}

beforeAll(async () => {
  [participant, neighbour, lead, otherLead, admin] = await Promise.all(
    [DEMO.participant, DEMO.sameCohortParticipant, DEMO.lead, DEMO.otherLead, DEMO.admin].map(cookieFor),
  );
  const initiative = await getDb()
    .selectFrom("entries")
    .select(["id", "cohort_id", "visibility"])
    .where("owner_id", "=", await userId(DEMO.participant))
    .where("kind", "=", "initiative")
    .orderBy("created_at")
    .executeTakeFirstOrThrow();
  expect(initiative.visibility).toBe("leads");
  initiativeId = initiative.id;
  cohortId = initiative.cohort_id;
  actionId = (
    await getDb()
      .selectFrom("action_items")
      .select("id")
      .where("initiative_id", "=", initiativeId)
      .executeTakeFirstOrThrow()
  ).id;
  sharedReflection = await newReflection(participant, "leads", "Feedback test: shared with leads");
  cohortReflection = await newReflection(participant, "cohort", "Feedback test: shared with the cohort");
  privateReflection = await newReflection(participant, "private", "Feedback test: private");
  const survey = {
    description: "What staff said after the first term.",
    url: "https://example.org/survey",
    createdBy: null,
  };
  evidenceId = (await createEvidence(getDb(), { ...survey, entryId: sharedReflection, title: "Staff survey" })).id;
  otherEvidenceId = (
    await createEvidence(getDb(), { ...survey, entryId: cohortReflection, title: "Another record's survey" })
  ).id;
});

describe("who takes part in feedback", () => {
  it("lets a lead of the cohort start a thread on a record shared with leads, and goes back to the record", async () => {
    const result = await start(
      lead,
      sharedReflection,
      "What did the pupils say about the ratio tables?",
      "field:promptWhat",
    );
    expect(result.status).toBe(303);
    const location = result.headers.get("Location") ?? "";
    expect(location).toMatch(new RegExp(`^/reflections/${sharedReflection}\\?feedback=started#thread-`));
    const threads = await listThreads(getDb(), await viewerFor(DEMO.participant), sharedReflection);
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({
      about: "About: What happened?",
      body: "What did the pupils say about the ratio tables?",
      authorRole: "lead",
      resolvedAt: null,
      isNew: true,
      hasNew: true,
    });
    expect(threads[0].authorName).toBeTruthy();
  });

  it("lets an admin start a thread too", async () => {
    const result = await start(admin, cohortReflection, "A note from the programme team.");
    expect(result.status).toBe(303);
  });

  it("answers 404 for a private record, even to the cohort's lead", async () => {
    const before = await counts();
    expect((await start(lead, privateReflection)).status).toBe(404);
    expect((await start(admin, privateReflection)).status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it("answers 404 to the lead of another cohort", async () => {
    expect((await start(otherLead, sharedReflection)).status).toBe(404);
    await expect(listThreads(getDb(), await viewerFor(DEMO.otherLead), sharedReflection)).rejects.toMatchObject({
      init: { status: 404 },
    });
  });

  it("keeps threads from other participants of the cohort, even on a record shared with the cohort", async () => {
    const neighbourViewer = await viewerFor(DEMO.sameCohortParticipant);
    // They can read the record itself…
    const page = await callLoader(reflectionLoader, get(`/reflections/${cohortReflection}`, neighbour), {
      reflectionId: cohortReflection,
    });
    expect(page.status).toBe(200);
    // …but not its feedback.
    expect(page.data.feedback).toMatchObject({ visible: false, threads: [], canStart: false });
    await expect(listThreads(getDb(), neighbourViewer, cohortReflection)).rejects.toMatchObject({
      init: { status: 404 },
    });
    expect((await start(neighbour, cohortReflection)).status).toBe(404);
    const thread = (await listThreads(getDb(), await viewerFor(DEMO.participant), cohortReflection))[0];
    expect(
      (await feedbackPost(neighbour, { intent: "reply", threadId: thread.id, body: "Me too", redirectTo: "/" })).status,
    ).toBe(404);
    expect((await feedbackPost(neighbour, { intent: "resolve", threadId: thread.id, redirectTo: "/" })).status).toBe(
      404,
    );
    expect(
      (await feedbackPost(neighbour, { intent: "mark-read", entryId: cohortReflection, redirectTo: "/" })).status,
    ).toBe(404);
  });

  it("does not let the owner start a thread (403), but shows them every thread and lets them reply", async () => {
    expect((await start(participant, sharedReflection)).status).toBe(403);
    const [thread] = await listThreads(getDb(), await viewerFor(DEMO.participant), sharedReflection);
    const result = await feedbackPost(participant, {
      intent: "reply",
      threadId: thread.id,
      body: "They said the table helped them see the multiplier.",
      redirectTo: `/reflections/${sharedReflection}`,
    });
    expect(result.status).toBe(303);
    expect(result.headers.get("Location")).toMatch(/\?feedback=replied#comment-/);
    const [after] = await listThreads(getDb(), await viewerFor(DEMO.lead), sharedReflection);
    expect(after.replies).toHaveLength(1);
    expect(after.replies[0]).toMatchObject({
      authorRole: "owner",
      isNew: true,
      body: "They said the table helped them see the multiplier.",
    });
    // Replying marked the thread read for the participant.
    const [mine] = await listThreads(getDb(), await viewerFor(DEMO.participant), sharedReflection);
    expect(mine.hasNew).toBe(false);
    expect(mine.replies[0].mine).toBe(true);
  });

  it("answers 404 for a reply to an unknown thread or to a reply", async () => {
    expect(
      (await feedbackPost(lead, { intent: "reply", threadId: randomUUID(), body: "Hello", redirectTo: "/" })).status,
    ).toBe(404);
    const [thread] = await listThreads(getDb(), await viewerFor(DEMO.lead), sharedReflection);
    expect(
      (await feedbackPost(lead, { intent: "reply", threadId: thread.replies[0].id, body: "Hello", redirectTo: "/" }))
        .status,
    ).toBe(404);
  });

  it("lets either side resolve and reopen a thread, and the record can still be changed", async () => {
    const [thread] = await listThreads(getDb(), await viewerFor(DEMO.lead), sharedReflection);
    const resolved = await feedbackPost(participant, {
      intent: "resolve",
      threadId: thread.id,
      redirectTo: `/reflections/${sharedReflection}`,
    });
    expect(resolved.status).toBe(303);
    expect(resolved.headers.get("Location")).toContain("feedback=resolved");
    expect((await listThreads(getDb(), await viewerFor(DEMO.lead), sharedReflection))[0].resolvedAt).not.toBeNull();
    const reopened = await feedbackPost(lead, {
      intent: "reopen",
      threadId: thread.id,
      redirectTo: `/reflections/${sharedReflection}`,
    });
    expect(reopened.status).toBe(303);
    expect((await listThreads(getDb(), await viewerFor(DEMO.participant), sharedReflection))[0].resolvedAt).toBeNull();
    expect((await feedbackPost(lead, { intent: "resolve", threadId: thread.id, redirectTo: "/" })).status).toBe(303);
    expect(
      (await listThreads(getDb(), await viewerFor(DEMO.participant), sharedReflection))[0].resolvedAt,
    ).not.toBeNull();
    // Nothing locks: the entry is still the participant's to edit.
    const entry = await getDb()
      .selectFrom("entries")
      .select(["owner_id"])
      .where("id", "=", sharedReflection)
      .executeTakeFirstOrThrow();
    expect(entry.owner_id).toBe(await userId(DEMO.participant));
  });
});

describe("what a thread may be about", () => {
  it("accepts the record's own fields, evidence and actions, and shows them in plain words", async () => {
    expect((await start(lead, sharedReflection, "Useful evidence.", `evidence:${evidenceId}`)).status).toBe(303);
    const onAction = await start(
      lead,
      initiativeId,
      "Is this still on track?",
      `action:${actionId}`,
      `/initiatives/${initiativeId}`,
    );
    expect(onAction.status).toBe(303);
    const onProblem = await start(
      lead,
      initiativeId,
      "Which year groups?",
      "field:problem",
      `/initiatives/${initiativeId}`,
    );
    expect(onProblem.status).toBe(303);
    const threads = await listThreads(getDb(), await viewerFor(DEMO.participant), initiativeId);
    expect(threads.map((t) => t.about)).toEqual(
      expect.arrayContaining(["About: Problem", expect.stringMatching(/^About action 1: /)]),
    );
    const reflectionThreads = await listThreads(getDb(), await viewerFor(DEMO.participant), sharedReflection);
    expect(reflectionThreads.map((t) => t.about)).toContain("About evidence: Staff survey");
  });

  it("refuses an unknown evidence id, another record's evidence, an unknown field and an action on a reflection", async () => {
    const before = await counts();
    for (const anchor of [
      `evidence:${randomUUID()}`,
      `evidence:${otherEvidenceId}`,
      "field:password_hash",
      `action:${actionId}`,
      "problem",
      "field:",
    ]) {
      // From the panel: back to the record with the error beside the field.
      const fromPanel = await start(lead, sharedReflection, "About this part", anchor);
      expect(fromPanel.status, anchor).toBe(303);
      expect(fromPanel.headers.get("Location"), anchor).toBe(
        `/reflections/${sharedReflection}?feedbackError=anchor&feedbackFor=start#feedback-form-start`,
      );
      // From anywhere else: a plain 400 with the field's error.
      const plain = await feedbackPost(lead, {
        intent: "start",
        entryId: sharedReflection,
        anchor,
        body: "About this part",
      });
      expect(plain.status, anchor).toBe(400);
      expect(plain.data.fieldErrors.anchor).toEqual(["Choose what your comment is about from the list"]);
    }
    expect(await counts()).toEqual(before);
  });
});

describe("hostile and malformed input", () => {
  it("refuses an empty comment and a 1 MB comment beside the field, writing nothing", async () => {
    const before = await counts();
    const empty = await start(lead, sharedReflection, "   ");
    expect(empty.headers.get("Location")).toContain("feedbackError=body-missing&feedbackFor=start");
    const huge = "x".repeat(1024 * 1024);
    const big = await feedbackPost(lead, { intent: "start", entryId: sharedReflection, body: huge });
    expect(big.status).toBe(400);
    expect(big.data.fieldErrors.body[0]).toMatch(/5,000 characters or fewer/);
    const bigFromPanel = await start(lead, sharedReflection, huge);
    expect(bigFromPanel.headers.get("Location")).toContain("feedbackError=body-long");
    const [thread] = await listThreads(getDb(), await viewerFor(DEMO.lead), sharedReflection);
    const bigReply = await feedbackPost(participant, {
      intent: "reply",
      threadId: thread.id,
      body: huge,
      redirectTo: "/tasks",
    });
    expect(bigReply.headers.get("Location")).toBe(
      `/tasks?feedbackError=body-long&feedbackFor=${thread.id}#feedback-form-${thread.id}`,
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses unknown intents, missing and overlong ids, and never redirects off the site", async () => {
    expect((await feedbackPost(lead, { intent: "delete-everything", entryId: sharedReflection })).status).toBe(400);
    expect((await feedbackPost(lead, { intent: "start", body: "Hello" })).status).toBe(400);
    expect((await feedbackPost(lead, { intent: "start", entryId: "x".repeat(5000), body: "Hello" })).status).toBe(400);
    expect((await feedbackPost(lead, { intent: "start", entryId: randomUUID(), body: "Hello" })).status).toBe(404);
    for (const redirectTo of ["//evil.example/", "https://evil.example/", "/\\evil.example"]) {
      const result = await start(lead, sharedReflection, "", "", redirectTo);
      expect(result.status, redirectTo).toBe(400);
      expect(result.headers.get("Location")).toBeNull();
    }
    // The outcome of an earlier post is replaced, not piled up.
    const again = await start(
      lead,
      sharedReflection,
      "",
      "",
      `/reflections/${sharedReflection}?feedback=started&feedbackError=anchor`,
    );
    expect(again.headers.get("Location")).toBe(
      `/reflections/${sharedReflection}?feedbackError=body-missing&feedbackFor=start#feedback-form-start`,
    );
  });

  it("sends someone who is not signed in to sign in", async () => {
    const result = await callAction(
      feedbackAction,
      post("/feedback", form({ intent: "start", entryId: sharedReflection, body: "Hi" })),
    );
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toMatch(/^\/sign-in/);
  });
});

describe("new and read", () => {
  it("shows new feedback to the owner until they mark it read", async () => {
    const priya = await viewerFor(DEMO.participant);
    const unread = await listUnreadFeedbackForOwner(getDb(), priya);
    const onInitiative = unread.find((u) => u.entryId === initiativeId);
    // The two threads this file started, plus any unread demo thread already on Priya's initiative.
    const threadsWithNews = (await listThreads(getDb(), priya, initiativeId)).filter((t) => t.hasNew).length;
    expect(threadsWithNews).toBeGreaterThanOrEqual(2);
    expect(onInitiative).toMatchObject({
      kind: "initiative",
      path: `/initiatives/${initiativeId}`,
      threadCount: threadsWithNews,
    });
    expect(onInitiative?.latestAuthor).toBeTruthy();
    expect(unread.every((u) => u.entryId !== privateReflection)).toBe(true);

    const page = await callLoader(initiativeLoader, get(`/initiatives/${initiativeId}`, participant), { initiativeId });
    expect(page.data.feedback.visible).toBe(true);
    expect(page.data.feedback.canStart).toBe(false);
    expect(page.data.feedback.threads.every((t: { isNew: boolean }) => t.isNew)).toBe(true);

    const result = await feedbackPost(participant, {
      intent: "mark-read",
      entryId: initiativeId,
      redirectTo: `/initiatives/${initiativeId}`,
    });
    expect(result.status).toBe(303);
    expect(result.headers.get("Location")).toBe(`/initiatives/${initiativeId}?feedback=read#feedback`);
    expect((await listThreads(getDb(), priya, initiativeId)).some((t) => t.hasNew)).toBe(false);
    expect((await listUnreadFeedbackForOwner(getDb(), priya)).some((u) => u.entryId === initiativeId)).toBe(false);
    // Marking twice (a double click) is harmless.
    await markRead(getDb(), priya, initiativeId);

    // The lead still sees the participant's earlier reply as new on the reflection, and none of their own words.
    const leadThreads = await listThreads(getDb(), await viewerFor(DEMO.lead), sharedReflection);
    expect(
      leadThreads
        .flatMap((t) => [t, ...t.replies])
        .filter((c) => c.isNew)
        .every((c) => c.authorRole === "owner"),
    ).toBe(true);
  });

  it("writes nothing when record pages are only read", async () => {
    await start(lead, initiativeId, "One more thought.", "", `/initiatives/${initiativeId}`);
    const before = await counts();
    for (const cookie of [participant, lead, admin, neighbour]) {
      await callLoader(initiativeLoader, get(`/initiatives/${initiativeId}`, cookie), { initiativeId });
      await callLoader(reflectionLoader, get(`/reflections/${cohortReflection}`, cookie), {
        reflectionId: cohortReflection,
      });
    }
    await listThreads(getDb(), await viewerFor(DEMO.participant), initiativeId);
    await getFeedbackPanel(getDb(), await viewerFor(DEMO.lead), initiativeId);
    await listUnreadFeedbackForOwner(getDb(), await viewerFor(DEMO.participant));
    expect(await counts()).toEqual(before);
    expect((await listThreads(getDb(), await viewerFor(DEMO.participant), initiativeId)).some((t) => t.isNew)).toBe(
      true,
    );
  });

  it("counts a cohort's open threads for its leads only", async () => {
    const open = await countOpenThreadsForLead(getDb(), await viewerFor(DEMO.lead), cohortId);
    expect(open).toBeGreaterThanOrEqual(4);
    await expect(countOpenThreadsForLead(getDb(), await viewerFor(DEMO.otherLead), cohortId)).rejects.toMatchObject({
      init: { status: 404 },
    });
    await expect(countOpenThreadsForLead(getDb(), await viewerFor(DEMO.participant), cohortId)).rejects.toMatchObject({
      init: { status: 404 },
    });
  });
});

describe("demo feedback", () => {
  it("adds the lead's threads on Priya's shared records: an open unread one on her initiative's problem, a resolved one she replied to", async () => {
    await getDb().deleteFrom("comments").execute();
    await seedDemoFeedback(getDb());
    const priya = await viewerFor(DEMO.participant);
    const onInitiative = await listThreads(getDb(), priya, initiativeId);
    expect(onInitiative).toHaveLength(1);
    expect(onInitiative[0]).toMatchObject({
      about: "About: Problem",
      resolvedAt: null,
      isNew: true,
      authorRole: "lead",
    });
    const unread = await listUnreadFeedbackForOwner(getDb(), priya);
    expect(unread.map((u) => u.entryId)).toContain(initiativeId);
    const reflectionIds = (
      await getDb()
        .selectFrom("comments")
        .innerJoin("entries", "entries.id", "comments.entry_id")
        .select("entries.id")
        .where("entries.kind", "=", "reflection")
        .execute()
    ).map((r) => r.id);
    const reflectionThreads = await listThreads(getDb(), priya, reflectionIds[0]);
    expect(reflectionThreads[0].resolvedAt).not.toBeNull();
    expect(reflectionThreads[0].replies[0]).toMatchObject({ authorRole: "owner", mine: true });
    // Every seeded thread is on a record its lead may see.
    const hidden = await getDb()
      .selectFrom("comments")
      .innerJoin("entries", "entries.id", "comments.entry_id")
      .select("comments.id")
      .where("entries.visibility", "=", "private")
      .execute();
    expect(hidden).toEqual([]);
  });
});

describe("redirect targets that only look same-site", () => {
  const ORIGIN = "https://strands.example";

  it.each(REDIRECT_PAYLOADS.map((payload) => [JSON.stringify(payload), payload]))(
    "%s: an error goes back to a page on this site, or gets a plain 400",
    async (_, redirectTo) => {
      const result = await start(lead, sharedReflection, "", "", redirectTo);
      const location = result.headers.get("Location");
      if (location === null) {
        expect(result.status).toBe(400);
        return;
      }
      expect(result.status).toBe(303);
      const url = new URL(location, ORIGIN);
      expect(url.origin, location).toBe(ORIGIN);
      expect(location, location).toMatch(/^\/(?![/\\])/);
      expect(`${url.pathname}${url.search}${url.hash}`, "sent normalised").toBe(location);
      expect(location).toContain("feedbackError=body-missing&feedbackFor=start#feedback-form-start");
    },
  );

  it("a successful post never leaves the site either: no usable target, no redirect", async () => {
    const before = await counts();
    const result = await start(lead, sharedReflection, "Open redirect check", "", "/.//evil.example");
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ ok: true, done: "started" });
    expect(result.headers.get("Location")).toBeNull();
    expect((await counts()).comments).toBe(before.comments + 1);
    const encoded = await start(lead, sharedReflection, "Open redirect check", "", "/%2F%2Fevil.example");
    expect(encoded.status).toBe(303);
    const location = encoded.headers.get("Location") ?? "";
    expect(location).toMatch(/^\/%2F%2Fevil\.example\?feedback=started#thread-/);
    expect(new URL(location, ORIGIN).origin).toBe(ORIGIN);
  });

  it("keeps the record page's own address, query and all, as it was", async () => {
    const result = await start(lead, sharedReflection, "", "", `/reflections/${sharedReflection}?tab=a+b&x=%2F#old`);
    expect(result.headers.get("Location")).toBe(
      `/reflections/${sharedReflection}?tab=a+b&x=%2F&feedbackError=body-missing&feedbackFor=start#feedback-form-start`,
    );
  });
});
