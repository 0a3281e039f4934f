import { SHARED_WITH_LEADS } from "~/entries/visibility";
import type { CriterionReviewStatus, EntryKind } from "../../db/schema";
import type { DB } from "~/db.server";
import { CRITERION_STATUS_LABELS, type CriterionWorkChoices } from "~/accreditation/schema";
import { newId } from "~/utils/ids.server";
import { canViewEntry, type Viewer } from "~/utils/permissions.server";
import { recordHref } from "~/evidence/evidence.server";
import { leadRecordHref } from "~/dashboards/participant-story.server";
import { requireAccreditationSubject, type AccreditationSubject } from "./access.server";
import type { CriterionWithMappings, MappedEvidence, MappedRecord, MappingOptions } from "./types";

// A participant's criteria as the pages and the Accreditation Evidence Document show them: per criterion of the
// programme, their statement, its status and the lead's note, the evidence and records mapped to it, and its history;
// and what the participant may map. The history is appended to here too, by the participant's saves
// (./participant.server) and the lead's reviews (./review.server) alike.

const KIND_LABELS: Record<EntryKind, string> = {
  initiative: "Initiative",
  audit: "Audit",
  task_response: "Task response",
  reflection: "Reflection",
};

/** The programme's criteria in order. */
export async function listCriteria(db: DB, programmeId: string) {
  return db
    .selectFrom("accreditation_criteria")
    .select(["id", "text", "position"])
    .where("programme_id", "=", programmeId)
    .orderBy("position")
    .execute();
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

  const [reviews, evidenceRows, recordRows] = await readCriterionRows(
    db,
    subject.membershipId,
    criterionIds,
    userId,
    cohortId,
  );
  const reviewIds = reviews.map((r) => r.id);
  const events = await listHistoryEvents(db, reviewIds);

  const linkFor = (kind: EntryKind, entryId: string, taskId: string | null) =>
    subject.viewerIsOwner ? recordHref(kind, entryId, taskId) : leadRecordHref(cohortId, kind, entryId, taskId);

  const result: CriterionWithMappings[] = criteria.map((criterion, index) => {
    const review = reviews.find((r) => r.criterionId === criterion.id);
    let hiddenCount = 0;
    let sharedCount = 0;
    const evidence: MappedEvidence[] = [];
    for (const row of evidenceRows.filter((r) => r.criterionId === criterion.id)) {
      const isPrivate = !SHARED_WITH_LEADS.includes(row.visibility);
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
      const isPrivate = !SHARED_WITH_LEADS.includes(row.visibility);
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

/** The participant's reviews of the criteria, and the evidence and records they mapped to them in the cohort. */
function readCriterionRows(db: DB, membershipId: string, criterionIds: string[], userId: string, cohortId: string) {
  return Promise.all([
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
      .where("criterion_reviews.membership_id", "=", membershipId)
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
}

// ---------------------------------------------------------------------------------------------------------------
// Every step of a criterion's review is kept as history

/** The history of these reviews, oldest first. */
async function listHistoryEvents(db: DB, reviewIds: string[]) {
  return reviewIds.length === 0
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
}

/** One step of a criterion's review: submitted, reopened by a change, approved or sent back for more work. */
export async function appendHistory(
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

// ---------------------------------------------------------------------------------------------------------------
// What the participant may map

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
      isPrivate: !SHARED_WITH_LEADS.includes(e.visibility),
    })),
    records: records.map((r) => ({
      id: r.id,
      title: r.title,
      detail: KIND_LABELS[r.kind],
      isPrivate: !SHARED_WITH_LEADS.includes(r.visibility),
    })),
  };
}

export function workChoicesFrom(options: MappingOptions): CriterionWorkChoices {
  return { evidenceIds: options.evidence.map((e) => e.id), entryIds: options.records.map((r) => r.id) };
}
