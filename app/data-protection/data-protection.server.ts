import { strToU8, zipSync } from "fflate";
import type { DB } from "~/db.server";
import { slugify, toCsv } from "~/utils/csv.server";
import { notFound, requireAdmin, type Viewer } from "~/utils/permissions.server";
import { forgetAccountThrottles } from "~/utils/sign-in-throttle.server";
import { listEventsAboutPerson, recordEvent } from "~/audit-trail/audit-log.server";
import { InputError } from "~/utils/errors.server";
import { sanitiseFileName } from "~/evidence/evidence.server";
import { todayInEngland } from "~/utils/dates";

// Subject access and erasure (UK GDPR articles 15, 17 and 20).
// Export: every row that refers to the person, as JSON plus a CSV of their records and their evidence files,
// in one zip; never the password hash, and nothing private of anybody else. One builder (buildPersonArchive) makes
// the archive; a programme admin exports anyone (exportPerson), everyone exports themself from their account page
// (exportOwnData). Erase: deletes the person and everything that is theirs (see
// docs/decisions/0006-erasure.md); comments they wrote on other people's records stay, as "[removed]" with no
// author. Both are audited. The audit trail itself is append-only: it keeps the person's id as a pseudonym.

export const REMOVED_COMMENT = "[removed]";

export interface PersonSummary {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  deactivated: boolean;
  memberships: { cohortName: string; role: string }[];
  recordCount: number;
}

export async function listPeople(db: DB, viewer: Viewer): Promise<PersonSummary[]> {
  requireAdmin(viewer);
  const [users, memberships, counts] = await Promise.all([
    db
      .selectFrom("users")
      .select(["id", "name", "email", "is_admin", "deactivated_at"])
      .orderBy("name")
      .orderBy("email")
      .execute(),
    db
      .selectFrom("memberships")
      .innerJoin("cohorts", "cohorts.id", "memberships.cohort_id")
      .select(["memberships.user_id as userId", "cohorts.name as cohortName", "memberships.role"])
      .orderBy("cohorts.name")
      .execute(),
    db
      .selectFrom("entries")
      .select(["owner_id as userId", (eb) => eb.fn.countAll().as("n")])
      .groupBy("owner_id")
      .execute(),
  ]);
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    isAdmin: u.is_admin === 1,
    deactivated: u.deactivated_at !== null,
    memberships: memberships.filter((m) => m.userId === u.id).map(({ cohortName, role }) => ({ cohortName, role })),
    recordCount: Number(counts.find((c) => c.userId === u.id)?.n ?? 0),
  }));
}

async function requirePerson(db: DB, viewer: Viewer, userId: string) {
  requireAdmin(viewer);
  const person =
    userId.length > 0 && userId.length <= 100
      ? await db
          .selectFrom("users")
          .select(["id", "name", "email", "is_admin", "deactivated_at", "created_at"])
          .where("id", "=", userId)
          .executeTakeFirst()
      : undefined;
  if (!person) notFound("We could not find that person.");
  return person;
}

/** One person as their admin page shows them: who they are and how much the app holds about them. */
export async function getPerson(db: DB, viewer: Viewer, userId: string) {
  const person = await requirePerson(db, viewer, userId);
  const [summary] = (await listPeople(db, viewer)).filter((p) => p.id === person.id);
  const [sessions, evidence, comments] = await Promise.all([
    db
      .selectFrom("sessions")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("user_id", "=", userId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("evidence")
      .innerJoin("entries", "entries.id", "evidence.entry_id")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("entries.owner_id", "=", userId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("comments")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("author_id", "=", userId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    ...summary,
    createdAt: person.created_at,
    sessionCount: Number(sessions.n),
    evidenceCount: Number(evidence.n),
    commentCount: Number(comments.n),
    isSelf: person.id === viewer.id,
  };
}

// ---- Export ----

export interface PersonExport {
  fileName: string;
  body: Uint8Array;
}

function withoutBytes<T extends { bytes?: unknown }>(row: T): Omit<T, "bytes"> {
  const { bytes: _bytes, ...rest } = row;
  return rest;
}

/** Everything the app holds that refers to the person, keyed by table. */
async function collectPersonData(db: DB, userId: string) {
  const user = await db
    .selectFrom("users")
    .select(["id", "email", "name", "is_admin", "deactivated_at", "created_at"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  const memberships = await db
    .selectFrom("memberships")
    .innerJoin("cohorts", "cohorts.id", "memberships.cohort_id")
    .selectAll("memberships")
    .select("cohorts.name as cohort_name")
    .where("memberships.user_id", "=", userId)
    .execute();
  const entries = await db
    .selectFrom("entries")
    .selectAll()
    .where("owner_id", "=", userId)
    .orderBy("created_at")
    .execute();
  const entryIds = entries.map((e) => e.id);
  const none = ["-"]; // a value no id takes, so "in" never gets an empty list
  const ids = entryIds.length > 0 ? entryIds : none;
  const membershipIds = memberships.length > 0 ? memberships.map((m) => m.id) : none;

  const [
    initiatives,
    initiativeSchools,
    initiativeOutcomes,
    actionItems,
    evaluations,
    audits,
    auditSchools,
    auditCriteria,
  ] = await Promise.all([
    db.selectFrom("initiatives").selectAll().where("entry_id", "in", ids).execute(),
    db.selectFrom("initiative_schools").selectAll().where("initiative_id", "in", ids).execute(),
    db.selectFrom("initiative_outcomes").selectAll().where("initiative_id", "in", ids).execute(),
    db.selectFrom("action_items").selectAll().where("initiative_id", "in", ids).execute(),
    db.selectFrom("evaluations").selectAll().where("initiative_id", "in", ids).execute(),
    db.selectFrom("audits").selectAll().where("entry_id", "in", ids).execute(),
    db.selectFrom("audit_schools").selectAll().where("audit_id", "in", ids).execute(),
    db.selectFrom("audit_criteria").selectAll().where("audit_id", "in", ids).execute(),
  ]);
  const actionIds = actionItems.length > 0 ? actionItems.map((a) => a.id) : none;
  const criterionIds = auditCriteria.length > 0 ? auditCriteria.map((c) => c.id) : none;
  const [actionItemSchools, auditRatings, taskResponses, reflections, entryStrands, entryOutcomes, evidence] =
    await Promise.all([
      db.selectFrom("action_item_schools").selectAll().where("action_item_id", "in", actionIds).execute(),
      db.selectFrom("audit_ratings").selectAll().where("criterion_id", "in", criterionIds).execute(),
      db
        .selectFrom("task_responses")
        .selectAll()
        .where((eb) => eb.or([eb("entry_id", "in", ids), eb("owner_id", "=", userId)]))
        .execute(),
      db.selectFrom("reflections").selectAll().where("entry_id", "in", ids).execute(),
      db.selectFrom("entry_strands").selectAll().where("entry_id", "in", ids).execute(),
      db.selectFrom("entry_outcomes").selectAll().where("entry_id", "in", ids).execute(),
      db
        .selectFrom("evidence")
        .selectAll()
        .where((eb) => eb.or([eb("entry_id", "in", ids), eb("created_by", "=", userId)]))
        .orderBy("created_at")
        .execute(),
    ]);
  const evidenceIds = evidence.length > 0 ? evidence.map((e) => e.id) : none;
  const initiativeIds = initiatives.length > 0 ? initiatives.map((i) => i.entry_id) : none;
  const evaluationIds = evaluations.length > 0 ? evaluations.map((e) => e.id) : none;
  const [evaluationEvidence, statusOverrides, adaptations, schoolImplementation, entryCriteria] = await Promise.all([
    db.selectFrom("evaluation_evidence").selectAll().where("evaluation_id", "in", evaluationIds).execute(),
    db
      .selectFrom("initiative_status_overrides")
      .selectAll()
      .where((eb) => eb.or([eb("initiative_id", "in", initiativeIds), eb("created_by", "=", userId)]))
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("initiative_adaptations")
      .selectAll()
      .where((eb) => eb.or([eb("initiative_id", "in", initiativeIds), eb("changed_by", "=", userId)]))
      .orderBy("changed_at")
      .execute(),
    db.selectFrom("school_implementation").selectAll().where("initiative_id", "in", initiativeIds).execute(),
    db.selectFrom("entry_criteria").selectAll().where("entry_id", "in", ids).execute(),
  ]);
  const [
    evidenceOutcomes,
    evidenceCriteria,
    commentsWritten,
    commentsOnTheirRecords,
    commentReads,
    criterionReviews,
    reviewsGiven,
    tasksCreated,
    sessions,
    auditEvents,
  ] = await Promise.all([
    db.selectFrom("evidence_outcomes").selectAll().where("evidence_id", "in", evidenceIds).execute(),
    db.selectFrom("evidence_criteria").selectAll().where("evidence_id", "in", evidenceIds).execute(),
    db.selectFrom("comments").selectAll().where("author_id", "=", userId).orderBy("created_at").execute(),
    db.selectFrom("comments").selectAll().where("entry_id", "in", ids).orderBy("created_at").execute(),
    db.selectFrom("comment_reads").selectAll().where("user_id", "=", userId).execute(),
    db.selectFrom("criterion_reviews").selectAll().where("membership_id", "in", membershipIds).execute(),
    // As a lead: the status and note they gave, never the participant's statement (someone else's words).
    db
      .selectFrom("criterion_reviews")
      .select(["id", "membership_id", "criterion_id", "status", "reviewer_id", "note", "updated_at"])
      .where("reviewer_id", "=", userId)
      .execute(),
    db.selectFrom("tasks").selectAll().where("created_by", "=", userId).execute(),
    db
      .selectFrom("sessions")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("user_id", "=", userId)
      .executeTakeFirstOrThrow(),
    listEventsAboutPerson(db, userId),
  ]);

  const reviewIds = criterionReviews.length > 0 ? criterionReviews.map((r) => r.id) : none;
  const [reviewEvents, reviewEventsActed] = await Promise.all([
    db.selectFrom("criterion_review_events").selectAll().where("review_id", "in", reviewIds).orderBy("at").execute(),
    db
      .selectFrom("criterion_review_events")
      .selectAll()
      .where("actor_id", "=", userId)
      .where("review_id", "not in", reviewIds)
      .orderBy("at")
      .execute(),
  ]);
  const reference = await referenceNames(db, {
    cohortIds: memberships.map((m) => m.cohort_id),
    organisationIds: [
      ...memberships.map((m) => m.trust_id),
      ...initiativeSchools.map((s) => s.school_id),
      ...auditSchools.map((s) => s.school_id),
      ...actionItemSchools.map((s) => s.school_id),
      ...schoolImplementation.map((s) => s.school_id),
    ],
    criterionIds: [...criterionReviews, ...reviewsGiven, ...evidenceCriteria, ...entryCriteria].map(
      (r) => r.criterion_id,
    ),
    taskIds: taskResponses.map((t) => t.task_id),
    workshopIds: reflections.map((r) => r.workshop_id),
  });

  return {
    user,
    memberships,
    entries,
    initiatives,
    initiative_schools: initiativeSchools,
    initiative_outcomes: initiativeOutcomes,
    action_items: actionItems,
    action_item_schools: actionItemSchools,
    evaluations,
    evaluation_evidence: evaluationEvidence,
    initiative_status_overrides: statusOverrides,
    initiative_adaptations: adaptations,
    school_implementation: schoolImplementation,
    audits,
    audit_schools: auditSchools,
    audit_criteria: auditCriteria,
    audit_ratings: auditRatings,
    task_responses: taskResponses,
    reflections,
    entry_strands: entryStrands,
    entry_outcomes: entryOutcomes,
    evidence: evidence.map(withoutBytes),
    evidence_outcomes: evidenceOutcomes,
    evidence_criteria: evidenceCriteria,
    entry_criteria: entryCriteria,
    comments_written: commentsWritten,
    comments_on_their_records: commentsOnTheirRecords,
    comment_reads: commentReads,
    criterion_reviews: criterionReviews,
    criterion_review_events: reviewEvents,
    criterion_reviews_given: reviewsGiven,
    criterion_review_events_by_them: reviewEventsActed,
    tasks_created: tasksCreated,
    sessions: { count: Number(sessions.n) },
    audit_events: auditEvents,
    reference,
    evidenceFiles: evidence.filter((e) => e.kind === "file" && e.bytes),
  };
}

/** Names for the ids the export refers to (cohorts, schools, criteria, tasks, workshops): public programme facts. */
async function referenceNames(
  db: DB,
  ids: {
    cohortIds: string[];
    organisationIds: (string | null)[];
    criterionIds: string[];
    taskIds: string[];
    workshopIds: (string | null)[];
  },
) {
  const list = (values: (string | null)[]) => {
    const unique = [...new Set(values.filter((v): v is string => v !== null))];
    return unique.length > 0 ? unique : ["-"];
  };
  const [cohorts, organisations, criteria, tasks, workshops] = await Promise.all([
    db
      .selectFrom("cohorts")
      .select(["id", "name", "academic_year", "programme_id"])
      .where("id", "in", list(ids.cohortIds))
      .execute(),
    db
      .selectFrom("organisations")
      .select(["id", "kind", "name"])
      .where("id", "in", list(ids.organisationIds))
      .execute(),
    db
      .selectFrom("accreditation_criteria")
      .select(["id", "text", "position"])
      .where("id", "in", list(ids.criterionIds))
      .execute(),
    db.selectFrom("tasks").select(["id", "title", "due_on"]).where("id", "in", list(ids.taskIds)).execute(),
    db.selectFrom("workshops").select(["id", "title", "held_on"]).where("id", "in", list(ids.workshopIds)).execute(),
  ]);
  return { cohorts, organisations, accreditation_criteria: criteria, tasks, workshops };
}

/** "strands-data-jo-bloggs-2025-03-01.zip" */
export function personExportFileName(name: string, today: string): string {
  return `strands-data-${slugify(name) === "cohort" ? "person" : slugify(name)}-${today}.zip`;
}

const README = `Your data from Strands
======================

This archive holds everything Strands keeps that refers to one person, exported on the date in data.json
("exported_at"). It answers a subject access request (UK GDPR article 15) and is yours to take elsewhere
(article 20).

Files
-----
data.json    Every row that refers to the person, table by table (see "Sections" below). Dates and times are
             ISO 8601 in UTC; calendar dates are YYYY-MM-DD. Ids link rows to each other.
records.csv  The person's records (initiatives, audits, task responses, reflections), one a row, for a spreadsheet.
files/       The evidence files the person uploaded, named "<evidence id>-<file name>"; data.json's "evidence"
             section says which record each belongs to.

Sections of data.json
---------------------
user                      Name, email address, whether a programme admin, when the account was made.
memberships               Cohorts the person belongs to, as participant or lead.
entries                   Every record: kind, title, status, who can see it, dates.
initiatives, initiative_schools, initiative_outcomes, action_items, action_item_schools
                          Improvement initiatives: problem, evidence of need, approach, schools, outcomes, action plan.
evaluations, evaluation_evidence
                          Each initiative's evaluation, level by level (Guskey's five levels), and the evidence each
                          judgement rests on.
initiative_status_overrides, initiative_adaptations, school_implementation
                          Status set by hand (with the reason), changes made once an initiative started (what and
                          why, with before/after snapshots), and adoption/fidelity/sustainment per school.
audits, audit_schools, audit_criteria, audit_ratings
                          Trust audits and their ratings, school by school.
task_responses, reflections
                          Answers to inter-sessional tasks, and the reflection log.
entry_strands, entry_outcomes, entry_criteria
                          Records tagged to outcome strands, outcome statements and accreditation criteria.
evidence, evidence_outcomes, evidence_criteria
                          Evidence (files and links; the files themselves are in files/), including how strong a
                          source each is ("evidence_type"), and what it is mapped to.
criterion_reviews, criterion_review_events
                          The person's accreditation statements, each criterion's review status and its history.
criterion_reviews_given, criterion_review_events_by_them
                          As a cohort lead: the reviews the person gave (status and note only).
comments_written, comments_on_their_records, comment_reads
                          Feedback the person wrote, feedback on their records, and which they have read.
tasks_created             As a cohort lead: tasks the person set.
sessions                  How many signed-in sessions are open (the session keys themselves are secret).
audit_events              The audit trail of who created, changed, viewed or exported the person's data, and what
                          the person did; people appear by id only.
reference                 Names for the ids above: cohorts, schools and trusts, accreditation criteria, tasks and
                          workshops.

What is not here
----------------
The password (Strands keeps only a one-way hash, never exported), and other people's private records.
`;

/**
 * The archive for one person: data.json (every section), records.csv (one row per record), files/ (the evidence
 * files) and README.txt. The caller has checked who may have it; this records the export in the audit trail.
 */
async function buildPersonArchive(
  db: DB,
  viewer: Viewer,
  personId: string,
  about: string,
  now: Date,
): Promise<PersonExport> {
  const { evidenceFiles, ...sections } = await collectPersonData(db, personId);
  const files: Record<string, Uint8Array> = {};
  for (const file of evidenceFiles) {
    const bytes = new Uint8Array(file.bytes!.byteLength);
    bytes.set(file.bytes!);
    files[`files/${file.id}-${sanitiseFileName(file.file_name ?? "evidence")}`] = bytes;
  }
  const document = { about, exported_at: now.toISOString(), exported_by: viewer.id, ...sections };
  const csv = toCsv(
    ["id", "kind", "title", "status", "visibility", "occurred_on", "cohort_id", "created_at", "updated_at"],
    sections.entries.map((e) => [
      e.id,
      e.kind,
      e.title,
      e.status,
      e.visibility,
      e.occurred_on,
      e.cohort_id,
      e.created_at,
      e.updated_at,
    ]),
  );
  const body = zipSync({
    "README.txt": strToU8(README),
    "data.json": strToU8(JSON.stringify(document, null, 2)),
    "records.csv": strToU8(csv),
    ...files,
  });
  await recordEvent(db, viewer.id, "export", "person", personId, {
    subjectOwnerId: personId,
    fields: Object.keys(sections),
  });
  return { fileName: personExportFileName(sections.user.name, todayInEngland(now)), body };
}

/** A programme admin's export of anyone (403 for everyone else, 404 for an unknown person). */
export async function exportPerson(db: DB, viewer: Viewer, userId: string, now = new Date()): Promise<PersonExport> {
  const person = await requirePerson(db, viewer, userId);
  return buildPersonArchive(
    db,
    viewer,
    person.id,
    "Everything Strands holds about this person, exported by a programme admin at their request (UK GDPR articles 15 and 20).",
    now,
  );
}

/** Everyone's own export, from their account page: the same archive, about the signed-in person only. */
export async function exportOwnData(db: DB, viewer: Viewer, now = new Date()): Promise<PersonExport> {
  return buildPersonArchive(
    db,
    viewer,
    viewer.id,
    "Everything Strands holds about you, downloaded by you from your account page (UK GDPR articles 15 and 20).",
    now,
  );
}

// ---- Erasure ----

export interface ErasureResult {
  name: string;
  records: number;
  commentsDetached: number;
}

/**
 * Erases a person: their records (with every detail row, evidence file and the comments on them), sessions,
 * memberships, sign-in failures and the users row. Comments they wrote on other people's records keep their
 * place in the thread as "[removed]" with no author. Audit events keep the id, now a pseudonym with no name.
 */
export async function erasePerson(
  db: DB,
  viewer: Viewer,
  userId: string,
  confirmEmail: string,
): Promise<ErasureResult> {
  const person = await requirePerson(db, viewer, userId);
  if (person.id === viewer.id) {
    throw new InputError({ confirmEmail: ["You cannot erase yourself. Ask another programme admin."] });
  }
  if (confirmEmail.trim().toLowerCase() !== person.email.toLowerCase()) {
    throw new InputError({ confirmEmail: ["Enter the person’s email address exactly as shown to confirm"] });
  }
  return db.transaction().execute(async (trx) => {
    const records = await trx
      .selectFrom("entries")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("owner_id", "=", person.id)
      .executeTakeFirstOrThrow();
    const detached = await trx
      .updateTable("comments")
      .set({ body: REMOVED_COMMENT, author_id: null })
      .where("author_id", "=", person.id)
      .where("entry_id", "not in", (eb) => eb.selectFrom("entries").select("id").where("owner_id", "=", person.id))
      .executeTakeFirst();
    // Records first (their detail rows, evidence and comments cascade), then everything else that names them.
    // Follow-up audits before their baselines, which they reference (ON DELETE RESTRICT).
    await trx
      .deleteFrom("entries")
      .where("owner_id", "=", person.id)
      .where("id", "in", (eb) => eb.selectFrom("audits").select("entry_id").where("baseline_id", "is not", null))
      .execute();
    await trx.deleteFrom("entries").where("owner_id", "=", person.id).execute();
    await trx.deleteFrom("task_responses").where("owner_id", "=", person.id).execute();
    await trx.deleteFrom("comment_reads").where("user_id", "=", person.id).execute();
    await trx.deleteFrom("sessions").where("user_id", "=", person.id).execute();
    await trx.deleteFrom("memberships").where("user_id", "=", person.id).execute();
    await forgetAccountThrottles(trx, person.email);
    await trx.updateTable("evidence").set({ created_by: null }).where("created_by", "=", person.id).execute();
    await trx.updateTable("tasks").set({ created_by: null }).where("created_by", "=", person.id).execute();
    await trx
      .updateTable("criterion_reviews")
      .set({ reviewer_id: null })
      .where("reviewer_id", "=", person.id)
      .execute();
    await trx.deleteFrom("users").where("id", "=", person.id).execute();
    await recordEvent(trx, viewer.id, "erase", "person", person.id, { subjectOwnerId: person.id });
    return { name: person.name, records: Number(records.n), commentsDetached: Number(detached.numUpdatedRows ?? 0) };
  });
}
