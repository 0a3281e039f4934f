import { Link } from "@remix-run/react";
import { EVIDENCE_TYPE_SHORT_LABELS, JUDGEMENT_LABELS, type Judgement } from "~/evaluations/values";
import type { EvidenceType } from "../../db/schema";
import { formatChange, formatMean, type ComparisonRow } from "~/audits/results";
import { DataTable, type Column } from "~/components/data-table";
import { DateText } from "~/components/tags";

// What Strands already knows about an initiative, shown beside its evaluation and on its page: the audits'
// measured change, actions done against planned, reflections and evidence linked to it.
// Serialised loader data, so the shapes here are the plain fields the pages use.

export type MeanChangeRow = ComparisonRow;

export interface AuditBaselineFact {
  id: string;
  title: string;
  focus: string;
  conductedOn: string;
  /** Linked to the initiative, rather than found because it covers the initiative's schools. */
  linked: boolean;
  schoolCount: number;
  criterionCount: number;
  /** Mean of every rating of the initiative's schools (1-4), null when none is rated yet. */
  mean: number | null;
}

export interface AuditComparisonFact {
  followUpId: string;
  title: string;
  conductedOn: string;
  baselineId: string;
  baselineConductedOn: string;
  linked: boolean;
  overall: MeanChangeRow;
  bySchool: MeanChangeRow[];
  byCriterion: MeanChangeRow[];
}

export interface ActionFacts {
  planned: number;
  done: number;
  overdue: number;
}

export interface FactsData {
  baselines: AuditBaselineFact[];
  comparisons: Omit<AuditComparisonFact, "linked">[];
  actions: ActionFacts;
  reflections: { id: string; title: string; occurredOn: string; href: string }[];
  evidenceCount: number;
  evidenceByType: { type: EvidenceType | null; count: number }[];
}

export function typeLabel(type: EvidenceType | null): string {
  return type ? EVIDENCE_TYPE_SHORT_LABELS[type] : "Type not given";
}

/** "3 of 5 actions done, 1 overdue". */
export function actionsSentence(actions: FactsData["actions"]): string {
  if (actions.planned === 0) return "No actions planned yet.";
  const overdue = actions.overdue > 0 ? `, ${actions.overdue} overdue` : "";
  return `${actions.done} of ${actions.planned} planned action${actions.planned === 1 ? "" : "s"} done${overdue}.`;
}

export function evidenceSentence(facts: Pick<FactsData, "evidenceCount" | "evidenceByType">): string {
  if (facts.evidenceCount === 0) return "No evidence yet.";
  const parts = facts.evidenceByType.map((row) => `${row.count} ${typeLabel(row.type).toLowerCase()}`);
  return `${facts.evidenceCount} piece${facts.evidenceCount === 1 ? "" : "s"} of evidence: ${parts.join(", ")}.`;
}

function ChangeTable({
  caption,
  rowHeader,
  rows,
  baselineOn,
  followUpOn,
}: {
  caption: string;
  rowHeader: string;
  rows: MeanChangeRow[];
  baselineOn: string;
  followUpOn: string;
}) {
  const columns: Column<MeanChangeRow>[] = [
    { header: rowHeader, cell: (row) => row.label },
    {
      header: (
        <>
          Baseline <span className="muted">{baselineOn ? <DateText value={baselineOn} /> : null}</span>
        </>
      ),
      cell: (row) => formatMean(row.baselineMean),
      className: "evaluation-number",
    },
    {
      header: (
        <>
          Follow-up{" "}
          <span className="muted">
            <DateText value={followUpOn} />
          </span>
        </>
      ),
      cell: (row) => formatMean(row.followUpMean),
      className: "evaluation-number",
    },
    { header: "Change", cell: (row) => formatChange(row.change), className: "evaluation-number" },
  ];
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.id}
      columns={columns}
      caption={caption}
      captionVisible
      className="evaluation-change"
    />
  );
}

/** A follow-up's change since its baseline, school by school or criterion by criterion. */
export function ComparisonChangeTable({
  comparison,
  by,
}: {
  comparison: FactsData["comparisons"][number];
  by: "school" | "criterion";
}) {
  return (
    <ChangeTable
      caption={`Change by ${by}: ${comparison.title}`}
      rowHeader={by === "school" ? "School" : "Criterion"}
      rows={by === "school" ? comparison.bySchool : comparison.byCriterion}
      baselineOn={comparison.baselineConductedOn}
      followUpOn={comparison.conductedOn}
    />
  );
}

/** The whole of what Strands knows, for the top of the evaluation page. */
export function EvaluationFacts({ facts, headingId = "strands-knows" }: { facts: FactsData; headingId?: string }) {
  return (
    <section className="panel evaluation-facts" aria-labelledby={headingId}>
      <h2 id={headingId}>What Strands already knows</h2>
      <p className="hint">
        Filled in from this initiative’s audits, actions, reflections and evidence. Use it as you judge each level.
      </p>
      <h3>Audits</h3>
      {facts.baselines.length === 0 && facts.comparisons.length === 0 ? (
        <p>
          No audits of this initiative’s schools yet. A baseline audit now, and a follow-up later, will show the change.
        </p>
      ) : null}
      {facts.baselines.length > 0 ? (
        <ul className="evaluation-facts__list">
          {facts.baselines.map((b) => (
            <li key={b.id}>
              Baseline <Link to={`/audits/${b.id}`}>{b.title}</Link>, <DateText value={b.conductedOn} />: mean rating{" "}
              <strong>{formatMean(b.mean)}</strong> out of 4 across {b.schoolCount} school
              {b.schoolCount === 1 ? "" : "s"} and {b.criterionCount} criteri{b.criterionCount === 1 ? "on" : "a"}.
            </li>
          ))}
        </ul>
      ) : null}
      {facts.comparisons.map((c) => (
        <div key={c.followUpId} className="evaluation-facts__comparison">
          <p>
            Follow-up <Link to={`/audits/${c.followUpId}`}>{c.title}</Link>, <DateText value={c.conductedOn} />: mean
            rating {formatMean(c.overall.baselineMean)} then, {formatMean(c.overall.followUpMean)} now, a change of{" "}
            <strong>{formatChange(c.overall.change)}</strong>.
          </p>
          <ComparisonChangeTable comparison={c} by="school" />
          <details className="evaluation-facts__details">
            <summary>Change by criterion</summary>
            <ComparisonChangeTable comparison={c} by="criterion" />
          </details>
        </div>
      ))}
      <h3>Actions</h3>
      <p>{actionsSentence(facts.actions)}</p>
      <h3>Reflections</h3>
      {facts.reflections.length === 0 ? (
        <p>No reflections linked to this initiative.</p>
      ) : (
        <>
          <p>
            {facts.reflections.length} reflection{facts.reflections.length === 1 ? "" : "s"} linked to this initiative:
          </p>
          <ul className="evaluation-facts__list">
            {facts.reflections.map((r) => (
              <li key={r.id}>
                <Link to={r.href}>{r.title}</Link>, <DateText value={r.occurredOn} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Evidence</h3>
      <p>{evidenceSentence(facts)}</p>
    </section>
  );
}

/** One line per level of what Strands knows that bears on it. */
export function levelHints(level: number, facts: FactsData): string[] {
  const count = (type: EvidenceType) => facts.evidenceByType.find((row) => row.type === type)?.count ?? 0;
  const pieces = (n: number, what: string) =>
    n === 0 ? `No ${what} evidence yet` : `${n} piece${n === 1 ? "" : "s"} of ${what} evidence`;
  const reflections = `${facts.reflections.length} reflection${facts.reflections.length === 1 ? "" : "s"} linked to the initiative`;
  const audit = facts.comparisons.map(
    (c) =>
      `Audit “${c.title}”: mean rating ${formatMean(c.overall.baselineMean)} → ${formatMean(c.overall.followUpMean)} (${formatChange(c.overall.change)})`,
  );
  switch (level) {
    case 1:
      return [pieces(count("reaction"), "reaction"), reflections];
    case 2:
      return [pieces(count("self_report"), "self-report"), pieces(count("artefact"), "artefact"), reflections];
    case 3:
      return [actionsSentence(facts.actions), ...(audit.length ? audit : ["No follow-up audit yet"])];
    case 4:
      return [pieces(count("observation"), "observation"), pieces(count("artefact"), "artefact"), ...audit];
    default:
      return [pieces(count("pupil_data"), "pupil data"), pieces(count("artefact"), "artefact")];
  }
}

export function JudgementTag({ judgement }: { judgement: Judgement }) {
  return (
    <span className={`tag evaluation-judgement evaluation-judgement--${judgement}`}>{JUDGEMENT_LABELS[judgement]}</span>
  );
}
