import type { DB } from "~/db.server";
import { requireLedCohort } from "./access.server";
import { todayInEngland } from "~/utils/dates";
import { ledCohortIds, type Viewer } from "~/utils/permissions.server";
import { overdueActions } from "~/initiatives/overdue.server";

/** Cohorts the viewer leads (every cohort, for a programme admin), with member counts. */
export async function listViewableCohorts(db: DB, viewer: Viewer) {
  const led = ledCohortIds(viewer);
  if (!viewer.isAdmin && led.length === 0) return [];
  let query = db
    .selectFrom("cohorts")
    .innerJoin("programmes", "programmes.id", "cohorts.programme_id")
    .leftJoin("memberships", (join) =>
      join.onRef("memberships.cohort_id", "=", "cohorts.id").on("memberships.role", "=", "participant"),
    )
    .select((eb) => [
      "cohorts.id",
      "cohorts.name",
      "cohorts.academic_year as academicYear",
      "programmes.name as programmeName",
      "programmes.code as programmeCode",
      eb.fn.count<string | number>("memberships.id").as("participantCount"),
    ])
    .groupBy(["cohorts.id", "cohorts.name", "cohorts.academic_year", "programmes.name", "programmes.code"])
    .orderBy("cohorts.academic_year", "desc")
    .orderBy("cohorts.name");
  if (!viewer.isAdmin) query = query.where("cohorts.id", "in", led);
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, participantCount: Number(row.participantCount) }));
}

/** A cohort's roster for its leads: each participant with the initiatives they have shared (never private ones). */
export async function getCohortOverview(db: DB, viewer: Viewer, cohortId: string, today = todayInEngland()) {
  const cohort = await requireLedCohort(db, viewer, cohortId);

  const [workshops, people, initiatives] = await Promise.all([
    db
      .selectFrom("workshops")
      .select(["id", "title", "held_on as heldOn"])
      .where("cohort_id", "=", cohortId)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .leftJoin("organisations", "organisations.id", "memberships.trust_id")
      .select(["users.id", "users.name", "memberships.role", "memberships.track", "organisations.name as trustName"])
      .where("memberships.cohort_id", "=", cohortId)
      .orderBy("users.name")
      .execute(),
    db
      .selectFrom("entries")
      .leftJoin("action_items", "action_items.initiative_id", "entries.id")
      .select((eb) => [
        "entries.id",
        "entries.owner_id as ownerId",
        "entries.title",
        "entries.status",
        eb.fn.count<string | number>("action_items.id").as("actionCount"),
        overdueActions(today).as("overdueCount"),
      ])
      .where("entries.cohort_id", "=", cohortId)
      .where("entries.kind", "=", "initiative")
      .where("entries.visibility", "!=", "private")
      .groupBy(["entries.id", "entries.owner_id", "entries.title", "entries.status"])
      .orderBy("entries.title")
      .execute(),
  ]);

  const participants = people
    .filter((p) => p.role === "participant")
    .map((p) => ({
      ...p,
      initiatives: initiatives
        .filter((i) => i.ownerId === p.id)
        .map(({ ownerId: _ownerId, ...i }) => ({
          ...i,
          actionCount: Number(i.actionCount),
          overdueCount: Number(i.overdueCount ?? 0),
        })),
    }));
  return { cohort, workshops, leads: people.filter((p) => p.role === "lead"), participants };
}
