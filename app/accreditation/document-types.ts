import type { CriterionReviewStatus } from "../../db/schema";

// The Accreditation Evidence Document as one plain structure: read by ./document.server, rendered by ./document-view
// (web page), ./document-docx.server (Word) and ./document-pdf.server (PDF). Types only, so that the page's component
// can name them without reaching into server code.

export interface DocumentEvidence {
  id: string;
  title: string;
  description: string;
  kind: "file" | "link";
  /** "Observation", "Pupil data"… or null when the participant has not said. */
  typeLabel: string | null;
  fileName: string | null;
  url: string | null;
  /** The record it is attached to. */
  recordTitle: string;
}

export interface DocumentEvaluationLevel {
  level: number;
  title: string;
  question: string;
  recorded: boolean;
  lookedFor: string;
  methods: string[];
  findings: string;
  judgement: string;
  evidence: DocumentEvidence[];
}

export interface DocumentInitiative {
  id: string;
  title: string;
  statusLabel: string;
  /** The initiative's health (on track, at risk…): the participant's override when set, else computed. */
  health: { rag: string; label: string; note: string } | null;
  startsOn: string;
  endsOn: string;
  problem: string;
  evidenceOfNeed: string;
  approach: string;
  activeIngredients: string;
  schools: string[];
  outcomes: { kind: "implementation" | "final"; description: string; measure: string; measuredWhen: string }[];
  actions: {
    number: number;
    description: string;
    ownerName: string;
    dueOn: string;
    statusLabel: string;
    successCriteria: string;
    schools: string[];
  }[];
  evaluation: DocumentEvaluationLevel[];
  adaptations: { changedAt: string; subject: "design" | "action"; whatChanged: string; why: string }[];
  schoolImplementation: {
    school: string;
    adoption: number | null;
    fidelity: number | null;
    sustainment: number | null;
    note: string;
  }[];
}

export interface DocumentReflection {
  id: string;
  title: string;
  writtenOn: string;
  workshop: string | null;
  initiative: string | null;
  body: string;
  promptWhat: string;
  promptSoWhat: string;
  promptNowWhat: string;
}

export interface DocumentCriterion {
  id: string;
  number: number;
  text: string;
  statement: string;
  status: CriterionReviewStatus;
  statusLabel: string;
  reviewNote: string;
  reviewerName: string | null;
  reviewedAt: string | null;
  evidence: DocumentEvidence[];
  records: { id: string; kindLabel: string; title: string; occurredOn: string }[];
}

export interface ReadinessItem {
  /** The accreditation model's rule key, e.g. "criteria_evidence". */
  key: string;
  label: string;
  met: boolean;
  detail: string;
}

export interface AccreditationDocument {
  title: string;
  generatedOn: string;
  person: { id: string; name: string; trustName: string | null };
  cohort: { id: string; name: string; academicYear: string };
  programme: { code: string; name: string };
  /** What the reader is (and is not) looking at. */
  scopeNote: string;
  initiatives: DocumentInitiative[];
  reflections: DocumentReflection[];
  criteria: DocumentCriterion[];
  hasCriteria: boolean;
  readiness: { summary: string; percent: number; items: ReadinessItem[] };
  /** Base name for downloads, without extension: "accreditation-evidence-<name>-<cohort>". */
  fileStem: string;
}
