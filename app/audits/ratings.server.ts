import type { DB } from "~/db.server";
import type { RatingGridChoices, RatingsInput } from "~/audits/schema";
import type { Viewer } from "~/utils/permissions.server";
import { requireEditableEntry } from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import { recordEvent } from "~/audit-trail/audit-log.server";
import { countCells, readCriteria, readRatings, readSchools, refreshStatus } from "./audits.server";

// The rating grid of a trust audit: the owner rates each criterion at each school (see ./audits.server).

/** The rating grid: the owner's only. */
export async function getRatingGrid(db: DB, viewer: Viewer, id: string) {
  await requireEditableEntry(db, viewer, id, "audit");
  const [audit, schools, criteria, ratings] = await Promise.all([
    db
      .selectFrom("audits")
      .select(["entry_id as id", "focus", "kind", "conducted_on as conductedOn"])
      .where("entry_id", "=", id)
      .executeTakeFirstOrThrow(),
    readSchools(db, id),
    readCriteria(db, id),
    readRatings(db, id),
  ]);
  return {
    audit,
    schools,
    criteria: criteria.map(({ id: criterionId, text }) => ({ id: criterionId, text })),
    ratings,
  };
}

export function gridChoicesFrom(grid: Awaited<ReturnType<typeof getRatingGrid>>): RatingGridChoices {
  return { criterionIds: grid.criteria.map((c) => c.id), schoolIds: grid.schools.map((s) => s.id) };
}

/**
 * Saves the cells submitted: a rating (with its note) is written, a blank cell is cleared; cells not submitted
 * are left as they were. Then the audit is "complete" if every cell is rated.
 */
export async function saveRatings(db: DB, viewer: Viewer, id: string, input: RatingsInput) {
  await requireEditableEntry(db, viewer, id, "audit");
  const [criteria, schools] = await Promise.all([readCriteria(db, id), readSchools(db, id)]);
  const criterionIds = new Set(criteria.map((c) => c.id));
  const schoolIds = new Set(schools.map((s) => s.id));
  if (!input.cells.every((c) => criterionIds.has(c.criterionId) && schoolIds.has(c.schoolId))) {
    throw new InputError({
      cells: ["Some ratings are not for this audit’s criteria and schools: reload the page and try again"],
    });
  }
  const rated = input.cells.filter((c) => c.rating !== null);
  const blankBySchool = new Map<string, string[]>();
  for (const cell of input.cells.filter((c) => c.rating === null)) {
    blankBySchool.set(cell.criterionId, [...(blankBySchool.get(cell.criterionId) ?? []), cell.schoolId]);
  }
  await db.transaction().execute(async (trx) => {
    if (rated.length > 0) {
      await trx
        .insertInto("audit_ratings")
        .values(
          rated.map((c) => ({
            criterion_id: c.criterionId,
            school_id: c.schoolId,
            rating: c.rating as number,
            note: c.note,
          })),
        )
        .onConflict((oc) =>
          oc.columns(["criterion_id", "school_id"]).doUpdateSet((eb) => ({
            rating: eb.ref("excluded.rating"),
            note: eb.ref("excluded.note"),
          })),
        )
        .execute();
    }
    // One statement per criterion keeps each statement small, however wide the grid.
    for (const [criterionId, schoolList] of blankBySchool) {
      await trx
        .deleteFrom("audit_ratings")
        .where("criterion_id", "=", criterionId)
        .where("school_id", "in", schoolList)
        .execute();
    }
    await refreshStatus(trx, id);
    await recordEvent(trx, viewer.id, "update", "audit", id, { fields: ["ratings"], subjectOwnerId: viewer.id });
  });
  return countCells(db, id);
}
