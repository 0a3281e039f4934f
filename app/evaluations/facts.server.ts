import type { EvidenceType } from "../../db/schema";
import type { DB } from "~/db.server";
import { isOverdue } from "~/initiatives/overdue.server";
import { EVIDENCE_TYPES, parseEvidenceType } from "~/evaluations/schema";
import { canViewEntry, type Viewer } from "~/utils/permissions.server";
import { recordHref } from "~/evidence/evidence.server";
import { readCriteria, readRatings, readSchools } from "~/audits/audits.server";
import { meanChange } from "~/audits/detail.server";
import type {
  ActionFacts,
  AuditBaselineFact,
  AuditComparisonFact,
  FactsData,
  MeanChangeRow as MeanChange,
} from "./facts";

// What Strands already knows about an initiative, shown beside its evaluation: the evidence linked to it and
// its records, its audits compared with their baselines, its actions and its reflections (see
// ./evaluations.server for the evaluation itself).

export interface InitiativeEvidenceOption {
  id: string;
  title: string;
  evidenceType: EvidenceType | null;
  /** The record the evidence hangs from: the initiative itself or a record linked to it. */
  record: { id: string; title: string; href: string; isInitiative: boolean };
}

/**
 * The initiative's evidence: on the initiative itself, and on the owner's records linked to it (audits,
 * reflections) that the viewer may see. These are what a level's judgement may rest on.
 */
export async function listInitiativeEvidence(
  db: DB,
  viewer: Viewer,
  initiative: { id: string; owner_id: string },
): Promise<InitiativeEvidenceOption[]> {
  const rows = await db
    .selectFrom("evidence")
    .innerJoin("entries", "entries.id", "evidence.entry_id")
    .leftJoin("task_responses", "task_responses.entry_id", "entries.id")
    .select([
      "evidence.id",
      "evidence.title",
      "evidence.evidence_type as evidenceType",
      "entries.id as entryId",
      "entries.kind",
      "entries.title as recordTitle",
      "entries.owner_id",
      "entries.cohort_id",
      "entries.visibility",
      "task_responses.task_id as taskId",
    ])
    .where("entries.owner_id", "=", initiative.owner_id)
    .where((eb) => eb.or([eb("entries.id", "=", initiative.id), eb("entries.initiative_id", "=", initiative.id)]))
    .orderBy("evidence.created_at")
    .orderBy("evidence.id")
    .execute();
  return rows
    .filter((row) => row.entryId === initiative.id || canViewEntry(viewer, row))
    .map((row) => ({
      id: row.id,
      title: row.title,
      evidenceType: parseEvidenceType(row.evidenceType),
      record: {
        id: row.entryId,
        title: row.recordTitle,
        href: recordHref(row.kind, row.entryId, row.taskId),
        isInitiative: row.entryId === initiative.id,
      },
    }));
}

export type { ActionFacts, AuditBaselineFact, AuditComparisonFact, MeanChange };

export interface EvaluationFacts extends Omit<FactsData, "comparisons"> {
  comparisons: AuditComparisonFact[];
}

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

type InitiativeRef = { id: string; owner_id: string; cohort_id: string };

/** The owner's audits in the initiative's cohort that are linked to it or cover any of its schools, and that the viewer may see. */
async function findInitiativeAudits(db: DB, viewer: Viewer, initiative: InitiativeRef, schoolIds: string[]) {
  const rows = await db
    .selectFrom("entries")
    .innerJoin("audits", "audits.entry_id", "entries.id")
    .select([
      "entries.id",
      "entries.title",
      "entries.owner_id",
      "entries.cohort_id",
      "entries.visibility",
      "entries.initiative_id as initiativeId",
      "audits.focus",
      "audits.kind",
      "audits.baseline_id as baselineId",
      "audits.conducted_on as conductedOn",
    ])
    .where("entries.owner_id", "=", initiative.owner_id)
    .where("entries.cohort_id", "=", initiative.cohort_id)
    .where((eb) => {
      const linked = eb("entries.initiative_id", "=", initiative.id);
      if (schoolIds.length === 0) return linked;
      const covers = eb.exists(
        eb
          .selectFrom("audit_schools")
          .select("audit_schools.audit_id")
          .whereRef("audit_schools.audit_id", "=", "entries.id")
          .where("audit_schools.school_id", "in", schoolIds),
      );
      return eb.or([linked, covers]);
    })
    .orderBy("audits.conducted_on")
    .orderBy("entries.id")
    .execute();
  return rows.filter((audit) => canViewEntry(viewer, audit));
}

type InitiativeAudit = Awaited<ReturnType<typeof findInitiativeAudits>>[number];

/** Each audit's schools, criteria, ratings and date, read through the audit's own readers. */
async function readAudits(db: DB, auditIds: string[]) {
  const perAudit = await Promise.all(
    auditIds.map(async (auditId) => {
      const [schools, criteria, ratings] = await Promise.all([
        readSchools(db, auditId),
        readCriteria(db, auditId),
        readRatings(db, auditId),
      ]);
      return {
        schools: schools.map((s) => ({ ...s, auditId })),
        criteria: criteria.map((c) => ({ ...c, auditId })),
        ratings,
      };
    }),
  );
  const dates = await db
    .selectFrom("audits")
    .select(["entry_id as id", "conducted_on as conductedOn"])
    .where("entry_id", "in", auditIds)
    .execute();
  return {
    schoolRows: perAudit.flatMap((a) => a.schools),
    criterionRows: perAudit.flatMap((a) => a.criteria),
    ratingRows: perAudit.flatMap((a) => a.ratings),
    dateOf: new Map(dates.map((d) => [d.id, d.conductedOn])),
  };
}

/** Lookups over the audits read, with schools narrowed to the initiative's (all the audit's if it shares none). */
function auditLookups(rows: Awaited<ReturnType<typeof readAudits>>, schoolIds: string[]) {
  const initiativeSchools = new Set(schoolIds);
  return {
    schoolsOf: (auditId: string) => {
      const all = rows.schoolRows.filter((s) => s.auditId === auditId);
      const shared = all.filter((s) => initiativeSchools.has(s.id));
      return shared.length > 0 ? shared : all;
    },
    criteriaOf: (auditId: string) => rows.criterionRows.filter((c) => c.auditId === auditId),
    /** The ratings given, as numbers, on these criteria in these schools. */
    ratingsOn: (criterionIds: Set<string>, schools: Set<string>) =>
      rows.ratingRows.filter((r) => criterionIds.has(r.criterionId) && schools.has(r.schoolId)),
    dateOf: rows.dateOf,
  };
}

type AuditLookups = ReturnType<typeof auditLookups>;
type RatingRow = ReturnType<AuditLookups["ratingsOn"]>[number];

const values = (rows: RatingRow[]) => rows.map((r) => Number(r.rating));

function baselineFact(a: InitiativeAudit, initiativeId: string, lookups: AuditLookups): AuditBaselineFact {
  const schools = lookups.schoolsOf(a.id);
  const criteria = lookups.criteriaOf(a.id);
  const ratings = lookups.ratingsOn(new Set(criteria.map((c) => c.id)), new Set(schools.map((s) => s.id)));
  return {
    id: a.id,
    title: a.title,
    focus: a.focus,
    conductedOn: a.conductedOn,
    linked: a.initiativeId === initiativeId,
    schoolCount: schools.length,
    criterionCount: criteria.length,
    mean: mean(values(ratings)),
  };
}

function comparisonFact(a: InitiativeAudit, initiativeId: string, lookups: AuditLookups): AuditComparisonFact {
  const schools = lookups.schoolsOf(a.id);
  const schoolSet = new Set(schools.map((s) => s.id));
  const criteria = lookups.criteriaOf(a.id);
  const followRatings = lookups.ratingsOn(new Set(criteria.map((c) => c.id)), schoolSet);
  const linkedBaselineCriteria = new Set(criteria.map((c) => c.baselineCriterionId).filter((id): id is string => !!id));
  const baseRatings = lookups.ratingsOn(linkedBaselineCriteria, schoolSet);
  return {
    followUpId: a.id,
    title: a.title,
    conductedOn: a.conductedOn,
    baselineId: a.baselineId as string,
    baselineConductedOn: lookups.dateOf.get(a.baselineId as string) ?? "",
    linked: a.initiativeId === initiativeId,
    overall: meanChange(a.id, "All criteria and schools", mean(values(baseRatings)), mean(values(followRatings))),
    bySchool: schools.map((s) =>
      meanChange(
        s.id,
        s.name,
        mean(values(baseRatings.filter((r) => r.schoolId === s.id))),
        mean(values(followRatings.filter((r) => r.schoolId === s.id))),
      ),
    ),
    byCriterion: criteria.map((c) =>
      meanChange(
        c.id,
        c.text,
        c.baselineCriterionId ? mean(values(baseRatings.filter((r) => r.criterionId === c.baselineCriterionId))) : null,
        mean(values(followRatings.filter((r) => r.criterionId === c.id))),
      ),
    ),
  };
}

/**
 * The audits that tell the initiative's story: the owner's audits in its cohort that are linked to it or cover
 * any of its schools, and that the viewer may see. Means are over the initiative's schools only (all the
 * audit's schools if it shares none), so the change is the change where the initiative worked.
 */
export async function auditFacts(
  db: DB,
  viewer: Viewer,
  initiative: InitiativeRef,
  schoolIds: string[],
): Promise<Pick<EvaluationFacts, "baselines" | "comparisons">> {
  const audits = await findInitiativeAudits(db, viewer, initiative, schoolIds);
  if (audits.length === 0) return { baselines: [], comparisons: [] };

  const auditIds = audits.map((a) => a.id);
  // A follow-up's baseline is compared even when only the follow-up matched (it has the same schools).
  const baselineIdsNeeded = audits.filter((a) => a.baselineId).map((a) => a.baselineId as string);
  const allIds = [...new Set([...auditIds, ...baselineIdsNeeded])];
  const lookups = auditLookups(await readAudits(db, allIds), schoolIds);
  return {
    baselines: audits.filter((a) => a.kind === "baseline").map((a) => baselineFact(a, initiative.id, lookups)),
    comparisons: audits
      .filter((a) => a.kind === "follow_up" && a.baselineId)
      .map((a) => comparisonFact(a, initiative.id, lookups)),
  };
}

export async function actionFacts(db: DB, initiativeId: string, today: string): Promise<ActionFacts> {
  const actions = await db
    .selectFrom("action_items")
    .select(["rag", "due_on"])
    .where("initiative_id", "=", initiativeId)
    .execute();
  return {
    planned: actions.length,
    done: actions.filter((a) => a.rag === "done").length,
    overdue: actions.filter((a) => isOverdue(a, today)).length,
  };
}

export async function reflectionFacts(db: DB, viewer: Viewer, initiative: { id: string; owner_id: string }) {
  const rows = await db
    .selectFrom("entries")
    .select(["id", "title", "occurred_on as occurredOn", "owner_id", "cohort_id", "visibility"])
    .where("kind", "=", "reflection")
    .where("owner_id", "=", initiative.owner_id)
    .where("initiative_id", "=", initiative.id)
    .orderBy("occurred_on")
    .orderBy("id")
    .execute();
  return rows
    .filter((row) => canViewEntry(viewer, row))
    .map((row) => ({ id: row.id, title: row.title, occurredOn: row.occurredOn, href: `/reflections/${row.id}` }));
}

export function evidenceByType(evidence: InitiativeEvidenceOption[]): EvaluationFacts["evidenceByType"] {
  const types: (EvidenceType | null)[] = [...EVIDENCE_TYPES, null];
  return types
    .map((type) => ({ type, count: evidence.filter((e) => e.evidenceType === type).length }))
    .filter((row) => row.count > 0);
}
