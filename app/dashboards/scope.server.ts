import { SHARED_WITH_LEADS } from "~/entries/visibility";
import type { DB } from "~/db.server";
import type { DashboardFilters } from "~/dashboards/schema";

// What every figure of a cohort's dashboard counts from: the participants the filters keep, the records of the
// cohort its leads may see (never private ones), the workshops; and the rounding the figures share.

export const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;
export const num = (value: string | number | null | undefined) => Number(value ?? 0);
export const numOrNull = (value: string | number | null | undefined) =>
  value === null || value === undefined ? null : Number(value);

// ---------------------------------------------------------------------------------------------
// Building blocks shared by the figures

/** The cohort's participants that the track and trust filters keep, as a subquery of user ids. */
export function participantIds(db: DB, cohortId: string, filters: DashboardFilters) {
  let query = db
    .selectFrom("memberships")
    .select("memberships.user_id")
    .where("memberships.cohort_id", "=", cohortId)
    .where("memberships.role", "=", "participant");
  if (filters.track) query = query.where("memberships.track", "=", filters.track);
  if (filters.trustId) query = query.where("memberships.trust_id", "=", filters.trustId);
  return query;
}

/** Records of the cohort its leads may see, by the filtered participants, in the date range and strand. */
export function sharedEntries(db: DB, cohortId: string, filters: DashboardFilters) {
  let query = db
    .selectFrom("entries")
    .where("entries.cohort_id", "=", cohortId)
    .where("entries.visibility", "in", SHARED_WITH_LEADS)
    .where("entries.owner_id", "in", participantIds(db, cohortId, filters));
  if (filters.from) query = query.where("entries.occurred_on", ">=", filters.from);
  if (filters.to) query = query.where("entries.occurred_on", "<=", filters.to);
  if (filters.strandId) {
    const strandId = filters.strandId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("entry_strands as tagged")
          .select("tagged.entry_id")
          .whereRef("tagged.entry_id", "=", "entries.id")
          .where("tagged.strand_id", "=", strandId),
      ),
    );
  }
  return query;
}

export interface DashboardParticipant {
  id: string;
  name: string;
  track: "new" | "continuing" | null;
  trustId: string | null;
  trustName: string | null;
}

export async function listDashboardParticipants(
  db: DB,
  cohortId: string,
  filters: DashboardFilters,
): Promise<DashboardParticipant[]> {
  let query = db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .leftJoin("organisations", "organisations.id", "memberships.trust_id")
    .select([
      "users.id",
      "users.name",
      "memberships.track",
      "memberships.trust_id as trustId",
      "organisations.name as trustName",
    ])
    .where("memberships.cohort_id", "=", cohortId)
    .where("memberships.role", "=", "participant");
  if (filters.track) query = query.where("memberships.track", "=", filters.track);
  if (filters.trustId) query = query.where("memberships.trust_id", "=", filters.trustId);
  return query.orderBy("users.name").orderBy("users.id").execute();
}

export async function listWorkshops(db: DB, cohortId: string) {
  const rows = await db
    .selectFrom("workshops")
    .select(["id", "title", "held_on as heldOn"])
    .where("cohort_id", "=", cohortId)
    .orderBy("position")
    .orderBy("held_on")
    .execute();
  return rows.map((row, index) => ({ ...row, number: index + 1 }));
}
