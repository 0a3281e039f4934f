import type { Visibility } from "../../db/schema";
import { data } from "@remix-run/node";
import type { DB } from "~/db.server";
import {
  MAX_CRITERIA,
  statementAsCriterion,
  type AuditChoices,
  type AuditInput,
  type FollowUpInput,
} from "~/audits/schema";
import { newId } from "~/utils/ids.server";
import { forbidden, participatesIn, type Viewer } from "~/utils/permissions.server";
import {
  checkTagsBelongTo,
  insertEntry,
  readEntryTags,
  requireEditableEntry,
  updateEntry,
  writeEntryTags,
} from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import type { StrandOption } from "~/frameworks/frameworks.server";
import { recordEvent } from "~/audit-trail/audit-log.server";
import { formatDate } from "~/utils/dates";
import { listCohortsWithOwnInitiatives } from "~/initiatives/queries.server";

// Trust audits: every query and rule, scoped by who asks. An audit is an `entries` row (kind "audit", status
// "in_progress" until every cell is rated, then "complete") with its `audits` row, the schools it rates
// (`audit_schools`), its criteria (`audit_criteria`) and the ratings (`audit_ratings`, 1 to 4 with a note).
// A follow-up repeats a baseline's schools and a copy of its criteria, each linked to the baseline's criterion.
// This file keeps the shared readers, making an audit (or a follow-up) and the owner's list; ./detail.server
// reads one audit with its comparison, ./ratings.server the rating grid, ./edit.server editing and deleting.

export interface AuditCohortOptions {
  cohortId: string;
  cohortName: string;
  schools: { id: string; name: string }[];
  initiatives: { id: string; title: string }[];
  strands: StrandOption[];
}

/** Everything a new audit form may offer this participant, per cohort they take part in. */
export async function getAuditFormOptions(db: DB, viewer: Viewer): Promise<AuditCohortOptions[]> {
  return listCohortsWithOwnInitiatives(db, viewer);
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
export async function refreshStatus(db: DB, auditId: string) {
  const { rated, total } = await countCells(db, auditId);
  await updateEntry(db, auditId, { status: total > 0 && rated >= total ? "complete" : "in_progress" });
}

export async function countCells(db: DB, auditId: string) {
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

export async function readSchools(db: DB, auditId: string) {
  return db
    .selectFrom("audit_schools")
    .innerJoin("organisations", "organisations.id", "audit_schools.school_id")
    .select(["organisations.id", "organisations.name"])
    .where("audit_schools.audit_id", "=", auditId)
    .orderBy("audit_schools.position")
    .execute();
}

export async function readCriteria(db: DB, auditId: string) {
  return db
    .selectFrom("audit_criteria")
    .select(["id", "text", "baseline_criterion_id as baselineCriterionId"])
    .where("audit_id", "=", auditId)
    .orderBy("position")
    .execute();
}

export async function readRatings(db: DB, auditId: string) {
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
