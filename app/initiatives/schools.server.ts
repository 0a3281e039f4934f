import { SHARED_WITH_LEADS } from "~/entries/visibility";
import type { DB } from "~/db.server";
import type { ImplementationInput } from "~/initiatives/schema";
import { nowIso } from "~/utils/ids.server";
import { canEditEntry, canViewEntry, type Viewer } from "~/utils/permissions.server";
import { recordEvent } from "~/audit-trail/audit-log.server";
import { requireEditableEntry, requireVisibleEntry } from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import type { LedCohort } from "~/cohorts/access.server";
import { IMPLEMENTATION_SCALE_LABELS } from "~/schemas/values";

// Adoption, fidelity and sustainment school by school, and the schools a cohort's leads should watch.

// ---- School by school implementation ----

export const IMPLEMENTATION_MEASURES = ["adoption", "fidelity", "sustainment"] as const;

export async function readSchoolImplementation(db: DB, initiativeId: string) {
  const rows = await db
    .selectFrom("initiative_schools")
    .innerJoin("organisations", "organisations.id", "initiative_schools.school_id")
    .leftJoin("school_implementation as si", (join) =>
      join
        .onRef("si.initiative_id", "=", "initiative_schools.initiative_id")
        .onRef("si.school_id", "=", "initiative_schools.school_id"),
    )
    .select([
      "organisations.id as schoolId",
      "organisations.name as schoolName",
      "si.adoption",
      "si.fidelity",
      "si.sustainment",
      "si.note",
      "si.updated_at as updatedAt",
    ])
    .where("initiative_schools.initiative_id", "=", initiativeId)
    .orderBy("organisations.name")
    .execute();
  return rows.map((row) => ({ ...row, note: row.note ?? "" }));
}

export type SchoolImplementationRow = Awaited<ReturnType<typeof readSchoolImplementation>>[number];

/** Adoption, fidelity and sustainment for each school the initiative covers (blank where not judged). */
export async function getSchoolImplementation(db: DB, viewer: Viewer, initiativeId: string) {
  const entry = await requireVisibleEntry(db, viewer, initiativeId, "initiative");
  const [initiative, schools] = await Promise.all([
    db.selectFrom("entries").select(["id", "title"]).where("id", "=", initiativeId).executeTakeFirstOrThrow(),
    readSchoolImplementation(db, initiativeId),
  ]);
  return { initiative, schools, canEdit: canEditEntry(viewer, entry) };
}

/** Saves the grid; only schools the initiative covers are accepted. */
export async function saveSchoolImplementation(
  db: DB,
  viewer: Viewer,
  initiativeId: string,
  input: ImplementationInput,
) {
  await requireEditableEntry(db, viewer, initiativeId, "initiative");
  const covered = new Set((await readSchoolImplementation(db, initiativeId)).map((s) => s.schoolId));
  const unknown = input.schools.findIndex((s) => !covered.has(s.schoolId));
  if (unknown >= 0)
    throw new InputError({ [`schools[${unknown}].schoolId`]: ["Choose a school this initiative covers"] });
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    for (const school of input.schools) {
      const values = {
        adoption: school.adoption ?? null,
        fidelity: school.fidelity ?? null,
        sustainment: school.sustainment ?? null,
        note: school.note ?? "",
        updated_at: now,
      };
      await trx
        .insertInto("school_implementation")
        .values({ initiative_id: initiativeId, school_id: school.schoolId, ...values })
        .onConflict((oc) => oc.columns(["initiative_id", "school_id"]).doUpdateSet(values))
        .execute();
    }
    await recordEvent(trx, viewer.id, "update", "school_implementation", initiativeId, {
      fields: ["adoption", "fidelity", "sustainment", "note"],
      subjectOwnerId: viewer.id,
    });
  });
}

// ---- Schools to watch (cohort dashboard) ----

/** A rating at or below this is low: "Not yet" or "Beginning". */
export const LOW_RATING = 2;

export interface SchoolToWatch {
  initiativeId: string;
  initiativeTitle: string;
  ownerId: string;
  ownerName: string;
  schoolName: string;
  fidelity: number | null;
  sustainment: number | null;
  adoption: number | null;
  note: string;
  reasons: string[];
}

/**
 * Schools drifting in the cohort's initiatives shared with its leads: the approach is in use (adoption) but its
 * fidelity or sustainment is low and behind adoption, so it is used without its active ingredients or is not
 * lasting. Worst first. For the cohort's leads and admins. (Only the latest ratings are kept, so a fall over
 * time cannot be shown: see docs/decisions/0007-adaptation-log.md.) The cohort is one the viewer leads, checked once
 * by the dashboard that asks.
 */
export async function listSchoolsToWatch(db: DB, viewer: Viewer, cohort: LedCohort): Promise<SchoolToWatch[]> {
  const cohortId = cohort.id;
  const rows = await db
    .selectFrom("school_implementation as si")
    .innerJoin("entries", "entries.id", "si.initiative_id")
    .innerJoin("users", "users.id", "entries.owner_id")
    .innerJoin("organisations", "organisations.id", "si.school_id")
    .select([
      "entries.id as initiativeId",
      "entries.title as initiativeTitle",
      "entries.owner_id as ownerId",
      "entries.cohort_id",
      "entries.visibility",
      "users.name as ownerName",
      "organisations.name as schoolName",
      "si.adoption",
      "si.fidelity",
      "si.sustainment",
      "si.note",
    ])
    .where("entries.cohort_id", "=", cohortId)
    .where("entries.kind", "=", "initiative")
    .where("entries.visibility", "in", SHARED_WITH_LEADS)
    .where((eb) =>
      eb.or([
        eb.and([eb("si.fidelity", "<=", LOW_RATING), eb("si.fidelity", "<", eb.ref("si.adoption"))]),
        eb.and([eb("si.sustainment", "<=", LOW_RATING), eb("si.sustainment", "<", eb.ref("si.adoption"))]),
      ]),
    )
    .orderBy("users.name")
    .orderBy("entries.title")
    .orderBy("organisations.name")
    .execute();
  const worst = (row: { fidelity: number | null; sustainment: number | null }) =>
    Math.min(row.fidelity ?? 5, row.sustainment ?? 5);
  return rows
    .filter((row) =>
      canViewEntry(viewer, { owner_id: row.ownerId, cohort_id: row.cohort_id, visibility: row.visibility }),
    )
    .map(({ cohort_id: _cohortId, visibility: _visibility, ...row }) => ({ ...row, reasons: watchReasons(row) }))
    .sort((a, b) => worst(a) - worst(b));
}

export function watchReasons(row: {
  adoption: number | null;
  fidelity: number | null;
  sustainment: number | null;
}): string[] {
  const reasons: string[] = [];
  for (const [measure, value] of [
    ["Fidelity", row.fidelity],
    ["Sustainment", row.sustainment],
  ] as const) {
    if (value != null && row.adoption != null && value <= LOW_RATING && value < row.adoption) {
      reasons.push(
        `${measure} is “${IMPLEMENTATION_SCALE_LABELS[value]}” while adoption is “${IMPLEMENTATION_SCALE_LABELS[row.adoption]}”`,
      );
    }
  }
  return reasons;
}
