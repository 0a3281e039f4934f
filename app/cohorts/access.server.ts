import type { DB } from "~/db.server";
import { canViewCohort, notFound, type Viewer } from "~/utils/permissions.server";

const COHORT_NOT_FOUND = "We could not find that cohort.";

/**
 * The cohort, if the viewer leads it (or is a programme admin), with its programme; 404 otherwise, whether or not it
 * exists. The one check every lead's page of a cohort starts from: dashboard, roster, tasks, accreditation.
 */
export async function requireLedCohort(db: DB, viewer: Viewer, cohortId: string) {
  if (!canViewCohort(viewer, cohortId)) notFound(COHORT_NOT_FOUND);
  const cohort = await db
    .selectFrom("cohorts")
    .innerJoin("programmes", "programmes.id", "cohorts.programme_id")
    .select([
      "cohorts.id",
      "cohorts.name",
      "cohorts.academic_year as academicYear",
      "cohorts.programme_id as programmeId",
      "programmes.code as programmeCode",
      "programmes.name as programmeName",
    ])
    .where("cohorts.id", "=", cohortId)
    .executeTakeFirst();
  if (!cohort) notFound(COHORT_NOT_FOUND);
  return cohort;
}

export type LedCohort = Awaited<ReturnType<typeof requireLedCohort>>;

export interface CohortParticipant {
  membershipId: string;
  cohort: {
    id: string;
    name: string;
    academicYear: string;
    programmeId: string;
    programmeCode: string;
    programmeName: string;
  };
  person: { id: string; name: string; track: "new" | "continuing" | null; trustName: string | null };
}

/**
 * The user as a participant of the cohort, with the cohort's programme and their trust; undefined if they do not
 * take part in it. No check of who asks: callers decide who may look (a lead's story, an accreditation).
 */
export async function findCohortParticipant(
  db: DB,
  cohortId: string,
  userId: string,
): Promise<CohortParticipant | undefined> {
  const row = await db
    .selectFrom("memberships")
    .innerJoin("cohorts", "cohorts.id", "memberships.cohort_id")
    .innerJoin("programmes", "programmes.id", "cohorts.programme_id")
    .innerJoin("users", "users.id", "memberships.user_id")
    .leftJoin("organisations", "organisations.id", "memberships.trust_id")
    .select([
      "memberships.id as membershipId",
      "memberships.track",
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
  if (!row) return undefined;
  return {
    membershipId: row.membershipId,
    cohort: {
      id: row.cohortId,
      name: row.cohortName,
      academicYear: row.academicYear,
      programmeId: row.programmeId,
      programmeCode: row.programmeCode,
      programmeName: row.programmeName,
    },
    person: { id: row.userId, name: row.name, track: row.track, trustName: row.trustName },
  };
}
