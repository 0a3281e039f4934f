import { randomUUID } from "node:crypto";
import type {
  CriterionReviewStatus,
  EntryKind,
  EvidenceType,
  OutcomeKind,
  Rag,
  Role,
  Track,
  Visibility,
} from "../../db/schema";
import type { DB } from "~/db.server";
import { hashPassword } from "~/utils/password.server";

// Test factories: each takes the database first and an object of overrides, fills the rest with sensible defaults,
// inserts the rows and returns the ids a test needs. They build fixtures directly, without the models' rules (a
// factory never checks who may write what): use the routes or models when the write itself is under test.
//
// Defaults: ids are random UUIDs; names and emails are unique (a counter and a random tag); instants are ISO-8601
// UTC strings, taken when the factory runs; calendar dates are 'YYYY-MM-DD', the day of the instant unless given.

let sequence = 0;

/** A number unique within this test file, for default names and titles. */
function nextNumber(): number {
  sequence += 1;
  return sequence;
}

function nowIso(): string {
  return new Date().toISOString();
}

function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date.toISOString());
}

// ---------------------------------------------------------------------------------------------------------------
// People, organisations, cohorts

/** Not an Argon2 hash: verifyPassword refuses every password against it, so an account made with it cannot sign in. */
export const UNUSABLE_PASSWORD_HASH = "!unusable-test-placeholder-not-an-argon2-hash";

export interface UserOverrides {
  id?: string;
  email?: string;
  name?: string;
  /** Hashed with Argon2 (slow, about 50 ms): give one only when the test signs in with it. */
  password?: string;
  /** Stored as it is, for a test that needs to know the hash (say, to check an export never holds it). */
  passwordHash?: string;
  isAdmin?: boolean;
  deactivatedAt?: string | null;
  createdAt?: string;
}

/** A user; without a password or passwordHash, one that can never sign in with a password. */
export async function createUser(db: DB, overrides: UserOverrides = {}) {
  if (overrides.password !== undefined && overrides.passwordHash !== undefined) {
    throw new Error("createUser: give a password or a passwordHash, not both");
  }
  const n = nextNumber();
  const id = overrides.id ?? randomUUID();
  const name = overrides.name ?? `Test User ${n}`;
  const email = overrides.email ?? `user-${n}-${id.slice(0, 8)}@factory.test`;
  const passwordHash =
    overrides.passwordHash ??
    (overrides.password !== undefined ? await hashPassword(overrides.password) : UNUSABLE_PASSWORD_HASH);
  await db
    .insertInto("users")
    .values({
      id,
      email,
      name,
      password_hash: passwordHash,
      is_admin: overrides.isAdmin ? 1 : 0,
      deactivated_at: overrides.deactivatedAt ?? null,
      created_at: overrides.createdAt ?? nowIso(),
    })
    .execute();
  return { id, email, name };
}

export interface OrganisationOverrides {
  id?: string;
  /** Defaults to "school" when a parentId is given, "trust" otherwise. */
  kind?: "trust" | "school";
  name?: string;
  /** The trust a school belongs to. */
  parentId?: string | null;
  /** Defaults to "secondary" for a school, null for a trust. */
  phase?: string | null;
  urn?: string | null;
}

/** A trust, or (with parentId) one of its schools. */
export async function createOrganisation(db: DB, overrides: OrganisationOverrides = {}) {
  const kind = overrides.kind ?? (overrides.parentId ? "school" : "trust");
  const id = overrides.id ?? randomUUID();
  const name = overrides.name ?? `Test ${kind === "trust" ? "Trust" : "School"} ${nextNumber()}`;
  await db
    .insertInto("organisations")
    .values({
      id,
      kind,
      name,
      parent_id: overrides.parentId ?? null,
      phase: overrides.phase !== undefined ? overrides.phase : kind === "school" ? "secondary" : null,
      urn: overrides.urn ?? null,
    })
    .execute();
  return { id, name, kind };
}

export interface WorkshopOverrides {
  id?: string;
  title?: string;
  /** 'YYYY-MM-DD'; today by default. */
  heldOn?: string;
  position?: number;
}

/** A workshop day of a cohort. */
export async function createWorkshop(db: DB, overrides: WorkshopOverrides & { cohortId: string }) {
  const id = overrides.id ?? randomUUID();
  const position = overrides.position ?? 0;
  await db
    .insertInto("workshops")
    .values({
      id,
      cohort_id: overrides.cohortId,
      title: overrides.title ?? `Workshop ${position + 1}`,
      held_on: overrides.heldOn ?? dayOf(nowIso()),
      position,
    })
    .execute();
  return { id };
}

export interface CohortOverrides {
  id?: string;
  /** A programme of the seeded frameworks (the demo seed has them all); look it up by code. */
  programmeId: string;
  name?: string;
  academicYear?: string;
  /** Workshops in order; each one's position is its index unless given. */
  workshops?: WorkshopOverrides[];
}

/** A cohort of a programme, with its workshops; workshopIds are in the order given. */
export async function createCohort(db: DB, overrides: CohortOverrides) {
  const id = overrides.id ?? randomUUID();
  const name = overrides.name ?? `Test cohort ${nextNumber()}`;
  await db
    .insertInto("cohorts")
    .values({
      id,
      programme_id: overrides.programmeId,
      name,
      academic_year: overrides.academicYear ?? "2025/26",
    })
    .execute();
  const workshopIds: string[] = [];
  for (const [index, workshop] of (overrides.workshops ?? []).entries()) {
    workshopIds.push((await createWorkshop(db, { position: index, ...workshop, cohortId: id })).id);
  }
  return { id, name, programmeId: overrides.programmeId, workshopIds };
}

export interface MembershipOverrides {
  id?: string;
  cohortId: string;
  userId: string;
  role?: Role;
  /** Defaults to "new" for a participant, null for a lead. */
  track?: Track | null;
  trustId?: string | null;
}

/** Someone's place in a cohort: a participant (the default) or a lead. */
export async function createMembership(db: DB, overrides: MembershipOverrides) {
  const id = overrides.id ?? randomUUID();
  const role = overrides.role ?? "participant";
  await db
    .insertInto("memberships")
    .values({
      id,
      cohort_id: overrides.cohortId,
      user_id: overrides.userId,
      role,
      track: overrides.track !== undefined ? overrides.track : role === "participant" ? "new" : null,
      trust_id: overrides.trustId ?? null,
    })
    .execute();
  return { id };
}

// ---------------------------------------------------------------------------------------------------------------
// Records (entries) of each kind

export interface EntryOverrides {
  id?: string;
  ownerId: string;
  cohortId: string;
  /** The initiative a reflection, audit or task response is linked to. */
  initiativeId?: string | null;
  title?: string;
  /** Defaults per kind: initiative "in_progress", reflection "written", audit "complete", task response "done". */
  status?: string;
  /** "leads" by default, as the app's forms offer. */
  visibility?: Visibility;
  /** 'YYYY-MM-DD'. */
  occurredOn?: string;
  createdAt?: string;
  /** Defaults to createdAt. */
  updatedAt?: string;
  /** Tags: strands, outcome statements and accreditation criteria. */
  strandIds?: string[];
  outcomeIds?: string[];
  criterionIds?: string[];
}

const DEFAULT_STATUS: Record<EntryKind, string> = {
  initiative: "in_progress",
  reflection: "written",
  audit: "complete",
  task_response: "done",
};

const KIND_TITLE: Record<EntryKind, string> = {
  initiative: "Initiative",
  reflection: "Reflection",
  audit: "Audit",
  task_response: "Task response",
};

/** Tags a record to strands, outcome statements and accreditation criteria. */
export async function tagEntry(
  db: DB,
  entryId: string,
  tags: { strandIds?: string[]; outcomeIds?: string[]; criterionIds?: string[] },
) {
  if (tags.strandIds?.length) {
    await db
      .insertInto("entry_strands")
      .values(tags.strandIds.map((strand_id) => ({ entry_id: entryId, strand_id })))
      .execute();
  }
  if (tags.outcomeIds?.length) {
    await db
      .insertInto("entry_outcomes")
      .values(tags.outcomeIds.map((outcome_statement_id) => ({ entry_id: entryId, outcome_statement_id })))
      .execute();
  }
  if (tags.criterionIds?.length) {
    await db
      .insertInto("entry_criteria")
      .values(tags.criterionIds.map((criterion_id) => ({ entry_id: entryId, criterion_id })))
      .execute();
  }
}

/**
 * The entries row alone, with its tags. Prefer the factory for the kind (createInitiative, createReflection,
 * createAudit, createTaskResponse), which also writes the kind's own row.
 */
export async function createEntry(db: DB, overrides: EntryOverrides & { kind: EntryKind }) {
  const id = overrides.id ?? randomUUID();
  const createdAt = overrides.createdAt ?? nowIso();
  await db
    .insertInto("entries")
    .values({
      id,
      kind: overrides.kind,
      owner_id: overrides.ownerId,
      cohort_id: overrides.cohortId,
      initiative_id: overrides.initiativeId ?? null,
      title: overrides.title ?? `${KIND_TITLE[overrides.kind]} ${nextNumber()}`,
      status: overrides.status ?? DEFAULT_STATUS[overrides.kind],
      visibility: overrides.visibility ?? "leads",
      occurred_on: overrides.occurredOn ?? dayOf(createdAt),
      created_at: createdAt,
      updated_at: overrides.updatedAt ?? createdAt,
    })
    .execute();
  await tagEntry(db, id, overrides);
  return { id };
}

export interface ActionItemOverrides {
  id?: string;
  description?: string;
  ownerName?: string;
  /** 'YYYY-MM-DD'; four weeks from today by default. */
  dueOn?: string;
  successCriteria?: string;
  rag?: Rag;
  /** Defaults to the end of the plan (createActionItem) or the index given (createInitiative's actions). */
  position?: number;
  schoolIds?: string[];
}

/** An action of an initiative's action plan. */
export async function createActionItem(db: DB, overrides: ActionItemOverrides & { initiativeId: string }) {
  const id = overrides.id ?? randomUUID();
  let position = overrides.position;
  if (position === undefined) {
    const last = await db
      .selectFrom("action_items")
      .select((eb) => eb.fn.max("position").as("max"))
      .where("initiative_id", "=", overrides.initiativeId)
      .executeTakeFirst();
    position = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
  }
  await db
    .insertInto("action_items")
    .values({
      id,
      initiative_id: overrides.initiativeId,
      description: overrides.description ?? `Action ${position + 1}`,
      owner_name: overrides.ownerName ?? "Action owner",
      due_on: overrides.dueOn ?? addDays(dayOf(nowIso()), 28),
      success_criteria: overrides.successCriteria ?? "Done well",
      rag: overrides.rag ?? "not_started",
      position,
    })
    .execute();
  if (overrides.schoolIds?.length) {
    await db
      .insertInto("action_item_schools")
      .values(overrides.schoolIds.map((school_id) => ({ action_item_id: id, school_id })))
      .execute();
  }
  return { id };
}

export interface InitiativeOutcomeOverrides {
  id?: string;
  kind?: OutcomeKind;
  description?: string;
  measure?: string;
  measuredWhen?: string;
  position?: number;
}

export interface InitiativeOverrides extends EntryOverrides {
  problem?: string;
  evidenceOfNeed?: string;
  approach?: string;
  activeIngredients?: string;
  /** 'YYYY-MM-DD'; the record's occurredOn unless given (and occurredOn is startsOn unless given). */
  startsOn?: string;
  /** Six months after startsOn by default. */
  endsOn?: string;
  schoolIds?: string[];
  /** The action plan, in order (each position is its index unless given). */
  actions?: ActionItemOverrides[];
  /** Intended implementation and final outcomes, in order. */
  outcomes?: InitiativeOutcomeOverrides[];
}

/** An initiative with its plan, schools, actions and outcomes; actionIds and outcomeIds are in the order given. */
export async function createInitiative(db: DB, overrides: InitiativeOverrides) {
  const startsOn = overrides.startsOn ?? overrides.occurredOn ?? dayOf(overrides.createdAt ?? nowIso());
  const { id } = await createEntry(db, {
    ...overrides,
    kind: "initiative",
    occurredOn: overrides.occurredOn ?? startsOn,
  });
  await db
    .insertInto("initiatives")
    .values({
      entry_id: id,
      problem: overrides.problem ?? "Pupils rarely explain their reasoning.",
      evidence_of_need: overrides.evidenceOfNeed ?? "Book looks.",
      approach: overrides.approach ?? "A weekly reasoning routine.",
      active_ingredients: overrides.activeIngredients ?? "Sentence stems; a worked example.",
      starts_on: startsOn,
      ends_on: overrides.endsOn ?? addDays(startsOn, 182),
    })
    .execute();
  if (overrides.schoolIds?.length) {
    await db
      .insertInto("initiative_schools")
      .values(overrides.schoolIds.map((school_id) => ({ initiative_id: id, school_id })))
      .execute();
  }
  const actionIds: string[] = [];
  for (const [index, action] of (overrides.actions ?? []).entries()) {
    actionIds.push((await createActionItem(db, { position: index, ...action, initiativeId: id })).id);
  }
  const outcomeIds: string[] = [];
  for (const [index, outcome] of (overrides.outcomes ?? []).entries()) {
    const outcomeId = outcome.id ?? randomUUID();
    await db
      .insertInto("initiative_outcomes")
      .values({
        id: outcomeId,
        initiative_id: id,
        kind: outcome.kind ?? "final",
        description: outcome.description ?? `Outcome ${index + 1}`,
        measure: outcome.measure ?? "Book looks",
        measured_when: outcome.measuredWhen ?? "End of the year",
        position: outcome.position ?? index,
      })
      .execute();
    outcomeIds.push(outcomeId);
  }
  return { id, actionIds, outcomeIds };
}

export interface ReflectionOverrides extends EntryOverrides {
  body?: string;
  promptWhat?: string;
  promptSoWhat?: string;
  promptNowWhat?: string;
  /** 'YYYY-MM-DD'; occurredOn unless given (and occurredOn is writtenOn unless given). */
  writtenOn?: string;
  workshopId?: string | null;
}

/** A reflection-log entry (free text by default). */
export async function createReflection(db: DB, overrides: ReflectionOverrides) {
  const writtenOn = overrides.writtenOn ?? overrides.occurredOn ?? dayOf(overrides.createdAt ?? nowIso());
  const { id } = await createEntry(db, {
    ...overrides,
    kind: "reflection",
    occurredOn: overrides.occurredOn ?? writtenOn,
  });
  await db
    .insertInto("reflections")
    .values({
      entry_id: id,
      body: overrides.body ?? "Notes",
      prompt_what: overrides.promptWhat ?? "",
      prompt_so_what: overrides.promptSoWhat ?? "",
      prompt_now_what: overrides.promptNowWhat ?? "",
      written_on: writtenOn,
      workshop_id: overrides.workshopId ?? null,
    })
    .execute();
  return { id };
}

export interface AuditCriterionOverrides {
  id?: string;
  text?: string;
  /** The baseline's criterion this follow-up criterion repeats. */
  baselineCriterionId?: string | null;
  /** Ratings 1-4 by school, in the audit's school order; null (or a short array) leaves a school unrated. */
  ratings?: (number | null)[];
}

export interface AuditOverrides extends EntryOverrides {
  focus?: string;
  /** A follow-up of this baseline; a baseline when absent. */
  baselineId?: string | null;
  /** 'YYYY-MM-DD'; occurredOn unless given (and occurredOn is conductedOn unless given). */
  conductedOn?: string;
  /** The schools rated, in order. */
  schoolIds?: string[];
  /** The criteria in order (each position is its index), with their ratings. */
  criteria?: AuditCriterionOverrides[];
}

/** A trust audit, baseline or follow-up, with its schools, criteria and ratings; criterionIds in the order given. */
export async function createAudit(db: DB, overrides: AuditOverrides) {
  const conductedOn = overrides.conductedOn ?? overrides.occurredOn ?? dayOf(overrides.createdAt ?? nowIso());
  const title = overrides.title ?? `Audit ${nextNumber()}`;
  const { id } = await createEntry(db, {
    ...overrides,
    kind: "audit",
    title,
    occurredOn: overrides.occurredOn ?? conductedOn,
  });
  const baselineId = overrides.baselineId ?? null;
  await db
    .insertInto("audits")
    .values({
      entry_id: id,
      focus: overrides.focus ?? title,
      kind: baselineId ? "follow_up" : "baseline",
      baseline_id: baselineId,
      conducted_on: conductedOn,
    })
    .execute();
  const schoolIds = overrides.schoolIds ?? [];
  if (schoolIds.length) {
    await db
      .insertInto("audit_schools")
      .values(schoolIds.map((school_id, position) => ({ audit_id: id, school_id, position })))
      .execute();
  }
  const criterionIds: string[] = [];
  for (const [position, criterion] of (overrides.criteria ?? []).entries()) {
    const criterionId = criterion.id ?? randomUUID();
    await db
      .insertInto("audit_criteria")
      .values({
        id: criterionId,
        audit_id: id,
        text: criterion.text ?? `Criterion ${position + 1}`,
        position,
        baseline_criterion_id: criterion.baselineCriterionId ?? null,
      })
      .execute();
    const ratings = (criterion.ratings ?? []).flatMap((rating, school) =>
      rating === null ? [] : [{ criterion_id: criterionId, school_id: schoolIds[school], rating, note: "" }],
    );
    if (ratings.length) await db.insertInto("audit_ratings").values(ratings).execute();
    criterionIds.push(criterionId);
  }
  return { id, criterionIds };
}

export interface TaskOverrides {
  id?: string;
  cohortId: string;
  afterWorkshopId?: string | null;
  title?: string;
  instructions?: string;
  /** 'YYYY-MM-DD'; two weeks from today by default. */
  dueOn?: string;
  /** The lead who set it; null by default. */
  createdBy?: string | null;
  createdAt?: string;
  strandIds?: string[];
}

/** An inter-sessional task set for a cohort. */
export async function createTask(db: DB, overrides: TaskOverrides) {
  const id = overrides.id ?? randomUUID();
  const createdAt = overrides.createdAt ?? nowIso();
  const title = overrides.title ?? `Task ${nextNumber()}`;
  await db
    .insertInto("tasks")
    .values({
      id,
      cohort_id: overrides.cohortId,
      after_workshop_id: overrides.afterWorkshopId ?? null,
      title,
      instructions: overrides.instructions ?? `Instructions for ${title}`,
      due_on: overrides.dueOn ?? addDays(dayOf(createdAt), 14),
      created_by: overrides.createdBy ?? null,
      created_at: createdAt,
    })
    .execute();
  if (overrides.strandIds?.length) {
    await db
      .insertInto("task_strands")
      .values(overrides.strandIds.map((strand_id) => ({ task_id: id, strand_id })))
      .execute();
  }
  return { id };
}

export interface TaskResponseOverrides extends EntryOverrides {
  taskId: string;
  body?: string;
}

/** A participant's response to a task (one per participant and task: the database refuses a second). */
export async function createTaskResponse(db: DB, overrides: TaskResponseOverrides) {
  const { id } = await createEntry(db, { ...overrides, kind: "task_response" });
  await db
    .insertInto("task_responses")
    .values({ entry_id: id, task_id: overrides.taskId, owner_id: overrides.ownerId, body: overrides.body ?? "" })
    .execute();
  return { id };
}

// ---------------------------------------------------------------------------------------------------------------
// Evidence, comments, evaluation, accreditation, health

export interface EvidenceOverrides {
  id?: string;
  entryId: string;
  /** "file" when bytes are given, "link" otherwise. */
  kind?: "file" | "link";
  title?: string;
  description?: string;
  /** A link's address; https://example.org/evidence by default. */
  url?: string;
  /** A file's name, type and contents (written as they are: no content check). */
  fileName?: string;
  mime?: string;
  bytes?: Buffer | string;
  /** The record's owner by default. */
  createdBy?: string | null;
  createdAt?: string;
  evidenceType?: EvidenceType | null;
  outcomeIds?: string[];
  criterionIds?: string[];
}

/** A link (the default) or a file attached to a record, mapped to outcome statements and criteria. */
export async function createEvidence(db: DB, overrides: EvidenceOverrides) {
  const id = overrides.id ?? randomUUID();
  const kind = overrides.kind ?? (overrides.bytes !== undefined ? "file" : "link");
  const title = overrides.title ?? `Evidence ${nextNumber()}`;
  const bytes =
    kind === "file"
      ? typeof overrides.bytes === "string" || overrides.bytes === undefined
        ? Buffer.from(overrides.bytes ?? title, "utf8")
        : overrides.bytes
      : null;
  const createdBy =
    overrides.createdBy !== undefined
      ? overrides.createdBy
      : (
          await db
            .selectFrom("entries")
            .select("owner_id")
            .where("id", "=", overrides.entryId)
            .executeTakeFirstOrThrow()
        ).owner_id;
  await db
    .insertInto("evidence")
    .values({
      id,
      entry_id: overrides.entryId,
      kind,
      title,
      description: overrides.description ?? "",
      url: kind === "link" ? (overrides.url ?? "https://example.org/evidence") : null,
      file_name: kind === "file" ? (overrides.fileName ?? "evidence.txt") : null,
      mime: kind === "file" ? (overrides.mime ?? "text/plain") : null,
      size: bytes ? bytes.length : null,
      bytes,
      created_by: createdBy,
      created_at: overrides.createdAt ?? nowIso(),
      evidence_type: overrides.evidenceType ?? null,
    })
    .execute();
  if (overrides.outcomeIds?.length) {
    await db
      .insertInto("evidence_outcomes")
      .values(overrides.outcomeIds.map((outcome_statement_id) => ({ evidence_id: id, outcome_statement_id })))
      .execute();
  }
  if (overrides.criterionIds?.length) {
    await db
      .insertInto("evidence_criteria")
      .values(overrides.criterionIds.map((criterion_id) => ({ evidence_id: id, criterion_id })))
      .execute();
  }
  return { id };
}

export interface CommentOverrides {
  id?: string;
  entryId: string;
  authorId: string | null;
  /** A reply in this thread; a new thread when absent. */
  parentId?: string | null;
  /** What the thread is about ("field:promptWhat", "evidence:<id>"); the record as a whole by default. */
  anchor?: string;
  body?: string;
  resolvedAt?: string | null;
  createdAt?: string;
}

/** A feedback comment on a record. */
export async function createComment(db: DB, overrides: CommentOverrides) {
  const id = overrides.id ?? randomUUID();
  await db
    .insertInto("comments")
    .values({
      id,
      entry_id: overrides.entryId,
      parent_id: overrides.parentId ?? null,
      author_id: overrides.authorId,
      anchor: overrides.anchor ?? "",
      body: overrides.body ?? `Comment ${nextNumber()}`,
      resolved_at: overrides.resolvedAt ?? null,
      created_at: overrides.createdAt ?? nowIso(),
    })
    .execute();
  return { id };
}

export interface EvaluationOverrides {
  id?: string;
  initiativeId: string;
  /** Guskey's level, 1-5 (one evaluation per level and initiative). */
  level: number;
  lookedFor?: string;
  /** Comma-separated methods ("survey,observation"). */
  method?: string;
  findings?: string;
  /** "" (not evaluated) by default, as the database's own default. */
  judgement?: string;
  updatedAt?: string;
  /** The evidence the judgement rests on. */
  evidenceIds?: string[];
}

/** One level of an initiative's evaluation, with the evidence it rests on. */
export async function createEvaluation(db: DB, overrides: EvaluationOverrides) {
  const id = overrides.id ?? randomUUID();
  await db
    .insertInto("evaluations")
    .values({
      id,
      initiative_id: overrides.initiativeId,
      level: overrides.level,
      looked_for: overrides.lookedFor ?? "",
      method: overrides.method ?? "",
      findings: overrides.findings ?? "",
      judgement: overrides.judgement ?? "",
      updated_at: overrides.updatedAt ?? nowIso(),
    })
    .execute();
  if (overrides.evidenceIds?.length) {
    await db
      .insertInto("evaluation_evidence")
      .values(overrides.evidenceIds.map((evidence_id) => ({ evaluation_id: id, evidence_id })))
      .execute();
  }
  return { id };
}

export interface CriterionReviewEventOverrides {
  id?: string;
  status: CriterionReviewStatus;
  note?: string;
  actorId?: string | null;
  at?: string;
}

export interface CriterionReviewOverrides {
  id?: string;
  membershipId: string;
  criterionId: string;
  status?: CriterionReviewStatus;
  reviewerId?: string | null;
  /** The lead's note. */
  note?: string;
  /** The participant's account of how they meet the criterion. */
  statement?: string;
  updatedAt?: string;
  /** Its history, in order. */
  events?: CriterionReviewEventOverrides[];
}

/** A participant's work on one accreditation criterion and its review, with its history; eventIds in order. */
export async function createCriterionReview(db: DB, overrides: CriterionReviewOverrides) {
  const id = overrides.id ?? randomUUID();
  const updatedAt = overrides.updatedAt ?? nowIso();
  await db
    .insertInto("criterion_reviews")
    .values({
      id,
      membership_id: overrides.membershipId,
      criterion_id: overrides.criterionId,
      status: overrides.status ?? "not_started",
      reviewer_id: overrides.reviewerId ?? null,
      note: overrides.note ?? "",
      statement: overrides.statement ?? "",
      updated_at: updatedAt,
    })
    .execute();
  const eventIds: string[] = [];
  for (const event of overrides.events ?? []) {
    const eventId = event.id ?? randomUUID();
    await db
      .insertInto("criterion_review_events")
      .values({
        id: eventId,
        review_id: id,
        status: event.status,
        note: event.note ?? "",
        actor_id: event.actorId ?? null,
        at: event.at ?? updatedAt,
      })
      .execute();
    eventIds.push(eventId);
  }
  return { id, eventIds };
}

export interface AdaptationOverrides {
  id?: string;
  initiativeId: string;
  subject?: "design" | "action";
  /** The initiative for a design change (the default), the action for an action-plan change. */
  subjectId?: string;
  whatChanged?: string;
  why?: string;
  beforeJson?: string;
  afterJson?: string;
  changedBy?: string | null;
  changedAt?: string;
}

/** An entry in an initiative's adaptation log. */
export async function createAdaptation(db: DB, overrides: AdaptationOverrides) {
  const id = overrides.id ?? randomUUID();
  const subject = overrides.subject ?? "design";
  if (subject === "action" && !overrides.subjectId)
    throw new Error("createAdaptation: an action change needs subjectId");
  await db
    .insertInto("initiative_adaptations")
    .values({
      id,
      initiative_id: overrides.initiativeId,
      subject,
      subject_id: overrides.subjectId ?? overrides.initiativeId,
      what_changed: overrides.whatChanged ?? `Change ${nextNumber()}`,
      why: overrides.why ?? "Because",
      before_json: overrides.beforeJson ?? "{}",
      after_json: overrides.afterJson ?? "{}",
      changed_by: overrides.changedBy ?? null,
      changed_at: overrides.changedAt ?? nowIso(),
    })
    .execute();
  return { id };
}

export interface StatusOverrideOverrides {
  id?: string;
  initiativeId: string;
  /** null: back to the computed status. */
  rag: Rag | null;
  reason?: string;
  createdBy?: string | null;
  createdAt?: string;
}

/** A participant's override of an initiative's computed status. */
export async function createStatusOverride(db: DB, overrides: StatusOverrideOverrides) {
  const id = overrides.id ?? randomUUID();
  await db
    .insertInto("initiative_status_overrides")
    .values({
      id,
      initiative_id: overrides.initiativeId,
      rag: overrides.rag,
      reason: overrides.reason ?? "A reason",
      created_by: overrides.createdBy ?? null,
      created_at: overrides.createdAt ?? nowIso(),
    })
    .execute();
  return { id };
}

export interface SchoolImplementationOverrides {
  initiativeId: string;
  schoolId: string;
  /** 1-4 each; null (the default) until judged. */
  adoption?: number | null;
  fidelity?: number | null;
  sustainment?: number | null;
  note?: string;
  updatedAt?: string;
}

/** How an initiative is taking hold in one of its schools (adoption, fidelity, sustainment). */
export async function createSchoolImplementation(db: DB, overrides: SchoolImplementationOverrides) {
  await db
    .insertInto("school_implementation")
    .values({
      initiative_id: overrides.initiativeId,
      school_id: overrides.schoolId,
      adoption: overrides.adoption ?? null,
      fidelity: overrides.fidelity ?? null,
      sustainment: overrides.sustainment ?? null,
      note: overrides.note ?? "",
      updated_at: overrides.updatedAt ?? nowIso(),
    })
    .execute();
  return { initiativeId: overrides.initiativeId, schoolId: overrides.schoolId };
}
