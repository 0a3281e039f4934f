import type { Insertable, Selectable, Updateable } from "kysely";

// The one typed contract for every table (see db/migrations/0001_initial.ts).
// Instants are ISO-8601 UTC strings, calendar dates 'YYYY-MM-DD', flags 0 | 1.

// Each enum once, as the list of its values; its type is derived from the list. Browser-safe (no runtime imports):
// the forms' option lists and labels (app/schemas/values.ts and each area's values.ts) take their values from here.
export const ROLES = ["lead", "participant"] as const;
export type Role = (typeof ROLES)[number];
export const TRACKS = ["new", "continuing"] as const;
export type Track = (typeof TRACKS)[number];
export const ENTRY_KINDS = ["initiative", "audit", "task_response", "reflection"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const VISIBILITIES = ["private", "leads", "cohort"] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const RAGS = ["not_started", "on_track", "at_risk", "off_track", "done"] as const;
export type Rag = (typeof RAGS)[number];
export const INITIATIVE_STATUSES = ["planning", "in_progress", "evaluating", "complete", "paused"] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export const OUTCOME_KINDS = ["implementation", "final"] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
/** How strong a piece of evidence is as a source, weakest first. */
export const EVIDENCE_TYPES = ["reaction", "self_report", "artefact", "observation", "pupil_data"] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export const CRITERION_REVIEW_STATUSES = ["not_started", "submitted", "needs_work", "approved"] as const;
export type CriterionReviewStatus = (typeof CRITERION_REVIEW_STATUSES)[number];

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  is_admin: number;
  deactivated_at: string | null;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** Failed sign-ins per account ('' address), per address ('' account) and per pair (docs/decisions/0010). */
export interface SignInThrottlesTable {
  account: string;
  address: string;
  failures: number;
  window_started_at: string;
  last_failure_at: string;
}

export interface OrganisationsTable {
  id: string;
  kind: "trust" | "school";
  name: string;
  parent_id: string | null;
  phase: string | null;
  urn: string | null;
}

export interface ProgrammesTable {
  id: string;
  code: string;
  name: string;
  summary: string;
}

export interface StrandsTable {
  id: string;
  programme_id: string;
  key: string;
  title: string;
  lead_in: string;
  position: number;
}

export interface OutcomeStatementsTable {
  id: string;
  strand_id: string;
  parent_id: string | null;
  text: string;
  position: number;
}

export interface AccreditationCriteriaTable {
  id: string;
  programme_id: string;
  text: string;
  position: number;
}

export interface CohortsTable {
  id: string;
  programme_id: string;
  name: string;
  academic_year: string;
}

export interface WorkshopsTable {
  id: string;
  cohort_id: string;
  title: string;
  held_on: string;
  position: number;
}

export interface MembershipsTable {
  id: string;
  cohort_id: string;
  user_id: string;
  role: Role;
  track: Track | null;
  trust_id: string | null;
}

export interface EntriesTable {
  id: string;
  kind: EntryKind;
  owner_id: string;
  cohort_id: string;
  initiative_id: string | null;
  title: string;
  status: string;
  visibility: Visibility;
  /** The day the record is about, 'YYYY-MM-DD': a reflection's date, an audit's date, an initiative's start. */
  occurred_on: string;
  created_at: string;
  updated_at: string;
}

export interface InitiativesTable {
  entry_id: string;
  problem: string;
  evidence_of_need: string;
  approach: string;
  active_ingredients: string;
  starts_on: string;
  ends_on: string;
}

export interface InitiativeSchoolsTable {
  initiative_id: string;
  school_id: string;
}

export interface InitiativeOutcomesTable {
  id: string;
  initiative_id: string;
  kind: OutcomeKind;
  description: string;
  measure: string;
  measured_when: string;
  position: number;
}

export interface ActionItemsTable {
  id: string;
  initiative_id: string;
  description: string;
  owner_name: string;
  due_on: string;
  success_criteria: string;
  rag: Rag;
  position: number;
}

export interface ActionItemSchoolsTable {
  action_item_id: string;
  school_id: string;
}

export interface AuditsTable {
  entry_id: string;
  focus: string;
  kind: "baseline" | "follow_up";
  baseline_id: string | null;
  conducted_on: string;
}

export interface AuditSchoolsTable {
  audit_id: string;
  school_id: string;
  position: number;
}

export interface AuditCriteriaTable {
  id: string;
  audit_id: string;
  text: string;
  position: number;
  baseline_criterion_id: string | null;
}

export interface AuditRatingsTable {
  criterion_id: string;
  school_id: string;
  rating: number;
  note: string;
}

export interface TasksTable {
  id: string;
  cohort_id: string;
  after_workshop_id: string | null;
  title: string;
  instructions: string;
  due_on: string;
  created_by: string | null;
  created_at: string;
}

export interface TaskStrandsTable {
  task_id: string;
  strand_id: string;
}

export interface TaskResponsesTable {
  entry_id: string;
  task_id: string;
  owner_id: string | null;
  body: string;
}

export interface ReflectionsTable {
  entry_id: string;
  body: string;
  prompt_what: string;
  prompt_so_what: string;
  prompt_now_what: string;
  written_on: string;
  workshop_id: string | null;
}

export interface EntryStrandsTable {
  entry_id: string;
  strand_id: string;
}

export interface EntryOutcomesTable {
  entry_id: string;
  outcome_statement_id: string;
}

export interface EvidenceTable {
  id: string;
  entry_id: string;
  kind: "file" | "link";
  title: string;
  description: string;
  url: string | null;
  file_name: string | null;
  mime: string | null;
  size: number | null;
  bytes: Buffer | null;
  created_by: string | null;
  created_at: string;
  evidence_type: EvidenceType | null;
}

export interface EvidenceOutcomesTable {
  evidence_id: string;
  outcome_statement_id: string;
}

export interface EvidenceCriteriaTable {
  evidence_id: string;
  criterion_id: string;
}

export interface CriterionReviewsTable {
  id: string;
  membership_id: string;
  criterion_id: string;
  status: CriterionReviewStatus;
  reviewer_id: string | null;
  note: string;
  /** The participant's own account of how they meet the criterion. */
  statement: string;
  updated_at: string;
}

export interface CriterionReviewEventsTable {
  id: string;
  review_id: string;
  status: CriterionReviewStatus;
  note: string;
  actor_id: string | null;
  at: string;
}

export interface EntryCriteriaTable {
  entry_id: string;
  criterion_id: string;
}

export interface EvaluationEvidenceTable {
  evaluation_id: string;
  evidence_id: string;
}

export interface InitiativeStatusOverridesTable {
  id: string;
  initiative_id: string;
  /** null: the participant went back to the computed status. */
  rag: Rag | null;
  reason: string;
  created_by: string | null;
  created_at: string;
}

export interface InitiativeAdaptationsTable {
  id: string;
  initiative_id: string;
  subject: "design" | "action";
  /** The initiative's id for a design change, the action's id for an action-plan change. */
  subject_id: string;
  what_changed: string;
  why: string;
  before_json: string;
  after_json: string;
  changed_by: string | null;
  changed_at: string;
}

export interface SchoolImplementationTable {
  initiative_id: string;
  school_id: string;
  /** 1-4 each; null until judged. */
  adoption: number | null;
  fidelity: number | null;
  sustainment: number | null;
  note: string;
  updated_at: string;
}

export interface EvaluationsTable {
  id: string;
  initiative_id: string;
  level: number;
  looked_for: string;
  method: string;
  findings: string;
  judgement: string;
  updated_at: string;
}

export interface CommentsTable {
  id: string;
  entry_id: string;
  parent_id: string | null;
  author_id: string | null;
  anchor: string;
  body: string;
  resolved_at: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  action: string;
  subject_kind: string;
  subject_id: string;
  at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_throttles: SignInThrottlesTable;
  organisations: OrganisationsTable;
  programmes: ProgrammesTable;
  strands: StrandsTable;
  outcome_statements: OutcomeStatementsTable;
  accreditation_criteria: AccreditationCriteriaTable;
  cohorts: CohortsTable;
  workshops: WorkshopsTable;
  memberships: MembershipsTable;
  entries: EntriesTable;
  initiatives: InitiativesTable;
  initiative_schools: InitiativeSchoolsTable;
  initiative_outcomes: InitiativeOutcomesTable;
  action_items: ActionItemsTable;
  action_item_schools: ActionItemSchoolsTable;
  audits: AuditsTable;
  audit_schools: AuditSchoolsTable;
  audit_criteria: AuditCriteriaTable;
  audit_ratings: AuditRatingsTable;
  tasks: TasksTable;
  task_strands: TaskStrandsTable;
  task_responses: TaskResponsesTable;
  reflections: ReflectionsTable;
  entry_strands: EntryStrandsTable;
  entry_outcomes: EntryOutcomesTable;
  evidence: EvidenceTable;
  evidence_outcomes: EvidenceOutcomesTable;
  evidence_criteria: EvidenceCriteriaTable;
  criterion_reviews: CriterionReviewsTable;
  evaluations: EvaluationsTable;
  evaluation_evidence: EvaluationEvidenceTable;
  initiative_status_overrides: InitiativeStatusOverridesTable;
  initiative_adaptations: InitiativeAdaptationsTable;
  school_implementation: SchoolImplementationTable;
  entry_criteria: EntryCriteriaTable;
  criterion_review_events: CriterionReviewEventsTable;
  comments: CommentsTable;
  audit_log: AuditLogTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Entry = Selectable<EntriesTable>;
export type NewEntry = Insertable<EntriesTable>;
export type EntryUpdate = Updateable<EntriesTable>;
export type Membership = Selectable<MembershipsTable>;
export type ActionItem = Selectable<ActionItemsTable>;
export type Organisation = Selectable<OrganisationsTable>;

// Feedback (0003_feedback_comment_reads): which comments each person has seen. Merged into Database above.
export interface CommentReadsTable {
  user_id: string;
  comment_id: string;
  read_at: string;
}

export interface Database {
  comment_reads: CommentReadsTable;
}

// Audit trail (0004_audit_trail_append_only): field names written and whose data the event is about.
// Merged into AuditLogTable above; the table is append-only (the database refuses UPDATE and DELETE).
export interface AuditLogTable {
  fields: string | null;
  subject_owner_id: string | null;
}
