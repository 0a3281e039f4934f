import type { DB } from "~/db.server";
import {
  formatMethods,
  GUSKEY_LEVELS,
  parseJudgement,
  parseMethods,
  type EvaluationLevelInput,
  type EvaluationMethod,
  type GuskeyLevelInfo,
  type Judgement,
} from "~/evaluations/schema";
import { newId, nowIso } from "~/utils/ids.server";
import { todayInEngland } from "~/utils/dates";
import { canEditEntry, type Viewer } from "~/utils/permissions.server";
import { recordEvent, recordViewOf } from "~/audit-trail/audit-log.server";
import { requireEditableEntry, requireVisibleEntry } from "~/entries/entries.server";
import { listInitiativeSchools } from "~/initiatives/queries.server";
import { InputError } from "~/utils/errors.server";
import { assessEvidenceStrength, type StrengthFlag } from "./evidence-strength";
import {
  actionFacts,
  auditFacts,
  evidenceByType,
  listInitiativeEvidence,
  reflectionFacts,
  type EvaluationFacts,
  type InitiativeEvidenceOption,
} from "./facts.server";

export { assessEvidenceStrength, type StrengthFlag } from "./evidence-strength";

// Evaluating an initiative level by level (Guskey's five levels). The owner says, for each level, what they
// looked for, how, what they found, their judgement and the evidence it rests on; beside it Strands shows what
// it already knows from the initiative's audits, actions, reflections and evidence. Whoever may see the
// initiative may read its evaluation; only its owner writes it. This file reads and saves the levels;
// ./facts.server gathers what Strands already knows.

// ---- The evaluation ----

export interface EvaluationLevelView extends GuskeyLevelInfo {
  lookedFor: string;
  methods: EvaluationMethod[];
  findings: string;
  judgement: Judgement;
  evidenceIds: string[];
  /** The evidence it rests on, as the viewer may see it. */
  evidence: InitiativeEvidenceOption[];
  flags: StrengthFlag[];
  updatedAt: string | null;
}

async function readLevels(
  db: DB,
  initiativeId: string,
  evidence: InitiativeEvidenceOption[],
): Promise<EvaluationLevelView[]> {
  const [rows, links] = await Promise.all([
    db.selectFrom("evaluations").selectAll().where("initiative_id", "=", initiativeId).execute(),
    db
      .selectFrom("evaluation_evidence")
      .innerJoin("evaluations", "evaluations.id", "evaluation_evidence.evaluation_id")
      .select(["evaluations.level", "evaluation_evidence.evidence_id as evidenceId"])
      .where("evaluations.initiative_id", "=", initiativeId)
      .execute(),
  ]);
  const byId = new Map(evidence.map((e) => [e.id, e]));
  return GUSKEY_LEVELS.map((info) => {
    const row = rows.find((r) => Number(r.level) === info.level);
    const resting = links
      .filter((link) => Number(link.level) === info.level)
      .map((link) => byId.get(link.evidenceId))
      .filter((e): e is InitiativeEvidenceOption => e !== undefined);
    const judgement = parseJudgement(row?.judgement);
    return {
      ...info,
      lookedFor: row?.looked_for ?? "",
      methods: parseMethods(row?.method),
      findings: row?.findings ?? "",
      judgement,
      evidenceIds: resting.map((e) => e.id),
      evidence: resting,
      flags: assessEvidenceStrength({ judgement, evidence: resting }),
      updatedAt: row?.updated_at ?? null,
    };
  });
}

/**
 * Everything the evaluation page shows: the five levels, the initiative's evidence to choose from, and what
 * Strands already knows. 404 unless the viewer may see the initiative.
 */
export async function getEvaluation(db: DB, viewer: Viewer, initiativeId: string, today = todayInEngland()) {
  const facts = await requireVisibleEntry(db, viewer, initiativeId, "initiative");
  const initiative = await db
    .selectFrom("entries")
    .innerJoin("users", "users.id", "entries.owner_id")
    .innerJoin("cohorts", "cohorts.id", "entries.cohort_id")
    .select(["entries.id", "entries.title", "entries.status", "users.name as ownerName", "cohorts.name as cohortName"])
    .where("entries.id", "=", initiativeId)
    .executeTakeFirstOrThrow();
  const schools = await listInitiativeSchools(db, initiativeId);
  const story = await readEvaluationStory(
    db,
    viewer,
    facts,
    schools.map((s) => s.id),
    today,
  );
  return {
    initiative: { ...initiative, canEdit: canEditEntry(viewer, facts), schools },
    ownerId: facts.owner_id,
    ...story,
  };
}

/**
 * The evaluation's levels and what Strands knows, for a page that has already read the initiative and its
 * schools (the initiative page): the same as getEvaluation's, without reading those twice.
 */
export async function getEvaluationStory(
  db: DB,
  viewer: Viewer,
  initiativeId: string,
  schoolIds: string[],
  today = todayInEngland(),
) {
  const facts = await requireVisibleEntry(db, viewer, initiativeId, "initiative");
  const { levels, facts: storyFacts } = await readEvaluationStory(db, viewer, facts, schoolIds, today);
  return { levels, facts: storyFacts };
}

async function readEvaluationStory(
  db: DB,
  viewer: Viewer,
  facts: Awaited<ReturnType<typeof requireVisibleEntry>>,
  schoolIds: string[],
  today: string,
) {
  const initiativeId = facts.id;
  const evidence = await listInitiativeEvidence(db, viewer, facts);
  const [levels, audits, actions, reflections] = await Promise.all([
    readLevels(db, initiativeId, evidence),
    auditFacts(db, viewer, facts, schoolIds),
    actionFacts(db, initiativeId, today),
    reflectionFacts(db, viewer, facts),
  ]);
  return {
    levels,
    evidence,
    facts: {
      ...audits,
      actions,
      reflections,
      evidenceCount: evidence.length,
      evidenceByType: evidenceByType(evidence),
    } satisfies EvaluationFacts,
  };
}

export type EvaluationDetail = Awaited<ReturnType<typeof getEvaluation>>;

/** The evaluation page: as getEvaluation, and a look at someone else's initiative is an audit event. */
export async function viewEvaluation(db: DB, viewer: Viewer, initiativeId: string, today = todayInEngland()) {
  const detail = await getEvaluation(db, viewer, initiativeId, today);
  await recordViewOf(db, viewer, "evaluation", initiativeId, detail.ownerId);
  return detail;
}

/** The evidence ids the owner may rest a judgement on: the initiative's own and its linked records'. */
export async function evaluationEvidenceIds(db: DB, viewer: Viewer, initiativeId: string): Promise<string[]> {
  const facts = await requireEditableEntry(db, viewer, initiativeId, "initiative");
  return (await listInitiativeEvidence(db, viewer, facts)).map((e) => e.id);
}

/** Saves one level (creating it the first time), with the evidence its judgement rests on. Owner only. */
export async function saveEvaluationLevel(db: DB, viewer: Viewer, initiativeId: string, input: EvaluationLevelInput) {
  const facts = await requireEditableEntry(db, viewer, initiativeId, "initiative");
  const allowed = new Set((await listInitiativeEvidence(db, viewer, facts)).map((e) => e.id));
  const evidenceIds = [...new Set(input.evidenceIds)];
  if (!evidenceIds.every((id) => allowed.has(id))) {
    throw new InputError({ evidenceIds: ["Choose evidence from this initiative"] });
  }
  const now = nowIso();
  const values = {
    looked_for: input.lookedFor,
    method: formatMethods(input.methods),
    findings: input.findings,
    judgement: input.judgement === "not_evaluated" ? "" : input.judgement,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("evaluations")
      .select("id")
      .where("initiative_id", "=", initiativeId)
      .where("level", "=", input.level)
      .executeTakeFirst();
    const id = existing?.id ?? newId();
    if (existing) {
      await trx.updateTable("evaluations").set(values).where("id", "=", id).execute();
    } else {
      await trx
        .insertInto("evaluations")
        .values({ id, initiative_id: initiativeId, level: input.level, ...values })
        .execute();
    }
    await trx.deleteFrom("evaluation_evidence").where("evaluation_id", "=", id).execute();
    if (evidenceIds.length > 0) {
      await trx
        .insertInto("evaluation_evidence")
        .values(evidenceIds.map((evidenceId) => ({ evaluation_id: id, evidence_id: evidenceId })))
        .execute();
    }
    await trx.updateTable("entries").set({ updated_at: now }).where("id", "=", initiativeId).execute();
    await recordEvent(trx, viewer.id, existing ? "update" : "create", "evaluation", id, {
      fields: ["level", "lookedFor", "methods", "findings", "judgement", "evidenceIds"],
      subjectOwnerId: facts.owner_id,
    });
  });
}
