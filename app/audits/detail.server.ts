import type { DB } from "~/db.server";
import { canEditEntry, canViewEntry, type Viewer } from "~/utils/permissions.server";
import { loadEntryFacts, readEntryTags, requireVisibleEntry } from "~/entries/entries.server";
import { recordViewOf } from "~/audit-trail/audit-log.server";
import { readCriteria, readRatings, readSchools } from "./audits.server";
import type { ComparisonRow } from "./results";

// One trust audit as its page shows it, and a follow-up compared with its baseline (see ./audits.server for
// how an audit is stored).

const toMean = (value: string | number | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);

/** How a follow-up's criteria reach the ratings averaged: their own, or those of the baseline criteria they copy. */
type RatedVia = "audit_criteria.id" | "audit_criteria.baseline_criterion_id";

/** Mean rating of each of the audit's criteria across the schools rated, computed in the database. */
async function criterionMeans(db: DB, auditId: string, via: RatedVia = "audit_criteria.id") {
  const rows = await db
    .selectFrom("audit_criteria")
    .innerJoin("audit_ratings", "audit_ratings.criterion_id", via)
    .select((eb) => ["audit_criteria.id", eb.fn.avg<string | number>("audit_ratings.rating").as("mean")])
    .where("audit_criteria.audit_id", "=", auditId)
    .groupBy("audit_criteria.id")
    .execute();
  return new Map(rows.map((r) => [r.id, toMean(r.mean)]));
}

/** Mean rating of each school across the audit's criteria, computed in the database. */
async function schoolMeans(db: DB, auditId: string, via: RatedVia) {
  const rows = await db
    .selectFrom("audit_ratings")
    .innerJoin("audit_criteria", via, "audit_ratings.criterion_id")
    .select((eb) => [
      "audit_ratings.school_id as schoolId",
      eb.fn.avg<string | number>("audit_ratings.rating").as("mean"),
    ])
    .where("audit_criteria.audit_id", "=", auditId)
    .groupBy("audit_ratings.school_id")
    .execute();
  return new Map(rows.map((r) => [r.schoolId, toMean(r.mean)]));
}

export type { ComparisonRow };

/** One row of a comparison: the means then and now, and the change (null unless both are known). */
export function meanChange(
  id: string,
  label: string,
  baselineMean: number | null,
  followUpMean: number | null,
): ComparisonRow {
  return {
    id,
    label,
    baselineMean,
    followUpMean,
    change: baselineMean === null || followUpMean === null ? null : followUpMean - baselineMean,
  };
}

/**
 * A follow-up beside its baseline: for each criterion the mean across schools, and for each school the mean
 * across criteria, then and now. Baseline ratings are read through each follow-up criterion's link to the
 * baseline criterion it copies, so a criterion added only to the follow-up has no baseline mean.
 */
async function compareWithBaseline(db: DB, followUpId: string) {
  const [criteria, schools, followCriterion, baseCriterion, followSchool, baseSchool] = await Promise.all([
    readCriteria(db, followUpId),
    readSchools(db, followUpId),
    criterionMeans(db, followUpId),
    criterionMeans(db, followUpId, "audit_criteria.baseline_criterion_id"),
    schoolMeans(db, followUpId, "audit_criteria.id"),
    schoolMeans(db, followUpId, "audit_criteria.baseline_criterion_id"),
  ]);
  return {
    byCriterion: criteria.map((c) =>
      meanChange(c.id, c.text, baseCriterion.get(c.id) ?? null, followCriterion.get(c.id) ?? null),
    ),
    bySchool: schools.map((s) =>
      meanChange(s.id, s.name, baseSchool.get(s.id) ?? null, followSchool.get(s.id) ?? null),
    ),
  };
}

/** One audit as its page shows it: anyone who may see it reads it; only the owner gets the controls. */
export async function getAudit(db: DB, viewer: Viewer, id: string) {
  const facts = await requireVisibleEntry(db, viewer, id, "audit");
  await recordViewOf(db, viewer, "audit", id, facts.owner_id);
  const audit = await db
    .selectFrom("entries")
    .innerJoin("audits", "audits.entry_id", "entries.id")
    .innerJoin("users", "users.id", "entries.owner_id")
    .innerJoin("cohorts", "cohorts.id", "entries.cohort_id")
    .select([
      "entries.id",
      "entries.status",
      "entries.visibility",
      "entries.cohort_id as cohortId",
      "entries.initiative_id as initiativeId",
      "users.name as ownerName",
      "cohorts.name as cohortName",
      "audits.focus",
      "audits.kind",
      "audits.baseline_id as baselineId",
      "audits.conducted_on as conductedOn",
    ])
    .where("entries.id", "=", id)
    .executeTakeFirstOrThrow();

  const [schools, criteria, ratings, means, tags, followUpRows] = await Promise.all([
    readSchools(db, id),
    readCriteria(db, id),
    readRatings(db, id),
    criterionMeans(db, id),
    readEntryTags(db, id),
    db
      .selectFrom("audits")
      .innerJoin("entries", "entries.id", "audits.entry_id")
      .select([
        "entries.id",
        "entries.owner_id",
        "entries.cohort_id",
        "entries.visibility",
        "audits.conducted_on as conductedOn",
      ])
      .where("audits.baseline_id", "=", id)
      .orderBy("audits.conducted_on")
      .execute(),
  ]);

  // Linked records are named only to someone who may open them.
  const linked = async (linkedId: string | null) => {
    if (!linkedId) return null;
    const entry = await loadEntryFacts(db, linkedId);
    if (!entry || !canViewEntry(viewer, entry)) return null;
    const row = await db
      .selectFrom("entries")
      .leftJoin("audits", "audits.entry_id", "entries.id")
      .select(["entries.id", "entries.title", "audits.conducted_on as conductedOn"])
      .where("entries.id", "=", linkedId)
      .executeTakeFirst();
    return row ?? null;
  };
  const [initiative, baseline] = await Promise.all([linked(audit.initiativeId), linked(audit.baselineId)]);
  const baselineDate = audit.baselineId
    ? ((
        await db.selectFrom("audits").select("conducted_on").where("entry_id", "=", audit.baselineId).executeTakeFirst()
      )?.conducted_on ?? null)
    : null;

  return {
    ...audit,
    canEdit: canEditEntry(viewer, facts),
    schools,
    criteria: criteria.map((c) => ({ id: c.id, text: c.text, mean: means.get(c.id) ?? null })),
    ratings,
    rated: ratings.length,
    total: criteria.length * schools.length,
    strands: tags.strands,
    statements: tags.statements,
    initiative: initiative ? { id: initiative.id, title: initiative.title } : null,
    baseline: audit.baselineId ? { id: baseline?.id ?? null, conductedOn: baselineDate } : null,
    followUps: followUpRows
      .filter((f) => canViewEntry(viewer, { owner_id: f.owner_id, cohort_id: f.cohort_id, visibility: f.visibility }))
      .map((f) => ({ id: f.id, conductedOn: f.conductedOn })),
    comparison: audit.kind === "follow_up" ? await compareWithBaseline(db, id) : null,
  };
}

export type AuditDetail = Awaited<ReturnType<typeof getAudit>>;
