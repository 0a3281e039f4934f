import { EVIDENCE_TYPES, type EvidenceType } from "../../db/schema";

// Evaluating an initiative level by level (Guskey's five levels of professional-development evaluation), and
// how strong each piece of evidence is as a source. The labels here are the words people see everywhere
// (evaluation page, initiative page, Accreditation Evidence Document), so other areas import them. No zod here:
// pages that only show these words import this module and keep zod out of their first-load JavaScript.
//
// Table semantics (db/schema.ts):
//  - evaluations.level: 1-5, one row per initiative and level.
//  - evaluations.method: the methods used, as keys from EVALUATION_METHODS joined with "," (e.g.
//    "survey,observation"); "" when none chosen. Read it with parseMethods.
//  - evaluations.judgement: a key from JUDGEMENTS; "" (no row, or never judged) reads as "not_evaluated".
//  - evaluation_evidence: the initiative's evidence items a level's judgement rests on.
//  - evidence.evidence_type: a key from EVIDENCE_TYPES, or null when nobody has said.

export const GUSKEY_LEVEL_NUMBERS = [1, 2, 3, 4, 5] as const;
export type GuskeyLevel = (typeof GUSKEY_LEVEL_NUMBERS)[number];

export interface GuskeyLevelInfo {
  level: GuskeyLevel;
  /** Short name, e.g. "Participants’ reactions". */
  title: string;
  /** The question the level answers, in plain English. */
  question: string;
}

export const GUSKEY_LEVELS: readonly GuskeyLevelInfo[] = [
  {
    level: 1,
    title: "Participants’ reactions",
    question: "Did the teachers taking part value the professional development?",
  },
  { level: 2, title: "Participants’ learning", question: "Did the teachers learn what was intended?" },
  {
    level: 3,
    title: "Organisational support and change",
    question: "Did the schools give the time, resources and leadership support the change needed?",
  },
  {
    level: 4,
    title: "Participants’ use of new knowledge and skills",
    question: "Are teachers using what they learned in their classrooms, faithfully and consistently?",
  },
  { level: 5, title: "Student learning outcomes", question: "What difference has it made to pupils’ learning?" },
];

export function guskeyLevel(level: number): GuskeyLevelInfo | undefined {
  return GUSKEY_LEVELS.find((info) => info.level === level);
}

export const EVALUATION_METHODS = [
  "survey",
  "observation",
  "audit",
  "work_scrutiny",
  "data",
  "interview",
  "other",
] as const;
export type EvaluationMethod = (typeof EVALUATION_METHODS)[number];
export const METHOD_LABELS: Record<EvaluationMethod, string> = {
  survey: "Survey or questionnaire",
  observation: "Lesson observation",
  audit: "Audit",
  work_scrutiny: "Scrutiny of pupils’ work",
  data: "Pupil data (assessments, results)",
  interview: "Interviews or pupil voice",
  other: "Other",
};

/** The methods stored in evaluations.method, known keys only, in the order of EVALUATION_METHODS. */
export function parseMethods(stored: string | null | undefined): EvaluationMethod[] {
  const chosen = new Set((stored ?? "").split(",").map((part) => part.trim()));
  return EVALUATION_METHODS.filter((method) => chosen.has(method));
}

export function formatMethods(methods: readonly EvaluationMethod[]): string {
  return EVALUATION_METHODS.filter((method) => methods.includes(method)).join(",");
}

export const JUDGEMENTS = ["not_evaluated", "no_clear_impact", "some_impact", "strong_impact"] as const;
export type Judgement = (typeof JUDGEMENTS)[number];
export const JUDGEMENT_LABELS: Record<Judgement, string> = {
  not_evaluated: "Not yet evaluated",
  no_clear_impact: "No clear impact yet",
  some_impact: "Some impact",
  strong_impact: "Strong impact",
};

/** Judgements that claim the initiative made a difference, so must rest on strong enough evidence. */
export const IMPACT_JUDGEMENTS: readonly Judgement[] = ["some_impact", "strong_impact"];

/** evaluations.judgement as a known key; "" or anything unknown reads as not evaluated. */
export function parseJudgement(stored: string | null | undefined): Judgement {
  return (JUDGEMENTS as readonly string[]).includes(stored ?? "") ? (stored as Judgement) : "not_evaluated";
}

export { EVIDENCE_TYPES };
export const EVIDENCE_TYPE_LABELS: Record<EvidenceType, string> = {
  reaction: "Reaction (how people felt about it)",
  self_report: "Self-report (what people say they do or learned)",
  artefact: "Artefact (planning, resources, pupils’ work)",
  observation: "Observation (seen in lessons)",
  pupil_data: "Pupil data (assessment or attainment)",
};
/** Short forms for tags and tables. */
export const EVIDENCE_TYPE_SHORT_LABELS: Record<EvidenceType, string> = {
  reaction: "Reaction",
  self_report: "Self-report",
  artefact: "Artefact",
  observation: "Observation",
  pupil_data: "Pupil data",
};
/** Reactions and self-report say what people felt or believe, not what changed. */
export const WEAK_EVIDENCE_TYPES: readonly EvidenceType[] = ["reaction", "self_report"];

export function parseEvidenceType(stored: string | null | undefined): EvidenceType | null {
  return (EVIDENCE_TYPES as readonly string[]).includes(stored ?? "") ? (stored as EvidenceType) : null;
}

export const LOOKED_FOR_MAX = 2000;
export const FINDINGS_MAX = 5000;
