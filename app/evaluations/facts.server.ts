import type { EvidenceType } from "../../db/schema";
import type { DB } from "~/db.server";
import { isOverdue } from "~/initiatives/overdue.server";
import { EVIDENCE_TYPES, parseEvidenceType } from "~/evaluations/schema";
import { canViewEntry, type Viewer } from "~/utils/permissions.server";
import { recordHref } from "~/evidence/evidence.server";

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

export interface MeanChange {
  id: string;
  label: string;
  baselineMean: number | null;
  followUpMean: number | null;
  change: number | null;
}

export interface AuditBaselineFact {
  id: string;
  title: string;
  focus: string;
  conductedOn: string;
  /** Linked to the initiative, rather than found because it covers the initiative's schools. */
  linked: boolean;
  schoolCount: number;
  criterionCount: number;
  /** Mean of every rating of the initiative's schools (1-4), null when none is rated yet. */
  mean: number | null;
}

export interface AuditComparisonFact {
  followUpId: string;
  title: string;
  conductedOn: string;
  baselineId: string;
  baselineConductedOn: string;
  linked: boolean;
  overall: MeanChange;
  bySchool: MeanChange[];
  byCriterion: MeanChange[];
}

export interface ActionFacts {
  planned: number;
  done: number;
  overdue: number;
}

export interface EvaluationFacts {
  baselines: AuditBaselineFact[];
  comparisons: AuditComparisonFact[];
  actions: ActionFacts;
  reflections: { id: string; title: string; occurredOn: string; href: string }[];
  evidenceCount: number;
  evidenceByType: { type: EvidenceType | null; count: number }[];
}

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

function change(id: string, label: string, baselineMean: number | null, followUpMean: number | null): MeanChange {
  return {
    id,
    label,
    baselineMean,
    followUpMean,
    change: baselineMean === null || followUpMean === null ? null : followUpMean - baselineMean,
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
  initiative: { id: string; owner_id: string; cohort_id: string },
  schoolIds: string[],
): Promise<Pick<EvaluationFacts, "baselines" | "comparisons">> {
  const audits = (
    await db
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
      .execute()
  ).filter((audit) => canViewEntry(viewer, audit));
  if (audits.length === 0) return { baselines: [], comparisons: [] };

  const auditIds = audits.map((a) => a.id);
  // A follow-up's baseline is compared even when only the follow-up matched (it has the same schools).
  const baselineIdsNeeded = audits.filter((a) => a.baselineId).map((a) => a.baselineId as string);
  const allIds = [...new Set([...auditIds, ...baselineIdsNeeded])];
  const [schoolRows, criterionRows, ratingRows, baselineDates] = await Promise.all([
    db
      .selectFrom("audit_schools")
      .innerJoin("organisations", "organisations.id", "audit_schools.school_id")
      .select(["audit_schools.audit_id as auditId", "organisations.id", "organisations.name"])
      .where("audit_schools.audit_id", "in", allIds)
      .orderBy("audit_schools.position")
      .execute(),
    db
      .selectFrom("audit_criteria")
      .select(["id", "audit_id as auditId", "text", "baseline_criterion_id as baselineCriterionId"])
      .where("audit_id", "in", allIds)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("audit_ratings")
      .innerJoin("audit_criteria", "audit_criteria.id", "audit_ratings.criterion_id")
      .select([
        "audit_ratings.criterion_id as criterionId",
        "audit_ratings.school_id as schoolId",
        "audit_ratings.rating",
      ])
      .where("audit_criteria.audit_id", "in", allIds)
      .execute(),
    db
      .selectFrom("audits")
      .select(["entry_id as id", "conducted_on as conductedOn"])
      .where("entry_id", "in", allIds)
      .execute(),
  ]);
  const initiativeSchools = new Set(schoolIds);
  const schoolsOf = (auditId: string) => {
    const all = schoolRows.filter((s) => s.auditId === auditId);
    const shared = all.filter((s) => initiativeSchools.has(s.id));
    return shared.length > 0 ? shared : all;
  };
  const criteriaOf = (auditId: string) => criterionRows.filter((c) => c.auditId === auditId);
  const ratingsOn = (criterionIds: Set<string>, schools: Set<string>) =>
    ratingRows.filter((r) => criterionIds.has(r.criterionId) && schools.has(r.schoolId));
  const dateOf = new Map(baselineDates.map((d) => [d.id, d.conductedOn]));

  const baselines: AuditBaselineFact[] = audits
    .filter((a) => a.kind === "baseline")
    .map((a) => {
      const schools = schoolsOf(a.id);
      const criteria = criteriaOf(a.id);
      const ratings = ratingsOn(new Set(criteria.map((c) => c.id)), new Set(schools.map((s) => s.id)));
      return {
        id: a.id,
        title: a.title,
        focus: a.focus,
        conductedOn: a.conductedOn,
        linked: a.initiativeId === initiative.id,
        schoolCount: schools.length,
        criterionCount: criteria.length,
        mean: mean(ratings.map((r) => Number(r.rating))),
      };
    });

  const comparisons: AuditComparisonFact[] = audits
    .filter((a) => a.kind === "follow_up" && a.baselineId)
    .map((a) => {
      const schools = schoolsOf(a.id);
      const schoolSet = new Set(schools.map((s) => s.id));
      const criteria = criteriaOf(a.id);
      const followRatings = ratingsOn(new Set(criteria.map((c) => c.id)), schoolSet);
      const linkedBaselineCriteria = new Set(
        criteria.map((c) => c.baselineCriterionId).filter((id): id is string => !!id),
      );
      const baseRatings = ratingsOn(linkedBaselineCriteria, schoolSet);
      const values = (rows: typeof ratingRows) => rows.map((r) => Number(r.rating));
      return {
        followUpId: a.id,
        title: a.title,
        conductedOn: a.conductedOn,
        baselineId: a.baselineId as string,
        baselineConductedOn: dateOf.get(a.baselineId as string) ?? "",
        linked: a.initiativeId === initiative.id,
        overall: change(a.id, "All criteria and schools", mean(values(baseRatings)), mean(values(followRatings))),
        bySchool: schools.map((s) =>
          change(
            s.id,
            s.name,
            mean(values(baseRatings.filter((r) => r.schoolId === s.id))),
            mean(values(followRatings.filter((r) => r.schoolId === s.id))),
          ),
        ),
        byCriterion: criteria.map((c) =>
          change(
            c.id,
            c.text,
            c.baselineCriterionId
              ? mean(values(baseRatings.filter((r) => r.criterionId === c.baselineCriterionId)))
              : null,
            mean(values(followRatings.filter((r) => r.criterionId === c.id))),
          ),
        ),
      };
    });
  return { baselines, comparisons };
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
