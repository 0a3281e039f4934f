import type { DB } from "~/db.server";
import { findCohortParticipant, type CohortParticipant } from "~/cohorts/access.server";
import { canViewCohort, leadsCohort, notFound, participatesIn, type Viewer } from "~/utils/permissions.server";

// Accreditation: per participant and criterion of their programme, a statement, the evidence and records mapped to
// it, and the cohort lead's review with its history; and the readiness checker (the Accreditation Evidence
// Document's requirements as rules over the participant's records). Who may see whose accreditation is decided here;
// the criteria, their mappings and history are read in ./criteria.server (their shapes, for components, in
// ./types), the readiness rules are ./readiness (their facts gathered by ./readiness.server), the participant saves
// and submits in ./participant.server, a lead reviews in ./review.server and sees the cohort's grid in
// ./cohort.server, and ./document.server reads the Accreditation Evidence Document.
//
// Only records shared with the cohort's leads count towards accreditation and appear to leads: the leads sign the
// criteria off, so they must be able to read what backs them. A participant sees their private records mapped too,
// marked as not visible to leads.

export const NOT_FOUND = "We could not find that participant's accreditation in this cohort.";
export const CRITERION_NOT_FOUND = "We could not find that criterion.";

// ---------------------------------------------------------------------------------------------------------------
// Who may see whose accreditation

export interface AccreditationSubject {
  cohort: CohortParticipant["cohort"];
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
  const participant = await findCohortParticipant(db, cohortId, userId);
  if (!participant) notFound(NOT_FOUND);
  const { membershipId, cohort, person } = participant;
  return {
    cohort,
    person: { id: person.id, name: person.name, trustName: person.trustName },
    membershipId,
    viewerIsOwner,
    viewerMayReview: !viewerIsOwner && leadsCohort(viewer, cohortId),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Whether there is any accreditation to show

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
