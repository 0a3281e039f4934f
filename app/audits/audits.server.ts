import type { Visibility } from "../../db/schema";
import { data } from "@remix-run/node";
import type { DB } from "~/db.server";
import {
  MAX_CRITERIA,
  statementAsCriterion,
  type AuditChoices,
  type AuditEditChoices,
  type AuditEditInput,
  type AuditInput,
  type FollowUpInput,
  type RatingGridChoices,
  type RatingsInput,
} from "~/audits/schema";
import { newId } from "~/utils/ids.server";
import { canEditEntry, canViewEntry, forbidden, participatesIn, type Viewer } from "~/utils/permissions.server";
import {
  checkTagsBelongTo,
  getCohortFramework,
  getParticipantCohorts,
  insertEntry,
  listOwnInitiativeChoices,
  loadEntryFacts,
  readEntryTags,
  requireEditableEntry,
  requireVisibleEntry,
  updateEntry,
  writeEntryTags,
} from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import type { StrandOption } from "~/frameworks/frameworks.server";
import { recordEvent, recordViewOf } from "~/audit-trail/audit-log.server";
import { formatDate } from "~/utils/dates";

// Trust audits: every query and rule, scoped by who asks. An audit is an `entries` row (kind "audit", status
// "in_progress" until every cell is rated, then "complete") with its `audits` row, the schools it rates
// (`audit_schools`), its criteria (`audit_criteria`) and the ratings (`audit_ratings`, 1 to 4 with a note).
// A follow-up repeats a baseline's schools and a copy of its criteria, each linked to the baseline's criterion.

export interface AuditCohortOptions {
  cohortId: string;
  cohortName: string;
  schools: { id: string; name: string }[];
  initiatives: { id: string; title: string }[];
  strands: StrandOption[];
}

/** Everything a new audit form may offer this participant, per cohort they take part in. */
export async function getAuditFormOptions(db: DB, viewer: Viewer): Promise<AuditCohortOptions[]> {
  const [cohorts, initiatives] = await Promise.all([
    getParticipantCohorts(db, viewer),
    listOwnInitiativeChoices(db, viewer),
  ]);
  return cohorts.map((cohort) => ({
    ...cohort,
    initiatives: initiatives.filter((i) => i.cohortId === cohort.cohortId).map(({ id, title }) => ({ id, title })),
  }));
}

export function auditChoicesFrom(options: AuditCohortOptions[]): AuditChoices {
  const statementIds = options.flatMap((o) => o.strands.flatMap((s) => s.statements.map((st) => st.id)));
  return {
    cohortIds: options.map((o) => o.cohortId),
    schoolIds: options.flatMap((o) => o.schools.map((s) => s.id)),
    initiativeIds: options.flatMap((o) => o.initiatives.map((i) => i.id)),
    templateIds: statementIds,
    strandIds: options.flatMap((o) => o.strands.map((s) => s.id)),
    outcomeIds: statementIds,
  };
}

// A participant in two cohorts gets one list of choices; each id must still belong to the audit's own cohort.
function checkBelongsToCohort(options: AuditCohortOptions[], input: AuditInput): AuditCohortOptions {
  const cohort = options.find((o) => o.cohortId === input.cohortId);
  if (!cohort) throw new InputError({ cohortId: ["Choose one of your cohorts"] });
  const errors: Record<string, string[]> = {};
  const schoolIds = new Set(cohort.schools.map((s) => s.id));
  if (!input.schoolIds.every((id) => schoolIds.has(id))) errors.schoolIds = ["Choose schools from your trust"];
  if (input.initiativeId && !cohort.initiatives.some((i) => i.id === input.initiativeId)) {
    errors.initiativeId = ["Choose one of your initiatives in this cohort"];
  }
  const statementIds = new Set(cohort.strands.flatMap((s) => s.statements.map((st) => st.id)));
  if (!input.templateIds.every((id) => statementIds.has(id))) {
    errors.templateIds = ["Choose outcome statements from this cohort’s programme"];
  }
  if (Object.keys(errors).length > 0) throw new InputError(errors);
  checkTagsBelongTo(cohort.strands, input.strandIds, input.outcomeIds);
  return cohort;
}

/** The written criteria, then the chosen outcome statements in framework order; a repeat is kept once. */
function criteriaFrom(cohort: AuditCohortOptions, input: AuditInput): string[] {
  const chosen = new Set(input.templateIds);
  const fromTemplate = cohort.strands.flatMap((s) =>
    s.statements.filter((st) => chosen.has(st.id)).map((st) => statementAsCriterion(st.text)),
  );
  const seen = new Set<string>();
  const criteria: string[] = [];
  for (const text of [...input.criteriaText, ...fromTemplate]) {
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    criteria.push(text);
  }
  if (criteria.length === 0) {
    throw new InputError({
      criteriaText: ["Write at least one criterion, or choose one from your programme’s outcome statements"],
    });
  }
  if (criteria.length > MAX_CRITERIA) {
    throw new InputError({
      criteriaText: [`An audit can have up to ${MAX_CRITERIA} criteria in all: you have written or chosen more`],
    });
  }
  return criteria;
}

/** "in_progress" until every cell of the grid has a rating, then "complete". */
async function refreshStatus(db: DB, auditId: string) {
  const { rated, total } = await countCells(db, auditId);
  await updateEntry(db, auditId, { status: total > 0 && rated >= total ? "complete" : "in_progress" });
}

async function countCells(db: DB, auditId: string) {
  const row = await db
    .selectFrom("audits")
    .select((eb) => [
      eb
        .selectFrom("audit_criteria")
        .select((e) => e.fn.countAll<string | number>().as("n"))
        .whereRef("audit_criteria.audit_id", "=", "audits.entry_id")
        .as("criteria"),
      eb
        .selectFrom("audit_schools")
        .select((e) => e.fn.countAll<string | number>().as("n"))
        .whereRef("audit_schools.audit_id", "=", "audits.entry_id")
        .as("schools"),
      eb
        .selectFrom("audit_ratings")
        .innerJoin("audit_criteria", "audit_criteria.id", "audit_ratings.criterion_id")
        .select((e) => e.fn.countAll<string | number>().as("n"))
        .whereRef("audit_criteria.audit_id", "=", "audits.entry_id")
        .as("rated"),
    ])
    .where("audits.entry_id", "=", auditId)
    .executeTakeFirst();
  return { rated: Number(row?.rated ?? 0), total: Number(row?.criteria ?? 0) * Number(row?.schools ?? 0) };
}

/** Writes a new audit: its entry, the schools it rates in order, its criteria and its tags. */
async function insertAudit(
  trx: DB,
  viewer: Viewer,
  audit: {
    kind: "baseline" | "follow_up";
    baselineId: string | null;
    cohortId: string;
    initiativeId: string | null;
    focus: string;
    visibility: Visibility;
    conductedOn: string;
    schoolIds: string[];
    criteria: { text: string; baselineCriterionId: string | null }[];
    strandIds: string[];
    outcomeIds: string[];
  },
): Promise<string> {
  const id = await insertEntry(trx, viewer, {
    kind: "audit",
    cohortId: audit.cohortId,
    initiativeId: audit.initiativeId,
    title: audit.focus,
    status: "in_progress",
    visibility: audit.visibility,
    occurredOn: audit.conductedOn,
  });
  await trx
    .insertInto("audits")
    .values({
      entry_id: id,
      focus: audit.focus,
      kind: audit.kind,
      baseline_id: audit.baselineId,
      conducted_on: audit.conductedOn,
    })
    .execute();
  await trx
    .insertInto("audit_schools")
    .values(audit.schoolIds.map((schoolId, position) => ({ audit_id: id, school_id: schoolId, position })))
    .execute();
  await trx
    .insertInto("audit_criteria")
    .values(
      audit.criteria.map((c, position) => ({
        id: newId(),
        audit_id: id,
        text: c.text,
        position,
        baseline_criterion_id: c.baselineCriterionId,
      })),
    )
    .execute();
  await writeEntryTags(trx, id, audit.strandIds, audit.outcomeIds);
  await recordEvent(trx, viewer.id, "create", "audit", id, { fields: Object.keys(audit), subjectOwnerId: viewer.id });
  return id;
}

export async function createAudit(
  db: DB,
  viewer: Viewer,
  options: AuditCohortOptions[],
  input: AuditInput,
): Promise<string> {
  if (!participatesIn(viewer, input.cohortId)) forbidden("Only participants of this cohort can add audits to it.");
  const cohort = checkBelongsToCohort(options, input);
  const criteria = criteriaFrom(cohort, input);
  const chosenSchools = new Set(input.schoolIds);
  const schools = cohort.schools.filter((s) => chosenSchools.has(s.id));
  return db.transaction().execute((trx) =>
    insertAudit(trx, viewer, {
      kind: "baseline",
      baselineId: null,
      cohortId: input.cohortId,
      initiativeId: input.initiativeId,
      focus: input.focus,
      visibility: input.visibility,
      conductedOn: input.conductedOn,
      schoolIds: schools.map((school) => school.id),
      criteria: criteria.map((text) => ({ text, baselineCriterionId: null })),
      strandIds: input.strandIds,
      outcomeIds: input.outcomeIds,
    }),
  );
}

export interface AuditSummary {
  id: string;
  focus: string;
  kind: "baseline" | "follow_up";
  conductedOn: string;
  status: string;
  cohortName: string;
  initiativeId: string | null;
  initiativeTitle: string | null;
  rated: number;
  total: number;
}

/** The participant's own audits, newest first, each with how many of its cells are rated. */
export async function listOwnAudits(db: DB, viewer: Viewer): Promise<AuditSummary[]> {
  const rows = await db
    .selectFrom("entries")
    .innerJoin("audits", "audits.entry_id", "entries.id")
    .innerJoin("cohorts", "cohorts.id", "entries.cohort_id")
    .leftJoin("entries as initiative", "initiative.id", "entries.initiative_id")
    .select((eb) => [
      "entries.id",
      "audits.focus",
      "audits.kind",
      "audits.conducted_on as conductedOn",
      "entries.status",
      "cohorts.name as cohortName",
      "initiative.id as initiativeId",
      "initiative.title as initiativeTitle",
      eb
        .selectFrom("audit_criteria")
        .select((e) => e.fn.countAll<string | number>().as("n"))
        .whereRef("audit_criteria.audit_id", "=", "entries.id")
        .as("criterionCount"),
      eb
        .selectFrom("audit_schools")
        .select((e) => e.fn.countAll<string | number>().as("n"))
        .whereRef("audit_schools.audit_id", "=", "entries.id")
        .as("schoolCount"),
      eb
        .selectFrom("audit_ratings")
        .innerJoin("audit_criteria", "audit_criteria.id", "audit_ratings.criterion_id")
        .select((e) => e.fn.countAll<string | number>().as("n"))
        .whereRef("audit_criteria.audit_id", "=", "entries.id")
        .as("ratedCount"),
    ])
    .where("entries.owner_id", "=", viewer.id)
    .where("entries.kind", "=", "audit")
    .orderBy("audits.conducted_on", "desc")
    .orderBy("entries.created_at", "desc")
    .execute();
  return rows.map(({ criterionCount, schoolCount, ratedCount, ...row }) => ({
    ...row,
    rated: Number(ratedCount ?? 0),
    total: Number(criterionCount ?? 0) * Number(schoolCount ?? 0),
  }));
}

async function readSchools(db: DB, auditId: string) {
  return db
    .selectFrom("audit_schools")
    .innerJoin("organisations", "organisations.id", "audit_schools.school_id")
    .select(["organisations.id", "organisations.name"])
    .where("audit_schools.audit_id", "=", auditId)
    .orderBy("audit_schools.position")
    .execute();
}

async function readCriteria(db: DB, auditId: string) {
  return db
    .selectFrom("audit_criteria")
    .select(["id", "text", "baseline_criterion_id as baselineCriterionId"])
    .where("audit_id", "=", auditId)
    .orderBy("position")
    .execute();
}

async function readRatings(db: DB, auditId: string) {
  return db
    .selectFrom("audit_ratings")
    .innerJoin("audit_criteria", "audit_criteria.id", "audit_ratings.criterion_id")
    .select([
      "audit_ratings.criterion_id as criterionId",
      "audit_ratings.school_id as schoolId",
      "audit_ratings.rating",
      "audit_ratings.note",
    ])
    .where("audit_criteria.audit_id", "=", auditId)
    .execute();
}

const toMean = (value: string | number | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);

/** Mean rating of each criterion across the schools rated, computed in the database. */
async function criterionMeans(db: DB, auditId: string) {
  const rows = await db
    .selectFrom("audit_criteria")
    .innerJoin("audit_ratings", "audit_ratings.criterion_id", "audit_criteria.id")
    .select((eb) => ["audit_criteria.id", eb.fn.avg<string | number>("audit_ratings.rating").as("mean")])
    .where("audit_criteria.audit_id", "=", auditId)
    .groupBy("audit_criteria.id")
    .execute();
  return new Map(rows.map((r) => [r.id, toMean(r.mean)]));
}

export interface ComparisonRow {
  id: string;
  label: string;
  baselineMean: number | null;
  followUpMean: number | null;
  change: number | null;
}

/**
 * A follow-up beside its baseline: for each criterion the mean across schools, and for each school the mean
 * across criteria, then and now. Baseline ratings are read through each follow-up criterion's link to the
 * baseline criterion it copies, so a criterion added only to the follow-up has no baseline mean.
 */
async function compareWithBaseline(db: DB, followUpId: string) {
  const [criteria, schools, followByCriterion, baseByCriterion, followBySchool, baseBySchool] = await Promise.all([
    readCriteria(db, followUpId),
    readSchools(db, followUpId),
    criterionMeans(db, followUpId),
    db
      .selectFrom("audit_criteria")
      .innerJoin("audit_ratings", "audit_ratings.criterion_id", "audit_criteria.baseline_criterion_id")
      .select((eb) => ["audit_criteria.id", eb.fn.avg<string | number>("audit_ratings.rating").as("mean")])
      .where("audit_criteria.audit_id", "=", followUpId)
      .groupBy("audit_criteria.id")
      .execute(),
    db
      .selectFrom("audit_ratings")
      .innerJoin("audit_criteria", "audit_criteria.id", "audit_ratings.criterion_id")
      .select((eb) => [
        "audit_ratings.school_id as schoolId",
        eb.fn.avg<string | number>("audit_ratings.rating").as("mean"),
      ])
      .where("audit_criteria.audit_id", "=", followUpId)
      .groupBy("audit_ratings.school_id")
      .execute(),
    db
      .selectFrom("audit_ratings")
      .innerJoin("audit_criteria", "audit_criteria.baseline_criterion_id", "audit_ratings.criterion_id")
      .select((eb) => [
        "audit_ratings.school_id as schoolId",
        eb.fn.avg<string | number>("audit_ratings.rating").as("mean"),
      ])
      .where("audit_criteria.audit_id", "=", followUpId)
      .groupBy("audit_ratings.school_id")
      .execute(),
  ]);
  const baseCriterion = new Map(baseByCriterion.map((r) => [r.id, toMean(r.mean)]));
  const followSchool = new Map(followBySchool.map((r) => [r.schoolId, toMean(r.mean)]));
  const baseSchool = new Map(baseBySchool.map((r) => [r.schoolId, toMean(r.mean)]));
  const row = (id: string, label: string, baselineMean: number | null, followUpMean: number | null): ComparisonRow => ({
    id,
    label,
    baselineMean,
    followUpMean,
    change: baselineMean === null || followUpMean === null ? null : followUpMean - baselineMean,
  });
  return {
    byCriterion: criteria.map((c) =>
      row(c.id, c.text, baseCriterion.get(c.id) ?? null, followByCriterion.get(c.id) ?? null),
    ),
    bySchool: schools.map((s) => row(s.id, s.name, baseSchool.get(s.id) ?? null, followSchool.get(s.id) ?? null)),
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

/** Starts a follow-up of a baseline: the same schools, a copy of its criteria, its initiative, tags and sharing. */
export async function startFollowUp(db: DB, viewer: Viewer, baselineId: string, input: FollowUpInput): Promise<string> {
  const facts = await requireEditableEntry(db, viewer, baselineId, "audit");
  const baseline = await db
    .selectFrom("audits")
    .innerJoin("entries", "entries.id", "audits.entry_id")
    .select([
      "audits.focus",
      "audits.kind",
      "audits.conducted_on as conductedOn",
      "entries.visibility",
      "entries.initiative_id as initiativeId",
    ])
    .where("audits.entry_id", "=", baselineId)
    .executeTakeFirstOrThrow();
  if (baseline.kind !== "baseline") {
    throw data(
      { message: "Only a baseline audit can be followed up. Start the follow-up from its baseline." },
      { status: 400 },
    );
  }
  if (input.conductedOn < baseline.conductedOn) {
    throw new InputError({
      conductedOn: [`The follow-up must be on or after the baseline audit (${formatDate(baseline.conductedOn)})`],
    });
  }
  const [schools, criteria, tags] = await Promise.all([
    readSchools(db, baselineId),
    readCriteria(db, baselineId),
    readEntryTags(db, baselineId),
  ]);
  return db.transaction().execute((trx) =>
    insertAudit(trx, viewer, {
      kind: "follow_up",
      baselineId,
      cohortId: facts.cohort_id,
      initiativeId: baseline.initiativeId,
      focus: baseline.focus,
      visibility: baseline.visibility,
      conductedOn: input.conductedOn,
      schoolIds: schools.map((school) => school.id),
      criteria: criteria.map((c) => ({ text: c.text, baselineCriterionId: c.id })),
      strandIds: tags.strands.map((t) => t.id),
      outcomeIds: tags.statements.map((t) => t.id),
    }),
  );
}

/** What the owner's edit form may offer: the audit's cohort's initiatives and framework, its own criteria. */
export async function getAuditEditOptions(db: DB, viewer: Viewer, id: string) {
  const facts = await requireEditableEntry(db, viewer, id, "audit");
  const [initiatives, strands, criteria] = await Promise.all([
    listOwnInitiativeChoices(db, viewer, facts.cohort_id),
    getCohortFramework(db, facts.cohort_id),
    readCriteria(db, id),
  ]);
  const choices: AuditEditChoices = {
    initiativeIds: initiatives.map((i) => i.id),
    strandIds: strands.map((s) => s.id),
    outcomeIds: strands.flatMap((s) => s.statements.map((st) => st.id)),
    criterionIds: criteria.map((c) => c.id),
  };
  return {
    initiatives: initiatives.map(({ id: initiativeId, title }) => ({ id: initiativeId, title })),
    strands,
    choices,
  };
}

/** The audit as the edit form's default values, with what the page needs to explain the rules. */
export async function getAuditForEditing(db: DB, viewer: Viewer, id: string) {
  await requireEditableEntry(db, viewer, id, "audit");
  const [row, criteria, tags, followUps] = await Promise.all([
    db
      .selectFrom("entries")
      .innerJoin("audits", "audits.entry_id", "entries.id")
      .leftJoin("audits as baseline", "baseline.entry_id", "audits.baseline_id")
      .select([
        "audits.focus",
        "audits.kind",
        "audits.conducted_on as conductedOn",
        "entries.initiative_id as initiativeId",
        "entries.visibility",
        "baseline.conducted_on as baselineDate",
      ])
      .where("entries.id", "=", id)
      .executeTakeFirstOrThrow(),
    readCriteria(db, id),
    readEntryTags(db, id),
    db.selectFrom("audits").select("conducted_on").where("baseline_id", "=", id).orderBy("conducted_on").execute(),
  ]);
  return {
    kind: row.kind,
    baselineDate: row.baselineDate,
    followUpCount: followUps.length,
    firstFollowUpDate: followUps[0]?.conducted_on ?? null,
    values: {
      focus: row.focus,
      conductedOn: row.conductedOn,
      initiativeId: row.initiativeId ?? undefined,
      visibility: row.visibility,
      strandIds: tags.strands.map((s) => s.id),
      outcomeIds: tags.statements.map((s) => s.id),
      criteria: criteria.map((c) => ({ id: c.id, text: c.text })),
    },
  };
}

/**
 * The owner changes the focus, date, criteria (reworded, added or removed: a removed criterion takes its
 * ratings with it), the initiative, sharing and tags. The schools stay as the audit was made.
 */
export async function updateAudit(db: DB, viewer: Viewer, id: string, input: AuditEditInput) {
  const facts = await requireEditableEntry(db, viewer, id, "audit");
  const { choices, strands } = await getAuditEditOptions(db, viewer, id);
  const errors: Record<string, string[]> = {};
  if (input.initiativeId && !choices.initiativeIds.includes(input.initiativeId)) {
    errors.initiativeId = ["Choose one of your initiatives in this cohort"];
  }
  const known = new Set(choices.criterionIds);
  if (!input.criteria.every((c) => !c.id || known.has(c.id)))
    errors.criteria = ["Some criteria are not part of this audit"];
  const current = await getAuditForEditing(db, viewer, id);
  if (current.baselineDate && input.conductedOn < current.baselineDate) {
    errors.conductedOn = [`A follow-up must be on or after its baseline audit (${formatDate(current.baselineDate)})`];
  }
  if (current.firstFollowUpDate && input.conductedOn > current.firstFollowUpDate) {
    errors.conductedOn = [
      `A baseline must be on or before its follow-up audit (${formatDate(current.firstFollowUpDate)})`,
    ];
  }
  if (Object.keys(errors).length > 0) throw new InputError(errors);
  checkTagsBelongTo(strands, input.strandIds, input.outcomeIds);

  const kept = new Set(input.criteria.map((c) => c.id).filter((c): c is string => Boolean(c)));
  const removed = choices.criterionIds.filter((c) => !kept.has(c));
  await db.transaction().execute(async (trx) => {
    await updateEntry(trx, id, {
      title: input.focus,
      occurredOn: input.conductedOn,
      visibility: input.visibility,
      initiativeId: input.initiativeId,
    });
    await trx
      .updateTable("audits")
      .set({ focus: input.focus, conducted_on: input.conductedOn })
      .where("entry_id", "=", id)
      .execute();
    if (removed.length > 0) {
      await trx.deleteFrom("audit_criteria").where("audit_id", "=", id).where("id", "in", removed).execute();
    }
    for (const [position, criterion] of input.criteria.entries()) {
      if (criterion.id) {
        await trx
          .updateTable("audit_criteria")
          .set({ text: criterion.text, position })
          .where("id", "=", criterion.id)
          .where("audit_id", "=", id)
          .execute();
      } else {
        await trx
          .insertInto("audit_criteria")
          .values({ id: newId(), audit_id: id, text: criterion.text, position, baseline_criterion_id: null })
          .execute();
      }
    }
    await writeEntryTags(trx, id, input.strandIds, input.outcomeIds);
    await refreshStatus(trx, id);
    await recordEvent(trx, viewer.id, "update", "audit", id, { fields: Object.keys(input), subjectOwnerId: viewer.id });
  });
  return facts.cohort_id;
}

/** Deletes an audit with its criteria and ratings. A baseline with a follow-up stays until the follow-up goes. */
export async function deleteAudit(db: DB, viewer: Viewer, id: string) {
  await requireEditableEntry(db, viewer, id, "audit");
  const followUp = await db.selectFrom("audits").select("entry_id").where("baseline_id", "=", id).executeTakeFirst();
  if (followUp) {
    throw data(
      { message: "This baseline has a follow-up audit that compares with it. Delete the follow-up audit first." },
      { status: 409 },
    );
  }
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("entries").where("id", "=", id).where("kind", "=", "audit").execute();
    await recordEvent(trx, viewer.id, "delete", "audit", id, { subjectOwnerId: viewer.id });
  });
}
