import { data } from "@remix-run/node";
import type { Role, Track, Visibility } from "../../db/schema";
import { getDb, type DB } from "~/db.server";
import { requireUser } from "./auth.server";
import type { SessionUser } from "./session.server";

// The one place that answers "may this person read or write this?". Every loader and action asks here.

export interface ViewerMembership {
  id: string;
  cohortId: string;
  cohortName: string;
  programmeId: string;
  role: Role;
  track: Track | null;
  trustId: string | null;
}

export interface Viewer extends SessionUser {
  memberships: ViewerMembership[];
}

export async function loadViewer(db: DB, user: SessionUser): Promise<Viewer> {
  const memberships = await db
    .selectFrom("memberships")
    .innerJoin("cohorts", "cohorts.id", "memberships.cohort_id")
    .select([
      "memberships.id",
      "memberships.cohort_id as cohortId",
      "cohorts.name as cohortName",
      "cohorts.programme_id as programmeId",
      "memberships.role",
      "memberships.track",
      "memberships.trust_id as trustId",
    ])
    .where("memberships.user_id", "=", user.id)
    .orderBy("cohorts.academic_year", "desc")
    .orderBy("cohorts.name")
    .execute();
  return { ...user, memberships };
}

export async function requireViewer(request: Request): Promise<Viewer> {
  return loadViewer(getDb(), await requireUser(request));
}

export function ledCohortIds(viewer: Viewer): string[] {
  return viewer.memberships.filter((m) => m.role === "lead").map((m) => m.cohortId);
}

export function participantMemberships(viewer: Viewer): ViewerMembership[] {
  return viewer.memberships.filter((m) => m.role === "participant");
}

export function leadsCohort(viewer: Viewer, cohortId: string): boolean {
  return viewer.memberships.some((m) => m.cohortId === cohortId && m.role === "lead");
}

export function participatesIn(viewer: Viewer, cohortId: string): ViewerMembership | undefined {
  return viewer.memberships.find((m) => m.cohortId === cohortId && m.role === "participant");
}

export interface EntryAccessFacts {
  owner_id: string;
  cohort_id: string;
  visibility: Visibility;
}

/**
 * Private records are the owner's alone. Shared with leads: the owner and the leads of the record's cohort
 * (and programme admins). Shared with the cohort: also every member of that cohort.
 */
export function canViewEntry(viewer: Viewer, entry: EntryAccessFacts): boolean {
  if (entry.owner_id === viewer.id) return true;
  if (entry.visibility === "private") return false;
  if (viewer.isAdmin || leadsCohort(viewer, entry.cohort_id)) return true;
  return entry.visibility === "cohort" && viewer.memberships.some((m) => m.cohortId === entry.cohort_id);
}

/** Only the owner writes their own records, and only while still a participant of the record's cohort. */
export function canEditEntry(viewer: Viewer, entry: EntryAccessFacts): boolean {
  return entry.owner_id === viewer.id && participatesIn(viewer, entry.cohort_id) !== undefined;
}

export function canViewCohort(viewer: Viewer, cohortId: string): boolean {
  return viewer.isAdmin || leadsCohort(viewer, cohortId);
}

export function notFound(message = "We could not find that page."): never {
  throw data({ message }, { status: 404 });
}

export function forbidden(message = "You do not have permission to do that."): never {
  throw data({ message }, { status: 403 });
}

export function requireParticipantMembership(viewer: Viewer, cohortId?: string): ViewerMembership {
  const membership = cohortId ? participatesIn(viewer, cohortId) : participantMemberships(viewer)[0];
  if (!membership) forbidden("Only participants of a cohort can do this.");
  return membership;
}

export function requireLeadOf(viewer: Viewer, cohortId: string): void {
  if (!canViewCohort(viewer, cohortId)) notFound();
}

export function requireAdmin(viewer: Viewer): void {
  if (!viewer.isAdmin) forbidden("Only programme admins can see this page.");
}
