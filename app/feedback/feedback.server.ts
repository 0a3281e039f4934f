import type { JoinBuilder } from "kysely";
import type { Database, EntryKind } from "../../db/schema";
import type { FeedbackComment, FeedbackThread } from "./panel";
import type { DB } from "~/db.server";
import { newId, nowIso } from "~/utils/ids.server";
import {
  canViewEntry,
  forbidden,
  leadsCohort,
  notFound,
  requireLeadOf,
  type EntryAccessFacts,
  type Viewer,
} from "~/utils/permissions.server";
import { loadEntryFacts, requireVisibleEntry } from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import { recordPath } from "~/records/records.server";
import { recordEvent } from "~/audit-trail/audit-log.server";

// Feedback threads on a record, between its owner and the leads of its cohort (and programme admins).
// Nobody else sees them: not even other participants of the cohort on a record shared with the whole cohort.
// A lead or admin starts a thread (never on a private record); either side replies, resolves and reopens.
// A thread is a comment with no parent; its replies point at it. Unread = written by someone else and with no
// comment_reads row for the viewer. Nothing here locks the record: the owner may still change it.

type Facts = EntryAccessFacts & { id: string; kind: EntryKind };

const NOT_FOUND = "We could not find that record.";

/** The record's owner, or a lead of its cohort or an admin when the record is shared (not private). */
export function isFeedbackParticipant(viewer: Viewer, entry: EntryAccessFacts): boolean {
  if (entry.owner_id === viewer.id) return true;
  if (entry.visibility === "private") return false;
  return viewer.isAdmin || leadsCohort(viewer, entry.cohort_id);
}

/** Leads of the record's cohort and admins start threads, on records shared with leads or the cohort. */
export function canStartThread(viewer: Viewer, entry: EntryAccessFacts): boolean {
  return (
    entry.owner_id !== viewer.id &&
    entry.visibility !== "private" &&
    (viewer.isAdmin || leadsCohort(viewer, entry.cohort_id))
  );
}

/** 404 unless the viewer sees the record and takes part in its feedback: no hint that it (or its threads) exist. */
async function requireFeedbackEntry(db: DB, viewer: Viewer, entryId: string): Promise<Facts> {
  const facts = await requireVisibleEntry(db, viewer, entryId);
  if (!isFeedbackParticipant(viewer, facts)) notFound(NOT_FOUND);
  return facts;
}

async function requireThread(db: DB, viewer: Viewer, threadId: string) {
  const thread = await db
    .selectFrom("comments")
    .select(["id", "entry_id", "resolved_at"])
    .where("id", "=", threadId)
    .where("parent_id", "is", null)
    .executeTakeFirst();
  if (!thread) notFound("We could not find that feedback thread.");
  const facts = await loadEntryFacts(db, thread.entry_id);
  if (!facts || !canViewEntry(viewer, facts) || !isFeedbackParticipant(viewer, facts)) {
    notFound("We could not find that feedback thread.");
  }
  return { thread, facts };
}

// ---------------------------------------------------------------------------------------------------------
// What a thread may be about

/** The parts of each kind of record a comment can point at, with the words shown for them. */
export const FEEDBACK_FIELDS: Record<EntryKind, Record<string, string>> = {
  initiative: {
    title: "Title",
    problem: "Problem",
    evidenceOfNeed: "Evidence of need",
    approach: "What will be done",
    activeIngredients: "Active ingredients",
    schools: "Schools",
    outcomes: "How we will know it worked",
    strands: "Outcome strands",
  },
  audit: {
    focus: "Focus",
    schools: "Schools",
    criteria: "Criteria",
    ratings: "Ratings",
    strands: "Outcome strands",
  },
  reflection: {
    title: "Title",
    body: "Reflection",
    promptWhat: "What happened?",
    promptSoWhat: "So what?",
    promptNowWhat: "Now what?",
    strands: "Outcome strands",
  },
  task_response: {
    status: "Status",
    body: "Response",
    strands: "Outcome strands",
  },
};

export interface FeedbackAnchor {
  value: string;
  /** What the select offers, e.g. "Problem", "Evidence: Staff survey". */
  label: string;
  /** What a thread shows, e.g. "About: Problem", "About evidence: Staff survey". */
  about: string;
}

const WHOLE_RECORD: FeedbackAnchor = { value: "", label: "The whole record", about: "About: the whole record" };

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Everything a thread on this record may be about: the whole record, its fields, its evidence and (initiatives) its actions. */
export async function listAnchors(db: DB, entry: Pick<Facts, "id" | "kind">): Promise<FeedbackAnchor[]> {
  const fields = Object.entries(FEEDBACK_FIELDS[entry.kind]).map(([name, label]) => ({
    value: `field:${name}`,
    label,
    about: `About: ${label}`,
  }));
  const evidence = await db
    .selectFrom("evidence")
    .select(["id", "title"])
    .where("entry_id", "=", entry.id)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const actions =
    entry.kind === "initiative"
      ? await db
          .selectFrom("action_items")
          .select(["id", "description"])
          .where("initiative_id", "=", entry.id)
          .orderBy("position")
          .execute()
      : [];
  return [
    WHOLE_RECORD,
    ...fields,
    ...evidence.map((e) => ({
      value: `evidence:${e.id}`,
      label: `Evidence: ${truncate(e.title)}`,
      about: `About evidence: ${e.title}`,
    })),
    ...actions.map((a, index) => ({
      value: `action:${a.id}`,
      label: `Action ${index + 1}: ${truncate(a.description)}`,
      about: `About action ${index + 1}: ${a.description}`,
    })),
  ];
}

function aboutFor(anchor: string, anchors: FeedbackAnchor[]): string {
  const known = anchors.find((a) => a.value === anchor);
  if (known) return known.about;
  if (anchor.startsWith("evidence:")) return "About evidence that has since been removed";
  if (anchor.startsWith("action:")) return "About an action that has since been removed";
  return WHOLE_RECORD.about;
}

/** Refuses (400 beside the field) an anchor that is not a part of this record. */
async function checkAnchor(db: DB, entry: Facts, anchor: string) {
  if (anchor === "") return;
  const refuse = () => {
    throw new InputError({ anchor: ["Choose what your comment is about from the list"] });
  };
  const match = /^(field|evidence|action):(.{1,100})$/.exec(anchor);
  if (!match) refuse();
  const [, type, key] = match!;
  if (type === "field") {
    if (!Object.prototype.hasOwnProperty.call(FEEDBACK_FIELDS[entry.kind], key)) refuse();
    return;
  }
  if (type === "evidence") {
    const found = await db
      .selectFrom("evidence")
      .select("id")
      .where("id", "=", key)
      .where("entry_id", "=", entry.id)
      .executeTakeFirst();
    if (!found) refuse();
    return;
  }
  if (entry.kind !== "initiative") refuse();
  const found = await db
    .selectFrom("action_items")
    .select("id")
    .where("id", "=", key)
    .where("initiative_id", "=", entry.id)
    .executeTakeFirst();
  if (!found) refuse();
}

// ---------------------------------------------------------------------------------------------------------
// Reading

export type { FeedbackComment, FeedbackThread };

/** Joins the viewer's read mark onto each comment: `comment_reads.comment_id` is null where they have not read it. */
function viewerReads(viewerId: string) {
  return (join: JoinBuilder<Database, "comments" | "comment_reads">) =>
    join.onRef("comment_reads.comment_id", "=", "comments.id").on("comment_reads.user_id", "=", viewerId);
}

async function readThreads(db: DB, viewer: Viewer, entry: Facts, anchors: FeedbackAnchor[]): Promise<FeedbackThread[]> {
  const rows = await db
    .selectFrom("comments")
    .leftJoin("users", "users.id", "comments.author_id")
    .leftJoin("comment_reads", viewerReads(viewer.id))
    .select([
      "comments.id",
      "comments.parent_id as parentId",
      "comments.author_id as authorId",
      "users.name as authorName",
      "comments.anchor",
      "comments.body",
      "comments.resolved_at as resolvedAt",
      "comments.created_at as createdAt",
      "comment_reads.read_at as readAt",
    ])
    .where("comments.entry_id", "=", entry.id)
    .orderBy("comments.created_at")
    .orderBy("comments.id")
    .execute();
  const comment = (row: (typeof rows)[number]): FeedbackComment => ({
    id: row.id,
    authorName: row.authorName ?? "A former user",
    authorRole: row.authorId === entry.owner_id ? "owner" : "lead",
    mine: row.authorId === viewer.id,
    body: row.body,
    createdAt: row.createdAt,
    isNew: row.authorId !== viewer.id && row.readAt === null,
  });
  const threads: FeedbackThread[] = rows
    .filter((row) => row.parentId === null)
    .map((row) => ({
      ...comment(row),
      anchor: row.anchor,
      about: aboutFor(row.anchor, anchors),
      resolvedAt: row.resolvedAt,
      replies: [],
      hasNew: false,
    }));
  const byId = new Map(threads.map((t) => [t.id, t]));
  for (const row of rows) {
    if (row.parentId === null) continue;
    byId.get(row.parentId)?.replies.push(comment(row));
  }
  for (const thread of threads) thread.hasNew = thread.isNew || thread.replies.some((r) => r.isNew);
  // Open threads first, then resolved ones; each group oldest first, as a conversation reads.
  return [...threads.filter((t) => !t.resolvedAt), ...threads.filter((t) => t.resolvedAt)];
}

/** The record's threads with their replies, author names, resolved state and what is new to the viewer. 404 for anyone else. */
export async function listThreads(db: DB, viewer: Viewer, entryId: string): Promise<FeedbackThread[]> {
  const entry = await requireFeedbackEntry(db, viewer, entryId);
  return readThreads(db, viewer, entry, await listAnchors(db, entry));
}

export interface FeedbackPanelData {
  entryId: string;
  /** False for viewers who may see the record but not its feedback (e.g. another participant of the cohort). */
  visible: boolean;
  canStart: boolean;
  anchors: FeedbackAnchor[];
  threads: FeedbackThread[];
}

/**
 * What a record page's feedback panel shows. Never throws for a record the page could show: a viewer outside
 * the conversation gets `visible: false` and nothing else. Reads only (GET loaders write nothing).
 */
export async function getFeedbackPanel(db: DB, viewer: Viewer, entryId: string): Promise<FeedbackPanelData> {
  const hidden = { entryId, visible: false, canStart: false, anchors: [], threads: [] };
  const entry = await loadEntryFacts(db, entryId);
  if (!entry || !canViewEntry(viewer, entry) || !isFeedbackParticipant(viewer, entry)) return hidden;
  const anchors = await listAnchors(db, entry);
  return {
    entryId,
    visible: true,
    canStart: canStartThread(viewer, entry),
    anchors,
    threads: await readThreads(db, viewer, entry, anchors),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Writing

function inTransaction<T>(db: DB, work: (trx: DB) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

async function markCommentsRead(db: DB, viewer: Viewer, commentIds: string[]) {
  if (commentIds.length === 0) return;
  const readAt = nowIso();
  await db
    .insertInto("comment_reads")
    .values(commentIds.map((id) => ({ user_id: viewer.id, comment_id: id, read_at: readAt })))
    .onConflict((oc) => oc.columns(["user_id", "comment_id"]).doNothing())
    .execute();
}

async function threadCommentIds(db: DB, threadId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("comments")
    .select("id")
    .where((eb) => eb.or([eb("id", "=", threadId), eb("parent_id", "=", threadId)]))
    .execute();
  return rows.map((r) => r.id);
}

export async function startThread(db: DB, viewer: Viewer, input: { entryId: string; anchor: string; body: string }) {
  const entry = await requireFeedbackEntry(db, viewer, input.entryId);
  if (!canStartThread(viewer, entry))
    forbidden("Only the cohort’s leads can start a feedback thread. You can reply to theirs.");
  await checkAnchor(db, entry, input.anchor);
  const id = newId();
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto("comments")
      .values({
        id,
        entry_id: entry.id,
        parent_id: null,
        author_id: viewer.id,
        anchor: input.anchor,
        body: input.body,
        resolved_at: null,
        created_at: nowIso(),
      })
      .execute();
    await markCommentsRead(trx, viewer, [id]);
    await recordEvent(trx, viewer.id, "create", "comment", id, {
      fields: ["anchor", "body"],
      subjectOwnerId: entry.owner_id,
    });
  });
  return { entryId: entry.id, threadId: id };
}

/** A reply from either side; replying also marks the thread as read for the one replying. */
export async function reply(db: DB, viewer: Viewer, input: { threadId: string; body: string }) {
  const { thread, facts } = await requireThread(db, viewer, input.threadId);
  const id = newId();
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto("comments")
      .values({
        id,
        entry_id: facts.id,
        parent_id: thread.id,
        author_id: viewer.id,
        anchor: "",
        body: input.body,
        resolved_at: null,
        created_at: nowIso(),
      })
      .execute();
    await recordEvent(trx, viewer.id, "create", "comment", id, { fields: ["body"], subjectOwnerId: facts.owner_id });
    await markCommentsRead(trx, viewer, await threadCommentIds(trx, thread.id));
  });
  return { entryId: facts.id, threadId: thread.id, commentId: id };
}

/** Either side resolves a thread, or reopens it; doing so marks the thread as read for them. */
export async function setResolved(db: DB, viewer: Viewer, input: { threadId: string; resolved: boolean }) {
  const { thread, facts } = await requireThread(db, viewer, input.threadId);
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable("comments")
      .set({ resolved_at: input.resolved ? (thread.resolved_at ?? nowIso()) : null })
      .where("id", "=", thread.id)
      .execute();
    await recordEvent(trx, viewer.id, "update", "comment", thread.id, {
      fields: ["resolved_at"],
      subjectOwnerId: facts.owner_id,
    });
    await markCommentsRead(trx, viewer, await threadCommentIds(trx, thread.id));
  });
  return { entryId: facts.id, threadId: thread.id };
}

/** Marks every comment on the record as read for the viewer (the panel's "Mark as read" button). */
export async function markRead(db: DB, viewer: Viewer, entryId: string) {
  const entry = await requireFeedbackEntry(db, viewer, entryId);
  const unread = await db
    .selectFrom("comments")
    .leftJoin("comment_reads", viewerReads(viewer.id))
    .select("comments.id")
    .where("comments.entry_id", "=", entry.id)
    .where("comment_reads.comment_id", "is", null)
    .execute();
  await markCommentsRead(
    db,
    viewer,
    unread.map((r) => r.id),
  );
  return { entryId: entry.id };
}

// ---------------------------------------------------------------------------------------------------------
// Summaries for home pages and dashboards

export interface UnreadFeedback {
  entryId: string;
  entryTitle: string;
  kind: EntryKind;
  /** Where the owner reads the record (and its feedback). */
  path: string;
  /** Threads on the record with something new in them. */
  threadCount: number;
  latestAt: string;
  latestAuthor: string;
}

/** The viewer's own records with feedback they have not read yet, most recent first. */
export async function listUnreadFeedbackForOwner(db: DB, viewer: Viewer): Promise<UnreadFeedback[]> {
  const rows = await db
    .selectFrom("comments")
    .innerJoin("entries", "entries.id", "comments.entry_id")
    .leftJoin("users", "users.id", "comments.author_id")
    .leftJoin("task_responses", "task_responses.entry_id", "entries.id")
    .leftJoin("comment_reads", viewerReads(viewer.id))
    .select([
      "entries.id as entryId",
      "entries.title as entryTitle",
      "entries.kind",
      "task_responses.task_id as taskId",
      "comments.id",
      "comments.parent_id as parentId",
      "comments.created_at as createdAt",
      "users.name as authorName",
    ])
    .where("entries.owner_id", "=", viewer.id)
    .where((eb) => eb.or([eb("comments.author_id", "is", null), eb("comments.author_id", "!=", viewer.id)]))
    .where("comment_reads.comment_id", "is", null)
    .orderBy("comments.created_at", "desc")
    .orderBy("comments.id")
    .limit(1000)
    .execute();
  const byEntry = new Map<string, UnreadFeedback & { threads: Set<string> }>();
  for (const row of rows) {
    let item = byEntry.get(row.entryId);
    if (!item) {
      item = {
        entryId: row.entryId,
        entryTitle: row.entryTitle,
        kind: row.kind,
        path: recordPath({ id: row.entryId, kind: row.kind, taskId: row.taskId }),
        threadCount: 0,
        latestAt: row.createdAt,
        latestAuthor: row.authorName ?? "A former user",
        threads: new Set(),
      };
      byEntry.set(row.entryId, item);
    }
    item.threads.add(row.parentId ?? row.id);
    item.threadCount = item.threads.size;
  }
  return [...byEntry.values()].map(({ threads: _threads, ...item }) => item);
}

/** Open (unresolved) threads on the shared records of a cohort, for its leads and admins. */
export async function countOpenThreadsForLead(db: DB, viewer: Viewer, cohortId: string): Promise<number> {
  requireLeadOf(viewer, cohortId);
  const row = await db
    .selectFrom("comments")
    .innerJoin("entries", "entries.id", "comments.entry_id")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("entries.cohort_id", "=", cohortId)
    .where("entries.visibility", "!=", "private")
    .where("comments.parent_id", "is", null)
    .where("comments.resolved_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
