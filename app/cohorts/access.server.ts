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
