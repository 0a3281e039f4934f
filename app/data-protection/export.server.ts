import { strToU8, zipSync } from "fflate";
import type { DB } from "~/db.server";
import { slugify, toCsv } from "~/utils/csv.server";
import type { Viewer } from "~/utils/permissions.server";
import { listEventsAboutPerson, recordEvent } from "~/audit-trail/audit-log.server";
import { sanitiseFileName } from "~/evidence/evidence.server";
import { todayInEngland } from "~/utils/dates";
import { requirePerson } from "./data-protection.server";

// A person's data export (UK GDPR articles 15 and 20): collecting every row that refers to them and the one zip
// builder (buildPersonArchive) behind an admin's export and everyone's own (see ./data-protection.server).

export interface PersonExport {
  fileName: string;
  body: Uint8Array;
}

function withoutBytes<T extends { bytes?: unknown }>(row: T): Omit<T, "bytes"> {
  const { bytes: _bytes, ...rest } = row;
  return rest;
}

const NONE = ["-"]; // a value no id takes, so "in" never gets an empty list

/** The ids for an "in" list: never empty. */
function idsOf<T>(rows: T[], id: (row: T) => string): string[] {
  return rows.length > 0 ? rows.map(id) : NONE;
}

/** The person's account, memberships and records. */
async function readPersonAndRecords(db: DB, userId: string) {
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
  return { user, memberships, entries };
}

/** The rows hanging from the person's records: initiatives, evaluations, audits, responses, reflections, tags, evidence. */
async function readRecordDetails(db: DB, userId: string, ids: string[]) {
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
  const actionIds = idsOf(actionItems, (a) => a.id);
  const criterionIds = idsOf(auditCriteria, (c) => c.id);
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
  return {
    initiatives,
    initiativeSchools,
    initiativeOutcomes,
    actionItems,
    evaluations,
    audits,
    auditSchools,
    auditCriteria,
    actionItemSchools,
    auditRatings,
    taskResponses,
    reflections,
    entryStrands,
    entryOutcomes,
    evidence,
  };
}

/** An initiative's evaluation evidence, status overrides, adaptations and school implementation; record criteria. */
async function readInitiativeHistory(
  db: DB,
  userId: string,
  ids: string[],
  details: Pick<Awaited<ReturnType<typeof readRecordDetails>>, "initiatives" | "evaluations">,
) {
  const initiativeIds = idsOf(details.initiatives, (i) => i.entry_id);
  const evaluationIds = idsOf(details.evaluations, (e) => e.id);
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
  return { evaluationEvidence, statusOverrides, adaptations, schoolImplementation, entryCriteria };
}

/** Evidence mappings, feedback, accreditation reviews, tasks set, sessions and the audit trail. */
async function readActivity(db: DB, userId: string, ids: string[], evidenceIds: string[], membershipIds: string[]) {
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

  const reviewIds = idsOf(criterionReviews, (r) => r.id);
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
  return {
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
    reviewEvents,
    reviewEventsActed,
  };
}

/** Everything the app holds that refers to the person, keyed by table. */
async function collectPersonData(db: DB, userId: string) {
  const { user, memberships, entries } = await readPersonAndRecords(db, userId);
  const ids = idsOf(entries, (e) => e.id);
  const membershipIds = idsOf(memberships, (m) => m.id);
  const details = await readRecordDetails(db, userId, ids);
  const history = await readInitiativeHistory(db, userId, ids, details);
  const activity = await readActivity(
    db,
    userId,
    ids,
    idsOf(details.evidence, (e) => e.id),
    membershipIds,
  );
  const reference = await referenceNames(db, {
    cohortIds: memberships.map((m) => m.cohort_id),
    organisationIds: [
      ...memberships.map((m) => m.trust_id),
      ...details.initiativeSchools.map((s) => s.school_id),
      ...details.auditSchools.map((s) => s.school_id),
      ...details.actionItemSchools.map((s) => s.school_id),
      ...history.schoolImplementation.map((s) => s.school_id),
    ],
    criterionIds: [
      ...activity.criterionReviews,
      ...activity.reviewsGiven,
      ...activity.evidenceCriteria,
      ...history.entryCriteria,
    ].map((r) => r.criterion_id),
    taskIds: details.taskResponses.map((t) => t.task_id),
    workshopIds: details.reflections.map((r) => r.workshop_id),
  });

  return {
    user,
    memberships,
    entries,
    initiatives: details.initiatives,
    initiative_schools: details.initiativeSchools,
    initiative_outcomes: details.initiativeOutcomes,
    action_items: details.actionItems,
    action_item_schools: details.actionItemSchools,
    evaluations: details.evaluations,
    evaluation_evidence: history.evaluationEvidence,
    initiative_status_overrides: history.statusOverrides,
    initiative_adaptations: history.adaptations,
    school_implementation: history.schoolImplementation,
    audits: details.audits,
    audit_schools: details.auditSchools,
    audit_criteria: details.auditCriteria,
    audit_ratings: details.auditRatings,
    task_responses: details.taskResponses,
    reflections: details.reflections,
    entry_strands: details.entryStrands,
    entry_outcomes: details.entryOutcomes,
    evidence: details.evidence.map(withoutBytes),
    evidence_outcomes: activity.evidenceOutcomes,
    evidence_criteria: activity.evidenceCriteria,
    entry_criteria: history.entryCriteria,
    comments_written: activity.commentsWritten,
    comments_on_their_records: activity.commentsOnTheirRecords,
    comment_reads: activity.commentReads,
    criterion_reviews: activity.criterionReviews,
    criterion_review_events: activity.reviewEvents,
    criterion_reviews_given: activity.reviewsGiven,
    criterion_review_events_by_them: activity.reviewEventsActed,
    tasks_created: activity.tasksCreated,
    sessions: { count: Number(activity.sessions.n) },
    audit_events: activity.auditEvents,
    reference,
    evidenceFiles: details.evidence.filter((e) => e.kind === "file" && e.bytes),
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
