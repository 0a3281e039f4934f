import type { ExpressionBuilder } from "kysely";
import type { Database } from "../../db/schema";
import type { DB } from "~/db.server";
import { getParticipantCohorts, listOwnInitiativeChoices } from "~/entries/entries.server";
import type { Viewer } from "~/utils/permissions.server";
import { overdueActions } from "./overdue.server";

// Query pieces more than one reader of initiatives uses, each stated once.

/** The schools an initiative covers (id and name), by name. */
export function listInitiativeSchools(db: DB, initiativeId: string) {
  return db
    .selectFrom("initiative_schools")
    .innerJoin("organisations", "organisations.id", "initiative_schools.school_id")
    .select(["organisations.id", "organisations.name"])
    .where("initiative_schools.initiative_id", "=", initiativeId)
    .orderBy("organisations.name")
    .execute();
}

/** The record columns a list of initiatives with action counts shows, and groups by. */
export const INITIATIVE_LIST_COLUMNS = ["entries.id", "entries.title", "entries.status", "entries.visibility"] as const;

/**
 * An initiative's action counts over the left-joined action_items (grouped by initiative): all of them, those done,
 * and those overdue (past due and not done).
 */
export function actionCountColumns(eb: ExpressionBuilder<Database, "action_items">, today: string) {
  return [
    eb.fn.count<string | number>("action_items.id").as("actionCount"),
    eb.fn
      .sum<string | number | null>(eb.case().when("action_items.rag", "=", "done").then(1).else(0).end())
      .as("doneCount"),
    overdueActions(today).as("overdueCount"),
  ] as const;
}

/** The cohorts the viewer takes part in, each with the viewer's own initiatives there (what a record may link to). */
export async function listCohortsWithOwnInitiatives(db: DB, viewer: Viewer) {
  const [cohorts, initiatives] = await Promise.all([
    getParticipantCohorts(db, viewer),
    listOwnInitiativeChoices(db, viewer),
  ]);
  return cohorts.map((cohort) => ({
    ...cohort,
    initiatives: initiatives.filter((i) => i.cohortId === cohort.cohortId).map(({ id, title }) => ({ id, title })),
  }));
}
