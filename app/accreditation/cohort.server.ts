import type { CriterionReviewStatus } from "../../db/schema";
import type { DB } from "~/db.server";
import { requireLedCohort } from "~/cohorts/access.server";
import { CRITERION_STATUS_LABELS } from "~/accreditation/schema";
import { todayInEngland } from "~/utils/dates";
import { leadsCohort, notFound, type Viewer } from "~/utils/permissions.server";
import { listCriteria } from "./criteria.server";
import { evaluateReadiness, type Readiness } from "./readiness";
import { gatherReadinessFacts } from "./readiness.server";

// The lead's overview of a cohort's accreditation: every participant × every criterion, with their completeness.

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
