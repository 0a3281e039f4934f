import type { CriterionReviewStatus } from "../../db/schema";
import type { DB } from "~/db.server";
import { MAPPING_REQUIRED_TO_SUBMIT, STATEMENT_REQUIRED_TO_SUBMIT, type CriterionWork } from "~/accreditation/schema";
import { newId, nowIso } from "~/utils/ids.server";
import { todayInEngland } from "~/utils/dates";
import { notFound, participatesIn, type Viewer, type ViewerMembership } from "~/utils/permissions.server";
import { recordEvent } from "~/audit-trail/audit-log.server";
import { InputError } from "~/utils/errors.server";
import { CRITERION_NOT_FOUND, requireAccreditationSubject } from "./access.server";
import { appendHistory, getAccreditationCriteriaWithMappings, getMappingOptions } from "./criteria.server";
import { evaluateReadiness, type Readiness } from "./readiness";
import { gatherReadinessFacts, getReadiness } from "./readiness.server";

// The participant's side: the cohorts they are working towards accreditation in, their own page for one, and saving
// (and submitting) their statement and mapping for a criterion.

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
    await checkCriterionWork(trx, viewer, cohortId, membership, work);

    const [existing, mappedEvidence, mappedRecords] = await readSavedWork(trx, viewer, cohortId, membership, work);
    const beforeEvidence = mappedEvidence.map((e) => e.id);
    const beforeRecords = mappedRecords.map((r) => r.id);
    const statementChanged = (existing?.statement ?? "") !== work.statement;
    const evidenceChanged = !sameSet(beforeEvidence, work.evidenceIds);
    const recordsChanged = !sameSet(beforeRecords, work.entryIds);
    const changed = statementChanged || evidenceChanged || recordsChanged;
    const now = nowIso();

    if (evidenceChanged) await replaceMappedEvidence(trx, work, beforeEvidence);
    if (recordsChanged) await replaceMappedRecords(trx, work, beforeRecords);

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
 * 404 unless the criterion is the programme's; an InputError unless everything chosen is the participant's own in the
 * cohort and, to submit, there is a statement and something leads can see is mapped.
 */
async function checkCriterionWork(
  trx: DB,
  viewer: Viewer,
  cohortId: string,
  membership: ViewerMembership,
  work: CriterionWork,
): Promise<void> {
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
}

/** The participant's review row for the criterion, and what they have mapped to it so far. */
function readSavedWork(trx: DB, viewer: Viewer, cohortId: string, membership: ViewerMembership, work: CriterionWork) {
  const criterionIds = [work.criterionId];
  return Promise.all([
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
}

async function replaceMappedEvidence(trx: DB, work: CriterionWork, beforeEvidence: string[]) {
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

async function replaceMappedRecords(trx: DB, work: CriterionWork, beforeRecords: string[]) {
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
