import type { DB } from "~/db.server";
import {
  EVIDENCE_TYPE_SHORT_LABELS,
  GUSKEY_LEVELS,
  JUDGEMENT_LABELS,
  METHOD_LABELS,
  parseEvidenceType,
  parseJudgement,
  parseMethods,
} from "~/evaluations/schema";
import { INITIATIVE_STATUS_LABELS, RAG_LABELS, type RagValue } from "~/initiatives/schema";
import { slugify } from "~/utils/csv.server";
import { todayInEngland } from "~/utils/dates";
import { canViewEntry, type Viewer } from "~/utils/permissions.server";
import { requireAccreditationSubject, type AccreditationSubject } from "./access.server";
import { getAccreditationCriteriaWithMappings } from "./criteria.server";
import { getReadiness } from "./readiness.server";
import type { CriterionWithMappings } from "./types";
import type {
  AccreditationDocument,
  DocumentCriterion,
  DocumentEvidence,
  DocumentInitiative,
  DocumentReflection,
} from "./document-types";
import { recordEvent, recordViewOf } from "~/audit-trail/audit-log.server";
import { listInitiativeStatuses, type InitiativeStatus } from "~/initiatives/health.server";

// The Accreditation Evidence Document (PD Lead programme): one participant's initiative, its evaluation, the
// adaptations made on the way, their reflections and their evidence organised by accreditation criterion, with a
// readiness summary. One plain structure is read here and rendered three ways (web page, Word, PDF), so the
// three can never disagree.
//
// Who may read it: the participant themself, a lead of the cohort, a programme admin; anybody else gets 404.
// What it holds depends on who reads it, by the same rule as every record: a lead or admin never sees the
// records the participant kept private (nor evidence attached to them); the participant sees everything.
// A programme with no accreditation criteria still gets the document, without the criteria section.
//
// The criteria (statements, statuses, the lead's review, mappings) come from ./criteria.server, the readiness rules
// from ./readiness.server's getReadiness, the initiative's health from initiative-health: the document shows what
// those pages show. The rest (initiative, evaluation, adaptations, reflections) is read here. Its shape is
// ./document-types.

const NONE = ["-"]; // a value no id takes, so "in" never gets an empty list
const orNone = (ids: string[]) => (ids.length > 0 ? ids : NONE);

/**
 * Everything the document shows, read once, scoped by who asks. Does not write to the audit trail: the routes
 * do that (a view for the page, an export for a download) with recordDocumentView / recordDocumentExport.
 */
export async function getAccreditationDocument(
  db: DB,
  viewer: Viewer,
  cohortId: string,
  userId: string,
  now: Date = new Date(),
): Promise<AccreditationDocument> {
  // Who may read it is the accreditation pages' rule: the participant, a lead of the cohort, or an admin.
  const subject = await requireAccreditationSubject(db, viewer, cohortId, userId);

  const entries = await readVisibleEntries(db, viewer, subject);
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const entryIds = orNone(entries.map((e) => e.id));
  const initiativeEntries = entries.filter((e) => e.kind === "initiative");
  const initiativeIds = orNone(initiativeEntries.map((e) => e.id));
  const rows = await readDocumentRows(db, viewer, subject, initiativeEntries, initiativeIds, entryIds, now);
  const { reflections, evidence, accreditation, readiness } = rows;

  const evidenceById = new Map<string, DocumentEvidence>(
    evidence.map((e) => {
      const type = parseEvidenceType(e.evidence_type);
      return [
        e.id,
        {
          id: e.id,
          title: e.title,
          description: e.description,
          kind: e.kind,
          typeLabel: type ? EVIDENCE_TYPE_SHORT_LABELS[type] : null,
          fileName: e.file_name,
          url: e.kind === "link" ? e.url : null,
          recordTitle: entryById.get(e.entry_id)?.title ?? "",
        },
      ];
    }),
  );
  const documentInitiatives = toDocumentInitiatives(initiativeEntries, rows, evidenceById);

  const documentReflections: DocumentReflection[] = reflections.map((r) => {
    const entry = entryById.get(r.id)!;
    return {
      id: r.id,
      title: entry.title,
      writtenOn: r.written_on,
      workshop: r.workshopTitle,
      initiative: entry.initiative_id ? (entryById.get(entry.initiative_id)?.title ?? null) : null,
      body: r.body,
      promptWhat: r.prompt_what,
      promptSoWhat: r.prompt_so_what,
      promptNowWhat: r.prompt_now_what,
    };
  });

  const documentCriteria = toDocumentCriteria(accreditation.criteria, evidenceById, entryById);

  const isOwner = viewer.id === subject.person.id;
  return {
    title: documentCriteria.length > 0 ? "Accreditation Evidence Document" : "Evidence document",
    generatedOn: todayInEngland(now),
    person: { id: subject.person.id, name: subject.person.name, trustName: subject.person.trustName },
    cohort: { id: subject.cohort.id, name: subject.cohort.name, academicYear: subject.cohort.academicYear },
    programme: { code: subject.cohort.programmeCode, name: subject.cohort.programmeName },
    scopeNote: isOwner
      ? "This document holds all your records in this cohort, including any you keep private. Check what you share before you send it on."
      : `This document holds what ${subject.person.name} has shared with cohort leads. Records they keep private are not included.`,
    initiatives: documentInitiatives,
    reflections: documentReflections,
    criteria: documentCriteria,
    hasCriteria: documentCriteria.length > 0,
    readiness: {
      summary:
        readiness.met === readiness.total
          ? "Every requirement of the Accreditation Evidence Document is met."
          : `${readiness.met} of ${readiness.total} requirements met (${readiness.percent}%). What is still missing is listed below.`,
      percent: readiness.percent,
      items: readiness.rules.map((rule) => ({
        key: rule.key,
        label: rule.label,
        met: rule.met,
        detail: rule.met ? "Done" : rule.missing.map((m) => m.text).join("; ") || "Not yet",
      })),
    },
    fileStem: `accreditation-evidence-${slugify(subject.person.name) === "cohort" ? "participant" : slugify(subject.person.name)}-${slugify(subject.cohort.name)}`,
  };
}

/** The participant's records in the cohort that the viewer may see, in the order they happened. */
async function readVisibleEntries(db: DB, viewer: Viewer, subject: AccreditationSubject) {
  const allEntries = await db
    .selectFrom("entries")
    .select(["id", "kind", "owner_id", "cohort_id", "visibility", "title", "status", "occurred_on", "initiative_id"])
    .where("cohort_id", "=", subject.cohort.id)
    .where("owner_id", "=", subject.person.id)
    .orderBy("occurred_on")
    .orderBy("created_at")
    .execute();
  return allEntries.filter((entry) => canViewEntry(viewer, entry));
}

type DocumentEntry = Awaited<ReturnType<typeof readVisibleEntries>>[number];

/**
 * What hangs off those records (initiatives with their plan, evaluation, adaptations and school implementation;
 * reflections; evidence), with the criteria, readiness and initiative health the accreditation pages show.
 */
async function readDocumentRows(
  db: DB,
  viewer: Viewer,
  subject: AccreditationSubject,
  initiativeEntries: DocumentEntry[],
  initiativeIds: string[],
  entryIds: string[],
  now: Date,
) {
  const rows = await awaitAll({
    initiatives: db.selectFrom("initiatives").selectAll().where("entry_id", "in", initiativeIds).execute(),
    initiativeSchools: db
      .selectFrom("initiative_schools")
      .innerJoin("organisations", "organisations.id", "initiative_schools.school_id")
      .select(["initiative_schools.initiative_id as initiativeId", "organisations.name"])
      .where("initiative_schools.initiative_id", "in", initiativeIds)
      .orderBy("organisations.name")
      .execute(),
    outcomes: db
      .selectFrom("initiative_outcomes")
      .selectAll()
      .where("initiative_id", "in", initiativeIds)
      .orderBy("position")
      .execute(),
    actions: db
      .selectFrom("action_items")
      .selectAll()
      .where("initiative_id", "in", initiativeIds)
      .orderBy("position")
      .execute(),
    evaluations: db
      .selectFrom("evaluations")
      .selectAll()
      .where("initiative_id", "in", initiativeIds)
      .orderBy("level")
      .execute(),
    adaptations: db
      .selectFrom("initiative_adaptations")
      .select(["initiative_id", "subject", "what_changed", "why", "changed_at"])
      .where("initiative_id", "in", initiativeIds)
      .orderBy("changed_at")
      .orderBy("id")
      .execute(),
    implementation: db
      .selectFrom("school_implementation")
      .innerJoin("organisations", "organisations.id", "school_implementation.school_id")
      .select([
        "school_implementation.initiative_id as initiativeId",
        "organisations.name as school",
        "school_implementation.adoption",
        "school_implementation.fidelity",
        "school_implementation.sustainment",
        "school_implementation.note",
      ])
      .where("school_implementation.initiative_id", "in", initiativeIds)
      .orderBy("organisations.name")
      .execute(),
    reflections: db
      .selectFrom("reflections")
      .leftJoin("workshops", "workshops.id", "reflections.workshop_id")
      .select([
        "reflections.entry_id as id",
        "reflections.body",
        "reflections.prompt_what",
        "reflections.prompt_so_what",
        "reflections.prompt_now_what",
        "reflections.written_on",
        "workshops.title as workshopTitle",
      ])
      .where("reflections.entry_id", "in", entryIds)
      .orderBy("reflections.written_on")
      .orderBy("reflections.entry_id")
      .execute(),
    evidence: db
      .selectFrom("evidence")
      .select(["id", "entry_id", "kind", "title", "description", "url", "file_name", "evidence_type", "created_at"])
      .where("entry_id", "in", entryIds)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
    accreditation: getAccreditationCriteriaWithMappings(db, viewer, subject.cohort.id, subject.person.id),
    readiness: getReadiness(db, viewer, subject.cohort.id, subject.person.id, todayInEngland(now)),
    statuses: listInitiativeStatuses(
      db,
      viewer,
      initiativeEntries.map((e) => e.id),
      todayInEngland(now),
    ),
  });

  const [evaluationEvidence, actionSchools] = await readEvaluationEvidenceAndActionSchools(
    db,
    rows.actions,
    rows.evaluations,
  );
  return { ...rows, evaluationEvidence, actionSchools };
}

/** Promise.all over an object: the same keys, each with its settled value. */
async function awaitAll<T extends Record<string, Promise<unknown>>>(
  promises: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.all(Object.entries(promises).map(async ([key, p]) => [key, await p] as const));
  return Object.fromEntries(settled) as { [K in keyof T]: Awaited<T[K]> };
}

/** The evidence each evaluation level rests on, and the schools of each action. */
function readEvaluationEvidenceAndActionSchools(db: DB, actions: { id: string }[], evaluations: { id: string }[]) {
  const actionIds = orNone(actions.map((a) => a.id));
  const evaluationIds = orNone(evaluations.map((e) => e.id));
  return Promise.all([
    db.selectFrom("evaluation_evidence").selectAll().where("evaluation_id", "in", evaluationIds).execute(),
    db
      .selectFrom("action_item_schools")
      .innerJoin("organisations", "organisations.id", "action_item_schools.school_id")
      .select(["action_item_schools.action_item_id as actionId", "organisations.name"])
      .where("action_item_schools.action_item_id", "in", actionIds)
      .orderBy("organisations.name")
      .execute(),
  ]);
}

type DocumentRows = Awaited<ReturnType<typeof readDocumentRows>>;

const pick = <T>(value: T | undefined): value is T => value !== undefined;

function toDocumentInitiatives(
  initiativeEntries: DocumentEntry[],
  rows: DocumentRows,
  evidenceById: Map<string, DocumentEvidence>,
): DocumentInitiative[] {
  const {
    initiatives,
    initiativeSchools,
    outcomes,
    actions,
    evaluations,
    adaptations,
    implementation,
    statuses,
    evaluationEvidence,
    actionSchools,
  } = rows;
  return initiativeEntries.flatMap((entry) => {
    const detail = initiatives.find((i) => i.entry_id === entry.id);
    if (!detail) return [];
    return [
      {
        id: entry.id,
        title: entry.title,
        statusLabel: INITIATIVE_STATUS_LABELS[entry.status as keyof typeof INITIATIVE_STATUS_LABELS] ?? entry.status,
        health: healthOf(statuses[entry.id]),
        startsOn: detail.starts_on,
        endsOn: detail.ends_on,
        problem: detail.problem,
        evidenceOfNeed: detail.evidence_of_need,
        approach: detail.approach,
        activeIngredients: detail.active_ingredients,
        schools: initiativeSchools.filter((s) => s.initiativeId === entry.id).map((s) => s.name),
        outcomes: outcomes
          .filter((o) => o.initiative_id === entry.id)
          .map((o) => ({
            kind: o.kind,
            description: o.description,
            measure: o.measure,
            measuredWhen: o.measured_when,
          })),
        actions: actions
          .filter((a) => a.initiative_id === entry.id)
          .map((a, index) => ({
            number: index + 1,
            description: a.description,
            ownerName: a.owner_name,
            dueOn: a.due_on,
            statusLabel: RAG_LABELS[a.rag as RagValue] ?? a.rag,
            successCriteria: a.success_criteria,
            schools: actionSchools.filter((s) => s.actionId === a.id).map((s) => s.name),
          })),
        evaluation: GUSKEY_LEVELS.map((info) => {
          const row = evaluations.find((e) => e.initiative_id === entry.id && e.level === info.level);
          return {
            level: info.level,
            title: info.title,
            question: info.question,
            recorded: row !== undefined,
            lookedFor: row?.looked_for ?? "",
            methods: methodsOf(row?.method),
            findings: row?.findings ?? "",
            judgement: judgementOf(row?.judgement),
            evidence: row
              ? evaluationEvidence
                  .filter((link) => link.evaluation_id === row.id)
                  .map((link) => evidenceById.get(link.evidence_id))
                  .filter(pick)
              : [],
          };
        }),
        adaptations: adaptations
          .filter((a) => a.initiative_id === entry.id)
          .map((a) => ({ changedAt: a.changed_at, subject: a.subject, whatChanged: a.what_changed, why: a.why })),
        schoolImplementation: implementation
          .filter((row) => row.initiativeId === entry.id)
          .map(({ school, adoption, fidelity, sustainment, note }) => ({
            school,
            adoption,
            fidelity,
            sustainment,
            note,
          })),
      },
    ];
  });
}

function toDocumentCriteria(
  criteria: CriterionWithMappings[],
  evidenceById: Map<string, DocumentEvidence>,
  entryById: Map<string, DocumentEntry>,
): DocumentCriterion[] {
  return criteria.map((criterion) => ({
    id: criterion.id,
    number: criterion.number,
    text: criterion.text,
    statement: criterion.statement,
    status: criterion.status,
    statusLabel: criterion.statusLabel,
    reviewNote: criterion.note,
    reviewerName: criterion.reviewerName,
    reviewedAt: criterion.status !== "not_started" ? criterion.updatedAt : null,
    evidence: criterion.evidence.map(
      (item): DocumentEvidence =>
        evidenceById.get(item.id) ?? {
          id: item.id,
          title: item.title,
          description: "",
          kind: item.kind,
          typeLabel: item.evidenceType ? EVIDENCE_TYPE_SHORT_LABELS[item.evidenceType] : null,
          fileName: item.fileName,
          url: item.kind === "link" ? item.href : null,
          recordTitle: item.record.title,
        },
    ),
    records: criterion.records.map((record) => ({
      id: record.id,
      kindLabel: record.kindLabel,
      title: record.title,
      occurredOn: entryById.get(record.id)?.occurred_on ?? "",
    })),
  }));
}

// evaluations.method holds method keys and evaluations.judgement a judgement key (app/evaluations/schema.ts); text
// written some other way (older rows, imports) is shown as written rather than dropped.
function methodsOf(stored: string | undefined): string[] {
  const known = parseMethods(stored).map((m) => METHOD_LABELS[m]);
  return known.length > 0 || !stored?.trim() ? known : [stored.trim()];
}

function judgementOf(stored: string | undefined): string {
  const judgement = parseJudgement(stored);
  if (judgement === "not_evaluated" && stored?.trim() && stored.trim() !== "not_evaluated") return stored.trim();
  return JUDGEMENT_LABELS[judgement];
}

function healthOf(status: InitiativeStatus | undefined): DocumentInitiative["health"] {
  if (!status) return null;
  if (status.override)
    return {
      rag: status.rag,
      label: RAG_LABELS[status.rag],
      note: `Set by the participant: ${status.override.reason}`,
    };
  return { rag: status.rag, label: RAG_LABELS[status.rag], note: status.computed.reasons.join("; ") };
}

/** A lead or admin opening the document is a view of the participant's data; the participant's own is not. */
export async function recordDocumentView(db: DB, viewer: Viewer, document: AccreditationDocument) {
  await recordViewOf(
    db,
    viewer,
    "accreditation_document",
    `${document.cohort.id}:${document.person.id}`,
    document.person.id,
  );
}

/** Every download (Word or PDF), the participant's own included, is an export. */
export async function recordDocumentExport(
  db: DB,
  viewer: Viewer,
  document: AccreditationDocument,
  format: "docx" | "pdf",
) {
  await recordEvent(
    db,
    viewer.id,
    "export",
    `accreditation_document_${format}`,
    `${document.cohort.id}:${document.person.id}`,
    {
      subjectOwnerId: document.person.id,
    },
  );
}
