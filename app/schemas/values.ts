// The fixed values of records and their words, with no zod in this module. Pages that only show records import
// from here, so zod (and the form library) stays out of their browser bundle; the schema modules re-export these
// for the forms. tests/unit/js-budget.test.ts measures what each page sends.

import { CRITERION_REVIEW_STATUSES, INITIATIVE_STATUSES, RAGS, VISIBILITIES, type Rag } from "../../db/schema";

export { INITIATIVE_STATUSES, RAGS, VISIBILITIES };

export const INITIATIVE_STATUS_LABELS: Record<(typeof INITIATIVE_STATUSES)[number], string> = {
  planning: "Planning",
  in_progress: "In progress",
  evaluating: "Evaluating",
  complete: "Complete",
  paused: "Paused",
};

export const VISIBILITY_LABELS: Record<(typeof VISIBILITIES)[number], string> = {
  private: "Only me",
  leads: "Me and my cohort leads",
  cohort: "Everyone in my cohort",
};

export type RagValue = Rag;
export const RAG_LABELS: Record<RagValue, string> = {
  not_started: "Not started",
  on_track: "On track",
  at_risk: "At risk",
  off_track: "Off track",
  done: "Done",
};

/** Per-school implementation judgements (adoption, fidelity, sustainment), each on a 1-4 scale. */
export const IMPLEMENTATION_SCALE = [1, 2, 3, 4] as const;
export const IMPLEMENTATION_SCALE_LABELS: Record<number, string> = {
  1: "Not yet",
  2: "Beginning",
  3: "Mostly",
  4: "Fully",
};
export const IMPLEMENTATION_MEASURE_LABELS = {
  adoption: "Adoption",
  fidelity: "Fidelity",
  sustainment: "Sustainment",
} as const;
export const IMPLEMENTATION_MEASURE_HINTS = {
  adoption: "Are teachers using the approach?",
  fidelity: "Is it used as designed, keeping its active ingredients?",
  sustainment: "Is it lasting without extra push?",
} as const;

export const TASK_STATUSES = ["not_started", "in_progress", "done"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
};

export function isTaskStatus(value: string): value is TaskStatus {
  return (TASK_STATUSES as readonly string[]).includes(value);
}

export const RATINGS = ["1", "2", "3", "4"] as const;
export type RatingValue = 1 | 2 | 3 | 4;
export const RATING_LABELS: Record<RatingValue, string> = {
  1: "Not yet evident",
  2: "Emerging",
  3: "Established",
  4: "Embedded",
};

export const AUDIT_KIND_LABELS = { baseline: "Baseline", follow_up: "Follow-up" } as const;

export const EVIDENCE_KINDS = ["file", "link"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = { file: "File", link: "Link" };

/** 2048 → "2 KB", 1572864 → "1.5 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** A real calendar date written 'YYYY-MM-DD', between 2000 and 2100. */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return (
    date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 2000 && y <= 2100
  );
}

// Audit limits and the reading of typed criteria, shared by the audit forms and ./audit's schemas.
export const MAX_CRITERIA = 20;
export const CRITERION_MAX = 300;
export const NOTE_MAX = 500;
export const FOCUS_MAX = 200;

/** "- Teachers use bar models" and "3. Teachers use bar models" both mean "Teachers use bar models". */
export function splitCriteria(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*(?:[-*•–—]|\d{1,2}[.)])\s+/, "").trim())
    .filter((line) => line.length > 0);
}

/** An outcome statement as an audit criterion: "develop collaborative ways of working:" reads as a sentence. */
export function statementAsCriterion(text: string): string {
  const trimmed = text.trim().replace(/[\s:;.,]+$/, "");
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

// Accreditation: where each criterion of a participant's programme stands.
export const CRITERION_STATUSES = CRITERION_REVIEW_STATUSES;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

export const CRITERION_STATUS_LABELS: Record<CriterionStatus, string> = {
  not_started: "Not started",
  submitted: "Submitted",
  needs_work: "Needs work",
  approved: "Approved",
};

// Password length limits, shown on the account page and checked by ./account's schema.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
