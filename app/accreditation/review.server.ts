import type { CriterionReviewStatus } from "../../db/schema";
import type { DB } from "~/db.server";
import type { CriterionReviewInput } from "~/accreditation/schema";
import { nowIso } from "~/utils/ids.server";
import { canViewCohort, forbidden, notFound, type Viewer } from "~/utils/permissions.server";
import { recordEvent, recordViewOf } from "~/audit-trail/audit-log.server";
import { InputError } from "~/utils/errors.server";
import { CRITERION_NOT_FOUND, NOT_FOUND, requireAccreditationSubject } from "./access.server";
import { appendHistory, getAccreditationCriteriaWithMappings } from "./criteria.server";
import { getReadiness } from "./readiness.server";

// A lead's review of one participant's accreditation: their page, and approving a criterion or asking for more work.

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
