import type {
  AccreditationDocument,
  DocumentCriterion,
  DocumentEvaluationLevel,
  DocumentEvidence,
  DocumentInitiative,
  DocumentReflection,
} from "~/accreditation/document-types";
import { formatDate } from "~/utils/dates";

// The words of the Accreditation Evidence Document, shared by its three renderings (./document-view: the web page,
// ./document-docx.server: Word, ./document-pdf.server: PDF) so that they cannot drift apart. Each renderer keeps its
// own layout; the headings, labels, fixed sentences and the strings built from the document's data come from here.
// Browser-safe: the page's component imports it, so no server modules.

type Doc = AccreditationDocument;

/** Section headings (Heading 1 in Word and PDF, h2 on the page). */
export const SECTION = {
  contents: "Contents",
  readiness: "Readiness summary",
  initiative: "The initiative",
  initiatives: "The initiatives",
  evaluation: "Evaluation",
  adaptations: "Adaptation log",
  reflections: "Reflections",
  criteria: "Evidence by accreditation criterion",
} as const;

/** Labels of the cover's and the initiative's "label: value" lines. */
export const LABEL = {
  programme: "Programme",
  cohort: "Cohort",
  trust: "Trust",
  produced: "Produced",
  initiative: "Initiative",
  status: "Status",
  health: "Health",
  dates: "Dates",
  schools: "Schools",
  workshop: "Workshop",
} as const;

/** Headings within an initiative. */
export const INITIATIVE_HEADING = {
  problem: "The problem",
  evidenceOfNeed: "Evidence of need",
  approach: "Approach",
  activeIngredients: "Active ingredients",
  schools: "Schools",
  outcomes: "Intended outcomes",
  actions: "Action plan",
  schoolImplementation: "Implementation in each school",
} as const;

/** Headings within a criterion. */
export const CRITERION_HEADING = {
  statement: "Statement",
  evidence: "Mapped evidence",
  records: "Mapped records",
} as const;

/** Column headings of the document's tables. */
export const COLUMNS = {
  readiness: ["Requirement", "Met", "Still to do"],
  outcomes: ["Kind", "Outcome", "How it will be measured", "When"],
  actions: ["#", "Action", "Owner", "Due", "Status", "Success criteria"],
  schoolImplementation: ["School", "Adoption", "Fidelity", "Sustainment", "Note"],
  evaluation: ["Level", "Judgement", "Evidence it rests on"],
  adaptations: ["Date", "Changed", "What changed", "Why"],
} as const;

/** The rows of one evaluation level's "what was looked for… evidence" list. */
export const LEVEL_LABEL = {
  lookedFor: "What was looked for",
  methods: "How",
  findings: "What was found",
  judgement: "Judgement",
  evidence: "Evidence it rests on",
} as const;

/** Fixed sentences and notes. */
export const READINESS_NOTE = "Readiness counts only what is shared with cohort leads: what an assessor will see.";
export const EVALUATION_INTRO =
  "Judged level by level, following Guskey’s five levels of professional development evaluation: what was looked for, how, what was found, the judgement and the evidence it rests on.";
export const ADAPTATIONS_INTRO =
  "Every change to the design or action plan once the initiative started, with what changed and why.";
export const EVALUATION_CAPTION = "Judgements at each of the five levels";
export const NO_CRITERIA_NOTE =
  "This programme has no accreditation criteria, so the document has no criteria section.";

/** What a renderer shows where there is nothing to show. */
export const EMPTY = {
  notWritten: "Not written yet.",
  noSchools: "No schools named.",
  noOutcomes: "No outcomes recorded.",
  noActions: "No actions yet.",
  noInitiative: "No initiative recorded yet.",
  noInitiativeToEvaluate: "No initiative to evaluate yet.",
  notEvaluated: "Not evaluated yet.",
  noReflections: "No reflections yet.",
  noStatement: "No statement written yet.",
  noEvidence: "No evidence mapped yet.",
  noRecords: "No records mapped yet.",
  noComment: "No comment.",
  noneLinked: "None linked",
  notJudged: "Not judged",
  /** An evaluation level's field left blank. */
  blank: "—",
} as const;

/** Status words. */
export const MET = { yes: "Yes", no: "Not yet" } as const;
export const metText = (met: boolean): string => (met ? MET.yes : MET.no);

/** The reflection prompts, in the order they are shown. */
export function reflectionPrompts(r: DocumentReflection): [label: string, text: string][] {
  return [
    ["What happened", r.promptWhat],
    ["So what", r.promptSoWhat],
    ["Now what", r.promptNowWhat],
  ];
}

export function initiativeHeading(doc: Doc): string {
  return doc.initiatives.length > 1 ? SECTION.initiatives : SECTION.initiative;
}

/** The initiative's four written parts, each under its heading. */
export function initiativeTexts(initiative: DocumentInitiative): [heading: string, text: string][] {
  return [
    [INITIATIVE_HEADING.problem, initiative.problem],
    [INITIATIVE_HEADING.evidenceOfNeed, initiative.evidenceOfNeed],
    [INITIATIVE_HEADING.approach, initiative.approach],
    [INITIATIVE_HEADING.activeIngredients, initiative.activeIngredients],
  ];
}

export interface DocumentSection {
  id: string;
  title: string;
}

/** The document's sections in order: the contents list and the Heading 1s. */
export function documentSections(doc: Doc): DocumentSection[] {
  return [
    { id: "readiness", title: SECTION.readiness },
    { id: "initiative", title: initiativeHeading(doc) },
    { id: "evaluation", title: SECTION.evaluation },
    ...(doc.initiatives.some((i) => i.adaptations.length > 0)
      ? [{ id: "adaptations", title: SECTION.adaptations }]
      : []),
    { id: "reflections", title: SECTION.reflections },
    ...(doc.hasCriteria ? [{ id: "criteria", title: SECTION.criteria }] : []),
  ];
}

/** "Sam O’Neill, Ridge Trust" style values of the cover. */
export const programmeText = (doc: Doc) => `${doc.programme.name} (${doc.programme.code})`;
export const cohortText = (doc: Doc) => `${doc.cohort.name}, ${doc.cohort.academicYear}`;

/** "14 March 2025 to 2 July 2025". */
export const DATE_RANGE_JOIN = " to ";
export function dateRangeText(startsOn: string, endsOn: string): string {
  return `${formatDate(startsOn)}${DATE_RANGE_JOIN}${formatDate(endsOn)}`;
}

/** The health's label and note on one line, as Word and PDF show it ("At risk: behind on two actions"). */
export function healthText(health: NonNullable<DocumentInitiative["health"]>): string {
  return [health.label, health.note].filter(Boolean).join(": ");
}

export const outcomeKindText = (kind: "implementation" | "final") =>
  kind === "final" ? "Final (pupils)" : "Implementation";

export const actionSchoolsText = (schools: string[]) => `${LABEL.schools}: ${schools.join(", ")}`;

/** An adoption, fidelity or sustainment score: "3 of 4" or "Not judged". */
export const scoreText = (n: number | null) => (n === null ? EMPTY.notJudged : `${n} of 4`);

export const adaptationSubjectText = (subject: "design" | "action") =>
  subject === "design" ? "Design" : "Action plan";

/** An evaluation level in the summary table ("1. Participants’ reactions") and as its own heading. */
export const levelRowTitle = (level: DocumentEvaluationLevel) => `${level.level}. ${level.title}`;
export const levelHeading = (level: DocumentEvaluationLevel) => `Level ${level.level}: ${level.title}`;

/** How much evidence a level rests on: "None linked", "1 item", "3 items". */
export function evidenceCountText(count: number): string {
  return count === 0 ? EMPTY.noneLinked : `${count} item${count === 1 ? "" : "s"}`;
}

/** One evaluation level's fields, blank ones shown as a dash (the evidence is rendered by each renderer). */
export function levelFields(level: DocumentEvaluationLevel): [label: string, value: string][] {
  return [
    [LEVEL_LABEL.lookedFor, level.lookedFor || EMPTY.blank],
    [LEVEL_LABEL.methods, level.methods.join("; ") || EMPTY.blank],
    [LEVEL_LABEL.findings, level.findings || EMPTY.blank],
    [LEVEL_LABEL.judgement, level.judgement],
  ];
}

/** The parts of an evidence item's line after its title: " (Observation)", " – attached to “…”", " – file x.pdf". */
export const evidenceTypeText = (item: DocumentEvidence) => (item.typeLabel ? ` (${item.typeLabel})` : "");
export const evidenceAttachedText = (item: DocumentEvidence) =>
  item.recordTitle ? ` – attached to “${item.recordTitle}”` : "";
export const EVIDENCE_SEPARATOR = " – ";
export const evidenceFileText = (item: DocumentEvidence) => (item.fileName ? ` – file ${item.fileName}` : "");

/** An evidence item on one line: "Title (Observation) – attached to “Record” – https://…". */
export function evidenceLine(item: DocumentEvidence): string {
  return [
    item.title,
    evidenceTypeText(item),
    evidenceAttachedText(item),
    item.url ? `${EVIDENCE_SEPARATOR}${item.url}` : evidenceFileText(item),
  ].join("");
}

/** A reflection's heading: "2 October 2025: After workshop one". */
export const reflectionHeading = (r: DocumentReflection) => `${formatDate(r.writtenOn)}: ${r.title}`;

/** "Workshop: Workshop 1 · Initiative: Ratio tables", or "" when it has neither. */
export function reflectionMeta(r: DocumentReflection): string {
  return [
    r.workshop ? `${LABEL.workshop}: ${r.workshop}` : null,
    r.initiative ? `${LABEL.initiative}: ${r.initiative}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

export const criterionHeading = (c: DocumentCriterion) => `Criterion ${c.number}: ${c.text}`;

/** Whether a criterion has a lead's review to show. */
export const hasReview = (c: DocumentCriterion) => Boolean(c.reviewerName || c.reviewNote);

/** The review line's lead-in, without its colon: "Lead’s review by Pat Lead, 3 March 2026". */
export function reviewHeading(c: DocumentCriterion): string {
  const by = c.reviewerName ? ` by ${c.reviewerName}` : "";
  const when = c.reviewedAt ? `, ${formatDate(c.reviewedAt)}` : "";
  return `Lead’s review${by}${when}`;
}

export const reviewNoteText = (c: DocumentCriterion) => c.reviewNote || EMPTY.noComment;

/** A mapped record after its kind: "Workshop 1 (2 October 2025)". */
export const recordText = (record: DocumentCriterion["records"][number]) =>
  `${record.title} (${formatDate(record.occurredOn)})`;

/** The running footer (Word and PDF), before its page numbers: "Sam O’Neill · Accreditation Evidence Document · Page ". */
export const footerLead = (doc: Doc) => `${doc.person.name} · ${doc.title} · Page `;
export const pageOfText = (page: number, pages: number) => `${page} of ${pages}`;
