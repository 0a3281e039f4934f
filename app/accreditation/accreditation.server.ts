import type { CriterionReviewStatus, EntryKind, EvidenceType, Visibility } from "../../db/schema";
import type { DB } from "~/db.server";
import { requireLedCohort } from "~/cohorts/access.server";
import {
  CRITERION_STATUS_LABELS,
  MAPPING_REQUIRED_TO_SUBMIT,
  STATEMENT_REQUIRED_TO_SUBMIT,
  type CriterionReviewInput,
  type CriterionWork,
  type CriterionWorkChoices,
} from "~/accreditation/schema";
import { parseJudgement } from "~/evaluations/schema";
import { newId, nowIso } from "~/utils/ids.server";
import { todayInEngland } from "~/utils/dates";
import {
  canViewCohort,
  canViewEntry,
  forbidden,
  leadsCohort,
  notFound,
  participatesIn,
  type Viewer,
} from "~/utils/permissions.server";
import { recordEvent, recordViewOf } from "~/audit-trail/audit-log.server";
import { InputError } from "~/utils/errors.server";
import { recordHref } from "~/evidence/evidence.server";
import { leadRecordHref } from "~/dashboards/participant-story.server";

// Accreditation: per participant and criterion of their programme, a statement, the evidence and records mapped to
// it, and the cohort lead's review with its history; and the readiness checker (the Accreditation Evidence
// Document's requirements as rules over the participant's records).
//
// Only records shared with the cohort's leads count towards accreditation and appear to leads: the leads sign the
// criteria off, so they must be able to read what backs them. A participant sees their private records mapped too,
// marked as not visible to leads.

const NOT_FOUND = "We could not find that participant's accreditation in this cohort.";
const CRITERION_NOT_FOUND = "We could not find that criterion.";
const SHARED: readonly Visibility[] = ["leads", "cohort"];

const KIND_LABELS: Record<EntryKind, string> = {
  initiative: "Initiative",
  audit: "Audit",
  task_response: "Task response",
  reflection: "Reflection",
};

// ---------------------------------------------------------------------------------------------------------------
// Who may see whose accreditation

export interface AccreditationSubject {
  cohort: {
    id: string;
    name: string;
    academicYear: string;
    programmeId: string;
    programmeCode: string;
    programmeName: string;
  };
  person: { id: string; name: string; trustName: string | null };
  membershipId: string;
  /** The viewer is the participant themself (not a lead looking at them). */
  viewerIsOwner: boolean;
  /** The viewer leads the cohort and may review (admins only read). */
  viewerMayReview: boolean;
}

/** The participant themself, a lead of the cohort or an admin; the user must take part in the cohort. 404 otherwise. */
export async function requireAccreditationSubject(
  db: DB,
  viewer: Viewer,
  cohortId: string,
  userId: string,
): Promise<AccreditationSubject> {
  const viewerIsOwner = viewer.id === userId && participatesIn(viewer, cohortId) !== undefined;
  if (!viewerIsOwner && !canViewCohort(viewer, cohortId)) notFound(NOT_FOUND);
  const row = await db
    .selectFrom("memberships")
    .innerJoin("cohorts", "cohorts.id", "memberships.cohort_id")
    .innerJoin("programmes", "programmes.id", "cohorts.programme_id")
    .innerJoin("users", "users.id", "memberships.user_id")
    .leftJoin("organisations", "organisations.id", "memberships.trust_id")
    .select([
      "memberships.id as membershipId",
      "cohorts.id as cohortId",
      "cohorts.name as cohortName",
      "cohorts.academic_year as academicYear",
      "programmes.id as programmeId",
      "programmes.code as programmeCode",
      "programmes.name as programmeName",
      "users.id as userId",
      "users.name",
      "organisations.name as trustName",
    ])
    .where("memberships.cohort_id", "=", cohortId)
    .where("memberships.user_id", "=", userId)
    .where("memberships.role", "=", "participant")
    .executeTakeFirst();
  if (!row) notFound(NOT_FOUND);
  return {
    cohort: {
      id: row.cohortId,
      name: row.cohortName,
      academicYear: row.academicYear,
      programmeId: row.programmeId,
      programmeCode: row.programmeCode,
      programmeName: row.programmeName,
    },
    person: { id: row.userId, name: row.name, trustName: row.trustName },
    membershipId: row.membershipId,
    viewerIsOwner,
    viewerMayReview: !viewerIsOwner && leadsCohort(viewer, cohortId),
  };
}

async function listCriteria(db: DB, programmeId: string) {
  return db
    .selectFrom("accreditation_criteria")
    .select(["id", "text", "position"])
    .where("programme_id", "=", programmeId)
    .orderBy("position")
    .execute();
}

// ---------------------------------------------------------------------------------------------------------------
// Criteria with their statements, statuses and mappings

export interface MappedEvidence {
  id: string;
  title: string;
  kind: "file" | "link";
  evidenceType: EvidenceType | null;
  fileName: string | null;
  /** The file's download route, or the https:// link; null for a link that is not https. */
  href: string | null;
  /** Kept private by the participant: leads cannot see it and it does not count. */
  isPrivate: boolean;
  record: { id: string; kind: EntryKind; kindLabel: string; title: string; href: string };
}

export interface MappedRecord {
  id: string;
  kind: EntryKind;
  kindLabel: string;
  title: string;
  href: string;
  isPrivate: boolean;
}

export interface CriterionHistoryEvent {
  id: string;
  status: CriterionReviewStatus;
  statusLabel: string;
  note: string;
  actorName: string | null;
  at: string;
}

export interface CriterionWithMappings {
  id: string;
  /** 1, 2, 3… in the programme's order. */
  number: number;
  text: string;
  reviewId: string | null;
  status: CriterionReviewStatus;
  statusLabel: string;
  statement: string;
  /** The lead's latest comment (asked for with "needs work", optional with an approval). */
  note: string;
  reviewerName: string | null;
  updatedAt: string | null;
  evidence: MappedEvidence[];
  records: MappedRecord[];
  /** Mapped items the viewer may not see (a lead looking at a participant's private records). */
  hiddenCount: number;
  /** Mapped items that leads can see: what counts for submitting and readiness. */
  sharedCount: number;
  /** Oldest first. */
  history: CriterionHistoryEvent[];
}

export interface AccreditationCriteria extends AccreditationSubject {
  criteria: CriterionWithMappings[];
}

/**
 * The programme's criteria in order, each with the participant's statement, status, the lead's note, the mapped
 * evidence and records the viewer may see, and the review history. For the participant themself, a lead of the
 * cohort or an admin.
 */
export async function getAccreditationCriteriaWithMappings(
  db: DB,
  viewer: Viewer,
  cohortId: string,
  userId: string,
): Promise<AccreditationCriteria> {
  const subject = await requireAccreditationSubject(db, viewer, cohortId, userId);
  const criteria = await listCriteria(db, subject.cohort.programmeId);
  const criterionIds = criteria.map((c) => c.id);
  if (criterionIds.length === 0) return { ...subject, criteria: [] };

  const [reviews, evidenceRows, recordRows] = await Promise.all([
    db
      .selectFrom("criterion_reviews")
      .leftJoin("users as reviewer", "reviewer.id", "criterion_reviews.reviewer_id")
      .select([
        "criterion_reviews.id",
        "criterion_reviews.criterion_id as criterionId",
        "criterion_reviews.status",
        "criterion_reviews.statement",
        "criterion_reviews.note",
        "criterion_reviews.updated_at as updatedAt",
        "reviewer.name as reviewerName",
      ])
      .where("criterion_reviews.membership_id", "=", subject.membershipId)
      .execute(),
    db
      .selectFrom("evidence_criteria")
      .innerJoin("evidence", "evidence.id", "evidence_criteria.evidence_id")
      .innerJoin("entries", "entries.id", "evidence.entry_id")
      .leftJoin("task_responses", "task_responses.entry_id", "entries.id")
      .select([
        "evidence_criteria.criterion_id as criterionId",
        "evidence.id",
        "evidence.title",
        "evidence.kind",
        "evidence.evidence_type as evidenceType",
        "evidence.file_name as fileName",
        "evidence.url",
        "entries.id as entryId",
        "entries.kind as entryKind",
        "entries.title as entryTitle",
        "entries.owner_id as ownerId",
        "entries.cohort_id as entryCohortId",
        "entries.visibility",
        "task_responses.task_id as taskId",
      ])
      .where("evidence_criteria.criterion_id", "in", criterionIds)
      .where("entries.owner_id", "=", userId)
      .where("entries.cohort_id", "=", cohortId)
      .orderBy("entries.title")
      .orderBy("evidence.title")
      .orderBy("evidence.id")
      .execute(),
    db
      .selectFrom("entry_criteria")
      .innerJoin("entries", "entries.id", "entry_criteria.entry_id")
      .leftJoin("task_responses", "task_responses.entry_id", "entries.id")
      .select([
        "entry_criteria.criterion_id as criterionId",
        "entries.id",
        "entries.kind",
        "entries.title",
        "entries.owner_id as ownerId",
        "entries.cohort_id as entryCohortId",
        "entries.visibility",
        "task_responses.task_id as taskId",
      ])
      .where("entry_criteria.criterion_id", "in", criterionIds)
      .where("entries.owner_id", "=", userId)
      .where("entries.cohort_id", "=", cohortId)
      .orderBy("entries.kind")
      .orderBy("entries.title")
      .orderBy("entries.id")
      .execute(),
  ]);

  const reviewIds = reviews.map((r) => r.id);
  const events =
    reviewIds.length === 0
      ? []
      : await db
          .selectFrom("criterion_review_events")
          .leftJoin("users as actor", "actor.id", "criterion_review_events.actor_id")
          .select([
            "criterion_review_events.id",
            "criterion_review_events.review_id as reviewId",
            "criterion_review_events.status",
            "criterion_review_events.note",
            "criterion_review_events.at",
            "actor.name as actorName",
          ])
          .where("criterion_review_events.review_id", "in", reviewIds)
          .orderBy("criterion_review_events.at")
          .orderBy("criterion_review_events.id")
          .execute();

  const linkFor = (kind: EntryKind, entryId: string, taskId: string | null) =>
    subject.viewerIsOwner ? recordHref(kind, entryId, taskId) : leadRecordHref(cohortId, kind, entryId, taskId);

  const result: CriterionWithMappings[] = criteria.map((criterion, index) => {
    const review = reviews.find((r) => r.criterionId === criterion.id);
    let hiddenCount = 0;
    let sharedCount = 0;
    const evidence: MappedEvidence[] = [];
    for (const row of evidenceRows.filter((r) => r.criterionId === criterion.id)) {
      const isPrivate = !SHARED.includes(row.visibility);
      if (!isPrivate) sharedCount += 1;
      if (!canViewEntry(viewer, { owner_id: row.ownerId, cohort_id: row.entryCohortId, visibility: row.visibility })) {
        hiddenCount += 1;
        continue;
      }
      evidence.push({
        id: row.id,
        title: row.title,
        kind: row.kind,
        evidenceType: row.evidenceType,
        fileName: row.fileName,
        href:
          row.kind === "file"
            ? `/evidence/${row.id}/download`
            : row.url && /^https:\/\//i.test(row.url)
              ? row.url
              : null,
        isPrivate,
        record: {
          id: row.entryId,
          kind: row.entryKind,
          kindLabel: KIND_LABELS[row.entryKind],
          title: row.entryTitle,
          href: linkFor(row.entryKind, row.entryId, row.taskId),
        },
      });
    }
    const records: MappedRecord[] = [];
    for (const row of recordRows.filter((r) => r.criterionId === criterion.id)) {
      const isPrivate = !SHARED.includes(row.visibility);
      if (!isPrivate) sharedCount += 1;
      if (!canViewEntry(viewer, { owner_id: row.ownerId, cohort_id: row.entryCohortId, visibility: row.visibility })) {
        hiddenCount += 1;
        continue;
      }
      records.push({
        id: row.id,
        kind: row.kind,
        kindLabel: KIND_LABELS[row.kind],
        title: row.title,
        href: linkFor(row.kind, row.id, row.taskId),
        isPrivate,
      });
    }
    const status = review?.status ?? "not_started";
    return {
      id: criterion.id,
      number: index + 1,
      text: criterion.text,
      reviewId: review?.id ?? null,
      status,
      statusLabel: CRITERION_STATUS_LABELS[status],
      statement: review?.statement ?? "",
      note: review?.note ?? "",
      reviewerName: review?.reviewerName ?? null,
      updatedAt: review?.updatedAt ?? null,
      evidence,
      records,
      hiddenCount,
      sharedCount,
      history: events
        .filter((e) => review && e.reviewId === review.id)
        .map((e) => ({
          id: e.id,
          status: e.status,
          statusLabel: CRITERION_STATUS_LABELS[e.status],
          note: e.note,
          actorName: e.actorName,
          at: e.at,
        })),
    };
  });
  return { ...subject, criteria: result };
}

/** The lead's page: the criteria and mappings, with a view of someone else's accreditation in the audit trail. */
export async function getAccreditationForReview(db: DB, viewer: Viewer, cohortId: string, userId: string) {
  // Participants have their own page (/accreditation/:cohortId); this one is for the cohort's leads and admins.
  if (!canViewCohort(viewer, cohortId)) notFound(NOT_FOUND);
  const accreditation = await getAccreditationCriteriaWithMappings(db, viewer, cohortId, userId);
  if (accreditation.criteria.length === 0) notFound("This cohort's programme has no accreditation criteria.");
  await recordViewOf(db, viewer, "accreditation", accreditation.membershipId, userId);
  const readiness = await getReadiness(db, viewer, cohortId, userId);
  return { ...accreditation, readiness };
}

// ---------------------------------------------------------------------------------------------------------------
// Readiness: the Accreditation Evidence Document's requirements as rules

export interface ReadinessFacts {
  cohortId: string;
  today: string;
  /** Every workshop of the cohort, in date order (held or not). */
  workshops: { id: string; title: string; heldOn: string }[];
  /** The participant's reflections shared with leads. */
  reflections: { writtenOn: string; workshopId: string | null }[];
  /** The participant's initiatives shared with leads, with what their plan holds. */
  initiatives: {
    id: string;
    title: string;
    problem: string;
    approach: string;
    actionCount: number;
    outcomeCount: number;
    outcomesWithMeasureCount: number;
  }[];
  /** Evaluation levels written for those initiatives. */
  evaluations: { initiativeId: string; level: number; findings: string; judgement: string }[];
  /** The programme's strands, each with whether a shared record is tagged to it. */
  strands: { id: string; title: string; tagged: boolean }[];
  /** The programme's criteria in order. */
  criteria: {
    id: string;
    number: number;
    hasStatement: boolean;
    sharedMappedCount: number;
    status: CriterionReviewStatus;
  }[];
}

export type ReadinessRuleKey =
  "reflections" | "initiative_plan" | "evaluation" | "strands" | "criteria_evidence" | "criteria_submitted";

export interface MissingItem {
  rule: ReadinessRuleKey;
  text: string;
  /** Where the participant fixes it. */
  href: string;
}

export interface ReadinessRule {
  key: ReadinessRuleKey;
  label: string;
  met: boolean;
  missing: MissingItem[];
}

export interface Readiness {
  rules: ReadinessRule[];
  met: number;
  total: number;
  /** Whole percent of rules met. */
  percent: number;
  /** Everything still missing, rule by rule. */
  missing: MissingItem[];
}

/** Workshops held by today, each with the reflection window that follows it (until the next workshop). */
function heldWorkshopsWithoutReflection(facts: ReadinessFacts) {
  const ordered = [...facts.workshops].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const lacking: { id: string; title: string; heldOn: string }[] = [];
  ordered.forEach((workshop, index) => {
    if (workshop.heldOn > facts.today) return;
    const next = ordered[index + 1];
    // Linked to this workshop, or written in the gap before the next one.
    const reflected = facts.reflections.some(
      (r) => r.writtenOn >= workshop.heldOn && (r.workshopId === workshop.id || !next || r.writtenOn < next.heldOn),
    );
    if (!reflected) lacking.push(workshop);
  });
  return lacking;
}

const planIsComplete = (i: ReadinessFacts["initiatives"][number]) =>
  i.problem.trim() !== "" &&
  i.approach.trim() !== "" &&
  i.actionCount > 0 &&
  i.outcomeCount > 0 &&
  i.outcomesWithMeasureCount === i.outcomeCount;

/**
 * The rules, from the gathered facts only (no database), so that they can be tested on their own:
 * - a reflection after each workshop held so far: written on or after the workshop day and linked to it, or
 *   written before the next workshop and linked to no other workshop;
 * - an initiative with a complete plan: the problem, the approach, at least one action, outcomes each with a measure;
 * - evaluation at Guskey level 3 or above with findings and a judgement written;
 * - every strand of the programme tagged on at least one record (no rule when the programme has no strands);
 * - every criterion with a statement and at least one piece of evidence or record leads can see;
 * - every criterion submitted for review or approved.
 */
export function evaluateReadiness(facts: ReadinessFacts): Readiness {
  const page = `/accreditation/${facts.cohortId}`;
  const rules: ReadinessRule[] = [];

  const lacking = heldWorkshopsWithoutReflection(facts);
  rules.push({
    key: "reflections",
    label: "A reflection after each workshop held so far",
    met: lacking.length === 0,
    missing: lacking.map((w) => ({
      rule: "reflections",
      text: `A reflection on ${w.title}, written on or after the workshop day`,
      href: `/reflections/new?workshop=${encodeURIComponent(w.id)}`,
    })),
  });

  const planned = facts.initiatives.find(planIsComplete);
  const draft = facts.initiatives[0];
  const planGaps: string[] = [];
  if (!planned && draft) {
    if (!draft.problem.trim()) planGaps.push("the problem");
    if (!draft.approach.trim()) planGaps.push("the approach");
    if (draft.actionCount === 0) planGaps.push("at least one action");
    if (draft.outcomeCount === 0) planGaps.push("the outcomes");
    else if (draft.outcomesWithMeasureCount < draft.outcomeCount) planGaps.push("how each outcome will be measured");
  }
  rules.push({
    key: "initiative_plan",
    label: "An initiative with a complete plan (problem, approach, actions, outcomes with measures)",
    met: planned !== undefined,
    missing: planned
      ? []
      : draft
        ? [
            {
              rule: "initiative_plan",
              text: `Your initiative “${draft.title}” needs ${joinWords(planGaps)}`,
              href: `/initiatives/${draft.id}`,
            },
          ]
        : [
            {
              rule: "initiative_plan",
              text: "Plan your initiative: the problem, the approach, actions and outcomes with measures",
              href: "/initiatives/new",
            },
          ],
  });

  const evaluated = facts.evaluations.some(
    (e) => e.level >= 3 && e.findings.trim() !== "" && parseJudgement(e.judgement) !== "not_evaluated",
  );
  const evaluationTarget = planned ?? draft;
  rules.push({
    key: "evaluation",
    label: "Evaluation evidence at level 3 or above, with findings and a judgement",
    met: evaluated,
    missing: evaluated
      ? []
      : [
          {
            rule: "evaluation",
            text: "Evaluate your initiative at level 3 (organisational support and change) or above, writing your findings and judgement",
            href: evaluationTarget ? `/initiatives/${evaluationTarget.id}/evaluation` : "/initiatives/new",
          },
        ],
  });

  if (facts.strands.length > 0) {
    const untagged = facts.strands.filter((s) => !s.tagged);
    rules.push({
      key: "strands",
      label: "Every strand of the programme covered by at least one record",
      met: untagged.length === 0,
      missing: untagged.map((s) => ({
        rule: "strands",
        text: `Tag a record to the strand “${s.title}”`,
        href: "/records",
      })),
    });
  }

  const withoutEvidence = facts.criteria.filter((c) => !c.hasStatement || c.sharedMappedCount === 0);
  rules.push({
    key: "criteria_evidence",
    label: "Every criterion has a statement and evidence",
    met: withoutEvidence.length === 0,
    missing: withoutEvidence.map((c) => ({
      rule: "criteria_evidence",
      text: `Criterion ${c.number}: ${joinWords([
        ...(c.hasStatement ? [] : ["write your statement"]),
        ...(c.sharedMappedCount === 0 ? ["map evidence or records your leads can see"] : []),
      ])}`,
      href: `${page}#criterion-${c.id}`,
    })),
  });

  const unsubmitted = facts.criteria.filter((c) => c.status !== "submitted" && c.status !== "approved");
  rules.push({
    key: "criteria_submitted",
    label: "Every criterion submitted for review or approved",
    met: unsubmitted.length === 0,
    missing: unsubmitted.map((c) => ({
      rule: "criteria_submitted",
      text: `Criterion ${c.number}: ${
        c.status === "needs_work" ? "revise it as your lead asked and submit it again" : "submit it for review"
      }`,
      href: `${page}#criterion-${c.id}`,
    })),
  });

  const met = rules.filter((r) => r.met).length;
  return {
    rules,
    met,
    total: rules.length,
    percent: rules.length === 0 ? 0 : Math.round((met / rules.length) * 100),
    missing: rules.flatMap((r) => r.missing),
  };
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** The facts the readiness rules need, gathered from the participant's records in the cohort that leads can see. */
export async function gatherReadinessFacts(
  db: DB,
  subject: Pick<AccreditationSubject, "cohort" | "person" | "membershipId">,
  today = todayInEngland(),
): Promise<ReadinessFacts> {
  const cohortId = subject.cohort.id;
  const userId = subject.person.id;
  const shared = () =>
    db
      .selectFrom("entries")
      .where("entries.cohort_id", "=", cohortId)
      .where("entries.owner_id", "=", userId)
      .where("entries.visibility", "in", SHARED);

  const [
    workshops,
    reflections,
    initiatives,
    actionCounts,
    outcomeCounts,
    evaluations,
    strands,
    tagged,
    criteria,
    reviews,
    mappedEvidence,
    mappedRecords,
  ] = await Promise.all([
    db
      .selectFrom("workshops")
      .select(["id", "title", "held_on as heldOn"])
      .where("cohort_id", "=", cohortId)
      .orderBy("held_on")
      .orderBy("position")
      .execute(),
    shared()
      .innerJoin("reflections", "reflections.entry_id", "entries.id")
      .select(["reflections.written_on as writtenOn", "reflections.workshop_id as workshopId"])
      .execute(),
    shared()
      .innerJoin("initiatives", "initiatives.entry_id", "entries.id")
      .select(["entries.id", "entries.title", "initiatives.problem", "initiatives.approach"])
      .orderBy("entries.created_at")
      .orderBy("entries.id")
      .execute(),
    shared()
      .innerJoin("action_items", "action_items.initiative_id", "entries.id")
      .select(["entries.id", (eb) => eb.fn.countAll().as("count")])
      .groupBy("entries.id")
      .execute(),
    shared()
      .innerJoin("initiative_outcomes", "initiative_outcomes.initiative_id", "entries.id")
      .select([
        "entries.id",
        (eb) => eb.fn.countAll().as("count"),
        (eb) =>
          eb.fn
            .sum(
              eb
                .case()
                .when(eb.fn("trim", ["initiative_outcomes.measure"]), "<>", "")
                .then(1)
                .else(0)
                .end(),
            )
            .as("measured"),
      ])
      .groupBy("entries.id")
      .execute(),
    shared()
      .innerJoin("evaluations", "evaluations.initiative_id", "entries.id")
      .select([
        "evaluations.initiative_id as initiativeId",
        "evaluations.level",
        "evaluations.findings",
        "evaluations.judgement",
      ])
      .execute(),
    db
      .selectFrom("strands")
      .select(["id", "title"])
      .where("programme_id", "=", subject.cohort.programmeId)
      .orderBy("position")
      .execute(),
    shared()
      .innerJoin("entry_strands", "entry_strands.entry_id", "entries.id")
      .select("entry_strands.strand_id as strandId")
      .distinct()
      .execute(),
    listCriteria(db, subject.cohort.programmeId),
    db
      .selectFrom("criterion_reviews")
      .select(["criterion_id as criterionId", "status", "statement"])
      .where("membership_id", "=", subject.membershipId)
      .execute(),
    shared()
      .innerJoin("evidence", "evidence.entry_id", "entries.id")
      .innerJoin("evidence_criteria", "evidence_criteria.evidence_id", "evidence.id")
      .select("evidence_criteria.criterion_id as criterionId")
      .execute(),
    shared()
      .innerJoin("entry_criteria", "entry_criteria.entry_id", "entries.id")
      .select("entry_criteria.criterion_id as criterionId")
      .execute(),
  ]);

  const countOf = (rows: { id: string; count: unknown }[], id: string) =>
    Number(rows.find((r) => r.id === id)?.count ?? 0);
  const taggedIds = new Set(tagged.map((t) => t.strandId));
  return {
    cohortId,
    today,
    workshops,
    reflections,
    initiatives: initiatives.map((i) => ({
      id: i.id,
      title: i.title,
      problem: i.problem,
      approach: i.approach,
      actionCount: countOf(actionCounts, i.id),
      outcomeCount: countOf(outcomeCounts, i.id),
      outcomesWithMeasureCount: Number(outcomeCounts.find((r) => r.id === i.id)?.measured ?? 0),
    })),
    evaluations: evaluations.map((e) => ({ ...e, level: Number(e.level) })),
    strands: strands.map((s) => ({ id: s.id, title: s.title, tagged: taggedIds.has(s.id) })),
    criteria: criteria.map((c, index) => {
      const review = reviews.find((r) => r.criterionId === c.id);
      return {
        id: c.id,
        number: index + 1,
        hasStatement: (review?.statement ?? "").trim() !== "",
        sharedMappedCount:
          mappedEvidence.filter((m) => m.criterionId === c.id).length +
          mappedRecords.filter((m) => m.criterionId === c.id).length,
        status: review?.status ?? "not_started",
      };
    }),
  };
}

/** The readiness rules, which are met, what is missing and the completeness figure. Same permission as the criteria. */
export async function getReadiness(
  db: DB,
  viewer: Viewer,
  cohortId: string,
  userId: string,
  today = todayInEngland(),
): Promise<Readiness> {
  const subject = await requireAccreditationSubject(db, viewer, cohortId, userId);
  return evaluateReadiness(await gatherReadinessFacts(db, subject, today));
}

// ---------------------------------------------------------------------------------------------------------------
// The participant's side

export interface AccreditationCohortSummary {
  cohortId: string;
  cohortName: string;
  programmeName: string;
  criteriaCount: number;
  approvedCount: number;
  submittedCount: number;
  readiness: Readiness;
}

/** The viewer's cohorts (as a participant) whose programme has accreditation criteria, with their completeness. */
export async function listOwnAccreditationCohorts(
  db: DB,
  viewer: Viewer,
  today = todayInEngland(),
): Promise<AccreditationCohortSummary[]> {
  const summaries: AccreditationCohortSummary[] = [];
  for (const membership of viewer.memberships.filter((m) => m.role === "participant")) {
    const subject = await requireAccreditationSubject(db, viewer, membership.cohortId, viewer.id);
    const facts = await gatherReadinessFacts(db, subject, today);
    if (facts.criteria.length === 0) continue;
    summaries.push({
      cohortId: subject.cohort.id,
      cohortName: subject.cohort.name,
      programmeName: subject.cohort.programmeName,
      criteriaCount: facts.criteria.length,
      approvedCount: facts.criteria.filter((c) => c.status === "approved").length,
      submittedCount: facts.criteria.filter((c) => c.status === "submitted").length,
      readiness: evaluateReadiness(facts),
    });
  }
  return summaries;
}

/** Whether the viewer takes part in any cohort whose programme has criteria: the nav shows "Accreditation" then. */
export async function hasAccreditation(db: DB, viewer: Viewer): Promise<boolean> {
  const programmeIds = viewer.memberships.filter((m) => m.role === "participant").map((m) => m.programmeId);
  if (programmeIds.length === 0) return false;
  const row = await db
    .selectFrom("accreditation_criteria")
    .select("id")
    .where("programme_id", "in", programmeIds)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether a programme has accreditation criteria (the lead's cohort page links to the overview then). */
export async function cohortHasAccreditation(db: DB, cohortId: string): Promise<boolean> {
  const row = await db
    .selectFrom("cohorts")
    .innerJoin("accreditation_criteria", "accreditation_criteria.programme_id", "cohorts.programme_id")
    .select("accreditation_criteria.id")
    .where("cohorts.id", "=", cohortId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export interface MappingOption {
  id: string;
  title: string;
  detail: string;
  isPrivate: boolean;
}

export interface MappingOptions {
  evidence: MappingOption[];
  records: MappingOption[];
}

/** The participant's own evidence and records in the cohort: what they may map to a criterion. */
export async function getMappingOptions(db: DB, viewer: Viewer, cohortId: string): Promise<MappingOptions> {
  const [evidence, records] = await Promise.all([
    db
      .selectFrom("evidence")
      .innerJoin("entries", "entries.id", "evidence.entry_id")
      .select([
        "evidence.id",
        "evidence.title",
        "evidence.kind",
        "entries.kind as entryKind",
        "entries.title as entryTitle",
        "entries.visibility",
      ])
      .where("entries.owner_id", "=", viewer.id)
      .where("entries.cohort_id", "=", cohortId)
      .orderBy("entries.title")
      .orderBy("evidence.title")
      .orderBy("evidence.id")
      .execute(),
    db
      .selectFrom("entries")
      .select(["id", "kind", "title", "visibility", "occurred_on as occurredOn"])
      .where("owner_id", "=", viewer.id)
      .where("cohort_id", "=", cohortId)
      .orderBy("kind")
      .orderBy("occurred_on", "desc")
      .orderBy("title")
      .execute(),
  ]);
  return {
    evidence: evidence.map((e) => ({
      id: e.id,
      title: e.title,
      detail: `${e.kind === "file" ? "File" : "Link"} on ${KIND_LABELS[e.entryKind].toLowerCase()} “${e.entryTitle}”`,
      isPrivate: !SHARED.includes(e.visibility),
    })),
    records: records.map((r) => ({
      id: r.id,
      title: r.title,
      detail: KIND_LABELS[r.kind],
      isPrivate: !SHARED.includes(r.visibility),
    })),
  };
}

export function workChoicesFrom(options: MappingOptions): CriterionWorkChoices {
  return { evidenceIds: options.evidence.map((e) => e.id), entryIds: options.records.map((r) => r.id) };
}

/** The participant's own page for a cohort: 404 unless they take part in it and its programme has criteria. */
export async function getOwnAccreditation(db: DB, viewer: Viewer, cohortId: string, today = todayInEngland()) {
  if (!participatesIn(viewer, cohortId)) notFound("We could not find that cohort's accreditation.");
  const accreditation = await getAccreditationCriteriaWithMappings(db, viewer, cohortId, viewer.id);
  if (accreditation.criteria.length === 0) notFound("This cohort's programme has no accreditation criteria.");
  const [readiness, options] = await Promise.all([
    getReadiness(db, viewer, cohortId, viewer.id, today),
    getMappingOptions(db, viewer, cohortId),
  ]);
  return { ...accreditation, readiness, options };
}

function sameSet(a: readonly string[], b: readonly string[]) {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

async function appendHistory(
  db: DB,
  reviewId: string,
  status: CriterionReviewStatus,
  note: string,
  actorId: string,
  at: string,
) {
  await db
    .insertInto("criterion_review_events")
    .values({ id: newId(), review_id: reviewId, status, note, actor_id: actorId, at })
    .execute();
}

export interface SaveCriterionResult {
  status: CriterionReviewStatus;
  /** The criterion had been submitted or approved and the change sent it back to "not started". */
  reopened: boolean;
  submitted: boolean;
  /** Anything was written at all (saving the same again writes nothing). */
  changed: boolean;
}

/**
 * The participant saves their statement and mapping for one criterion, and optionally submits it for review.
 * Changing a criterion that is submitted or approved takes it back to "not started": the lead's review was of what
 * was there before, so it has to be submitted (and reviewed) again. A criterion that needs work keeps that status
 * (and the lead's comment) until it is submitted again.
 */
export async function saveCriterionWork(
  db: DB,
  viewer: Viewer,
  cohortId: string,
  work: CriterionWork,
): Promise<SaveCriterionResult> {
  const membership = participatesIn(viewer, cohortId);
  if (!membership) notFound("We could not find that cohort's accreditation.");
  const run = async (trx: DB): Promise<SaveCriterionResult> => {
    const criterion = await trx
      .selectFrom("accreditation_criteria")
      .select(["id"])
      .where("id", "=", work.criterionId)
      .where("programme_id", "=", membership.programmeId)
      .executeTakeFirst();
    if (!criterion) notFound(CRITERION_NOT_FOUND);

    const options = await getMappingOptions(trx, viewer, cohortId);
    const ownEvidence = new Map(options.evidence.map((e) => [e.id, e]));
    const ownRecords = new Map(options.records.map((r) => [r.id, r]));
    const errors: Record<string, string[]> = {};
    if (!work.evidenceIds.every((id) => ownEvidence.has(id)))
      errors.evidenceIds = ["Choose from your own evidence in this cohort"];
    if (!work.entryIds.every((id) => ownRecords.has(id)))
      errors.entryIds = ["Choose from your own records in this cohort"];
    if (Object.keys(errors).length > 0) throw new InputError(errors);
    if (work.intent === "submit") {
      if (!work.statement) errors.statement = [STATEMENT_REQUIRED_TO_SUBMIT];
      const sharedCount =
        work.evidenceIds.filter((id) => !ownEvidence.get(id)?.isPrivate).length +
        work.entryIds.filter((id) => !ownRecords.get(id)?.isPrivate).length;
      if (work.evidenceIds.length + work.entryIds.length === 0) errors.evidenceIds = [MAPPING_REQUIRED_TO_SUBMIT];
      else if (sharedCount === 0) {
        errors.evidenceIds = [
          "Everything you chose is private. Share at least one of these records with your cohort's leads (edit the record and change who can see it) before you submit",
        ];
      }
      if (Object.keys(errors).length > 0) throw new InputError(errors);
    }

    const criterionIds = [work.criterionId];
    const [existing, mappedEvidence, mappedRecords] = await Promise.all([
      trx
        .selectFrom("criterion_reviews")
        .select(["id", "status", "statement"])
        .where("membership_id", "=", membership.id)
        .where("criterion_id", "=", work.criterionId)
        .executeTakeFirst(),
      trx
        .selectFrom("evidence_criteria")
        .innerJoin("evidence", "evidence.id", "evidence_criteria.evidence_id")
        .innerJoin("entries", "entries.id", "evidence.entry_id")
        .select("evidence.id")
        .where("evidence_criteria.criterion_id", "in", criterionIds)
        .where("entries.owner_id", "=", viewer.id)
        .where("entries.cohort_id", "=", cohortId)
        .execute(),
      trx
        .selectFrom("entry_criteria")
        .innerJoin("entries", "entries.id", "entry_criteria.entry_id")
        .select("entries.id")
        .where("entry_criteria.criterion_id", "in", criterionIds)
        .where("entries.owner_id", "=", viewer.id)
        .where("entries.cohort_id", "=", cohortId)
        .execute(),
    ]);
    const beforeEvidence = mappedEvidence.map((e) => e.id);
    const beforeRecords = mappedRecords.map((r) => r.id);
    const statementChanged = (existing?.statement ?? "") !== work.statement;
    const evidenceChanged = !sameSet(beforeEvidence, work.evidenceIds);
    const recordsChanged = !sameSet(beforeRecords, work.entryIds);
    const changed = statementChanged || evidenceChanged || recordsChanged;
    const now = nowIso();

    if (evidenceChanged) {
      if (beforeEvidence.length > 0) {
        await trx
          .deleteFrom("evidence_criteria")
          .where("criterion_id", "=", work.criterionId)
          .where("evidence_id", "in", beforeEvidence)
          .execute();
      }
      if (work.evidenceIds.length > 0) {
        await trx
          .insertInto("evidence_criteria")
          .values(work.evidenceIds.map((id) => ({ evidence_id: id, criterion_id: work.criterionId })))
          .execute();
      }
    }
    if (recordsChanged) {
      if (beforeRecords.length > 0) {
        await trx
          .deleteFrom("entry_criteria")
          .where("criterion_id", "=", work.criterionId)
          .where("entry_id", "in", beforeRecords)
          .execute();
      }
      if (work.entryIds.length > 0) {
        await trx
          .insertInto("entry_criteria")
          .values(work.entryIds.map((id) => ({ entry_id: id, criterion_id: work.criterionId })))
          .execute();
      }
    }

    let reviewId = existing?.id;
    let status: CriterionReviewStatus = existing?.status ?? "not_started";
    if (!reviewId) {
      reviewId = newId();
      await trx
        .insertInto("criterion_reviews")
        .values({
          id: reviewId,
          membership_id: membership.id,
          criterion_id: work.criterionId,
          status: "not_started",
          reviewer_id: null,
          note: "",
          statement: work.statement,
          updated_at: now,
        })
        .execute();
    }

    let reopened = false;
    if (changed && (status === "submitted" || status === "approved")) {
      status = "not_started";
      reopened = true;
      await appendHistory(
        trx,
        reviewId,
        status,
        "Changed by the participant after it was submitted, so it needs submitting again.",
        viewer.id,
        now,
      );
    }
    let submitted = false;
    if (work.intent === "submit" && status !== "submitted" && status !== "approved") {
      status = "submitted";
      submitted = true;
      // A millisecond after any "changed after submission" event of the same save, so the history keeps its order.
      await appendHistory(
        trx,
        reviewId,
        status,
        "",
        viewer.id,
        reopened ? new Date(Date.parse(now) + 1).toISOString() : now,
      );
    }
    if (changed || submitted || reopened) {
      await trx
        .updateTable("criterion_reviews")
        .set({ statement: work.statement, status, updated_at: now })
        .where("id", "=", reviewId)
        .execute();
      const fields = [
        ...(statementChanged ? ["statement"] : []),
        ...(evidenceChanged ? ["evidence"] : []),
        ...(recordsChanged ? ["records"] : []),
        ...(submitted || reopened ? ["status"] : []),
      ];
      await recordEvent(trx, viewer.id, existing ? "update" : "create", "criterion_review", reviewId, {
        fields,
        subjectOwnerId: viewer.id,
      });
    }
    return { status, reopened, submitted, changed: changed || submitted || reopened };
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/**
 * A lead of the cohort approves a criterion or asks for more work (with a comment). Only a submitted criterion can
 * be reviewed, or an approved one sent back for more work. Admins read but do not review.
 */
export async function reviewCriterion(
  db: DB,
  viewer: Viewer,
  cohortId: string,
  userId: string,
  input: CriterionReviewInput,
): Promise<CriterionReviewStatus> {
  const subject = await requireAccreditationSubject(db, viewer, cohortId, userId);
  if (!subject.viewerMayReview) forbidden("Only the cohort's leads can review accreditation criteria.");
  const run = async (trx: DB): Promise<CriterionReviewStatus> => {
    const criterion = await trx
      .selectFrom("accreditation_criteria")
      .select("id")
      .where("id", "=", input.criterionId)
      .where("programme_id", "=", subject.cohort.programmeId)
      .executeTakeFirst();
    if (!criterion) notFound(CRITERION_NOT_FOUND);
    const review = await trx
      .selectFrom("criterion_reviews")
      .select(["id", "status"])
      .where("membership_id", "=", subject.membershipId)
      .where("criterion_id", "=", input.criterionId)
      .executeTakeFirst();
    const reviewable =
      review && (review.status === "submitted" || (review.status === "approved" && input.decision === "needs_work"));
    if (!review || !reviewable) {
      throw new InputError({
        decision: [
          review?.status === "approved"
            ? "This criterion is already approved"
            : `${subject.person.name} has not submitted this criterion for review (it may have changed since you opened this page)`,
        ],
      });
    }
    const status: CriterionReviewStatus = input.decision === "approve" ? "approved" : "needs_work";
    const now = nowIso();
    await trx
      .updateTable("criterion_reviews")
      .set({ status, note: input.comment, reviewer_id: viewer.id, updated_at: now })
      .where("id", "=", review.id)
      .execute();
    await appendHistory(trx, review.id, status, input.comment, viewer.id, now);
    await recordEvent(trx, viewer.id, "update", "criterion_review", review.id, {
      fields: ["status", ...(input.comment ? ["note"] : [])],
      subjectOwnerId: userId,
    });
    return status;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

// ---------------------------------------------------------------------------------------------------------------
// The lead's overview

export interface CohortAccreditationRow {
  userId: string;
  name: string;
  trustName: string | null;
  statuses: { criterionId: string; status: CriterionReviewStatus; statusLabel: string }[];
  readiness: Readiness;
}

/** Every participant of the cohort × every criterion, with each participant's completeness. Leads and admins. */
export async function getCohortAccreditation(db: DB, viewer: Viewer, cohortId: string, today = todayInEngland()) {
  const cohort = await requireLedCohort(db, viewer, cohortId);
  const criteria = await listCriteria(db, cohort.programmeId);
  if (criteria.length === 0) notFound("This cohort's programme has no accreditation criteria.");
  const participants = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .leftJoin("organisations", "organisations.id", "memberships.trust_id")
    .select(["memberships.id as membershipId", "users.id as userId", "users.name", "organisations.name as trustName"])
    .where("memberships.cohort_id", "=", cohortId)
    .where("memberships.role", "=", "participant")
    .orderBy("users.name")
    .execute();
  const rows: CohortAccreditationRow[] = [];
  for (const p of participants) {
    const facts = await gatherReadinessFacts(
      db,
      {
        cohort,
        person: { id: p.userId, name: p.name, trustName: p.trustName },
        membershipId: p.membershipId,
      },
      today,
    );
    rows.push({
      userId: p.userId,
      name: p.name,
      trustName: p.trustName,
      statuses: facts.criteria.map((c) => ({
        criterionId: c.id,
        status: c.status,
        statusLabel: CRITERION_STATUS_LABELS[c.status],
      })),
      readiness: evaluateReadiness(facts),
    });
  }
  return {
    cohort: { id: cohort.id, name: cohort.name, programmeName: cohort.programmeName },
    criteria: criteria.map((c, index) => ({ id: c.id, number: index + 1, text: c.text })),
    participants: rows,
    viewerMayReview: leadsCohort(viewer, cohortId),
  };
}
