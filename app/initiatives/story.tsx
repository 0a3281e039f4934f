import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { DataTable, type Column } from "~/components/data-table";
import { TagList } from "~/components/tag-fields";
import { DateText, OverdueTag, RagTag, StatusTag, VisibilityNote } from "~/components/tags";
import { ComparisonChangeTable, JudgementTag, actionsSentence, type FactsData } from "~/evaluations/facts";
import { StrengthFlags, type LevelData } from "~/evaluations/level";
import { formatChange, formatMean } from "~/audits/results";
import { InitiativeHealthSummary, type HealthView } from "~/initiatives/health";
import { RAG_LABELS, RAGS } from "~/schemas/values";
import type { InitiativeDetail } from "~/initiatives/initiatives.server";

// The initiative page told as a story, chapter by chapter: where it started (the baseline audit), the plan,
// the action plan, what changed at the follow-up and the evaluation's judgements level by level.

type Initiative = InitiativeDetail;
type Outcome = InitiativeDetail["finalOutcomes"][number];
type Action = InitiativeDetail["actions"][number];

/** A numbered chapter of the story, named by its heading. */
export function StoryChapter({
  id,
  number,
  title,
  children,
}: {
  id: string;
  number: number;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="story-chapter" aria-labelledby={id}>
      <h2 id={id}>
        <span className="story-chapter__number">{`${number}.`}</span>
        {` ${title}`}
      </h2>
      {children}
    </section>
  );
}

/** Breadcrumbs, title, status line, health and the owner's edit link. */
export function InitiativeHeader({ initiative, health }: { initiative: Initiative; health: HealthView }) {
  const overdue = initiative.actions.filter((a) => a.overdue).length;
  return (
    <>
      <p className="breadcrumbs">
        {initiative.canEdit ? (
          <Link to="/initiatives">Your initiatives</Link>
        ) : (
          <Link to={`/cohorts/${initiative.cohortId}`}>{initiative.cohortName}</Link>
        )}
      </p>
      <span className="caption">
        {initiative.canEdit ? "Your initiative" : `${initiative.ownerName}’s initiative`} · {initiative.cohortName}
      </span>
      <h1>{initiative.title}</h1>
      <p className="card__meta">
        <StatusTag status={initiative.status} />
        <OverdueTag count={overdue} />
        <span>
          <DateText value={initiative.startsOn} /> to <DateText value={initiative.endsOn} />
        </span>
        <VisibilityNote visibility={initiative.visibility} />
      </p>
      <InitiativeHealthSummary initiativeId={initiative.id} health={health} canEdit={initiative.canEdit} />
      {initiative.canEdit ? (
        <p>
          <Link to="edit" className="button button--secondary">
            Edit initiative
          </Link>
        </p>
      ) : null}
    </>
  );
}

const outcomeColumns: Column<Outcome>[] = [
  { header: "What you intend to see", cell: (o) => o.description },
  { header: "How it will be measured", cell: (o) => o.measure },
  { header: "When", cell: (o) => o.measuredWhen },
];

function OutcomeTable({ caption, outcomes }: { caption: string; outcomes: Outcome[] }) {
  if (outcomes.length === 0) return null;
  return (
    <DataTable
      rows={outcomes}
      rowKey={(o) => o.id}
      columns={outcomeColumns}
      caption={caption}
      captionVisible
      rowHeaders={false}
    />
  );
}

function SummaryRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function PlanChapter({ initiative }: { initiative: Initiative }) {
  return (
    <>
      <h3>The problem</h3>
      <dl className="summary-list">
        <SummaryRow term="Problem">{initiative.problem}</SummaryRow>
        <SummaryRow term="Evidence of need">{initiative.evidenceOfNeed}</SummaryRow>
      </dl>

      <h3>The approach</h3>
      <dl className="summary-list">
        <SummaryRow term="What will be done">{initiative.approach}</SummaryRow>
        <SummaryRow term="Active ingredients">{initiative.activeIngredients}</SummaryRow>
        <SummaryRow term="Schools">{initiative.schools.map((s) => s.name).join(", ")}</SummaryRow>
      </dl>

      <h3>How we will know it worked</h3>
      <OutcomeTable caption="Intended implementation outcomes" outcomes={initiative.implementationOutcomes} />
      <OutcomeTable caption="Final outcomes for pupils" outcomes={initiative.finalOutcomes} />

      <h3>Outcome strands</h3>
      <TagList strands={initiative.strands} statements={initiative.statements} />
    </>
  );
}

/** The owner's controls on one action: its status, a link to edit it, and moving it up or down the plan. */
function ActionControls({ action, index, count }: { action: Action; index: number; count: number }) {
  return (
    <div className="action__controls">
      <Form method="post" className="inline-form" preventScrollReset>
        <input type="hidden" name="intent" value="set-rag" />
        <input type="hidden" name="actionId" value={action.id} />
        <div>
          <label className="label" htmlFor={`rag-${action.id}`}>
            Status of action {index + 1}
          </label>
          <select id={`rag-${action.id}`} name="rag" defaultValue={action.rag} className="select" key={action.rag}>
            {RAGS.map((rag) => (
              <option key={rag} value={rag}>
                {RAG_LABELS[rag]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary button--small">
          Update status<span className="visually-hidden"> of action {index + 1}</span>
        </button>
      </Form>
      <Link to={`actions/${action.id}`}>
        Edit<span className="visually-hidden"> action {index + 1}</span>
      </Link>
      <Form method="post" className="inline-form" preventScrollReset>
        <input type="hidden" name="intent" value="move" />
        <input type="hidden" name="actionId" value={action.id} />
        {index > 0 ? (
          <button type="submit" name="direction" value="up" className="button button--link">
            Move up<span className="visually-hidden"> action {index + 1}</span>
          </button>
        ) : null}
        {index < count - 1 ? (
          <button type="submit" name="direction" value="down" className="button button--link">
            Move down<span className="visually-hidden"> action {index + 1}</span>
          </button>
        ) : null}
      </Form>
    </div>
  );
}

function ActionItem({
  action,
  index,
  count,
  canEdit,
}: {
  action: Action;
  index: number;
  count: number;
  canEdit: boolean;
}) {
  return (
    <li id={`action-${action.id}`} className={`action${action.overdue ? " action--overdue" : ""}`}>
      <h3>{action.description}</h3>
      <p className="card__meta">
        <RagTag rag={action.rag} />
        {action.overdue ? <OverdueTag /> : null}
        <span>
          Due <DateText value={action.dueOn} />
        </span>
        <span>Owner: {action.ownerName}</span>
      </p>
      <dl className="summary-list">
        <SummaryRow term="Success criteria">{action.successCriteria}</SummaryRow>
        <SummaryRow term="Schools">{action.schools.map((s) => s.name).join(", ")}</SummaryRow>
      </dl>
      {canEdit ? <ActionControls action={action} index={index} count={count} /> : null}
    </li>
  );
}

/** The action plan: how far it has got, each action (with the owner's controls) and a link to add one. */
export function ActionPlan({ initiative, facts }: { initiative: Initiative; facts: FactsData["actions"] }) {
  return (
    <>
      <p className="story-headline">{actionsSentence(facts)}</p>
      {initiative.actions.length === 0 ? (
        <p>{initiative.canEdit ? "No actions yet. Add the first step of your plan." : "No actions yet."}</p>
      ) : (
        <ol className="action-list">
          {initiative.actions.map((action, index) => (
            <ActionItem
              key={action.id}
              action={action}
              index={index}
              count={initiative.actions.length}
              canEdit={initiative.canEdit}
            />
          ))}
        </ol>
      )}
      {initiative.canEdit ? (
        <Link to="actions/new" className="button">
          Add an action
        </Link>
      ) : null}
    </>
  );
}

// The story's chapters that come from other records: the baseline audit, the follow-up's change, and the
// evaluation's judgements level by level.

export function BaselineChapter({ baselines, canEdit }: { baselines: FactsData["baselines"]; canEdit: boolean }) {
  if (baselines.length === 0) {
    return (
      <p>
        No baseline audit of this initiative’s schools yet.{" "}
        {canEdit ? <Link to="/audits/new">Start a baseline audit</Link> : null}
      </p>
    );
  }
  return (
    <ul className="story-levels">
      {baselines.map((b) => (
        <li key={b.id}>
          <p className="story-headline">
            <Link to={`/audits/${b.id}`}>{b.title}</Link>, <DateText value={b.conductedOn} />: mean rating{" "}
            <strong>{formatMean(b.mean)}</strong> out of 4
          </p>
          <p className="muted">
            {b.focus && b.focus !== b.title ? `${b.focus}. ` : ""}
            {b.schoolCount} school{b.schoolCount === 1 ? "" : "s"}, {b.criterionCount} criteri
            {b.criterionCount === 1 ? "on" : "a"}.
          </p>
        </li>
      ))}
    </ul>
  );
}

export function FollowUpChapter({ comparisons }: { comparisons: FactsData["comparisons"] }) {
  if (comparisons.length === 0) {
    return <p>No follow-up audit yet. A follow-up of the baseline will show the change here.</p>;
  }
  return (
    <>
      {comparisons.map((c) => (
        <div key={c.followUpId}>
          <p className="story-headline">
            <Link to={`/audits/${c.followUpId}`}>{c.title}</Link>, <DateText value={c.conductedOn} />: mean rating{" "}
            {formatMean(c.overall.baselineMean)} at the baseline, {formatMean(c.overall.followUpMean)} at the follow-up,
            a change of <strong>{formatChange(c.overall.change)}</strong>.
          </p>
          <ComparisonChangeTable comparison={c} by="school" />
        </div>
      ))}
    </>
  );
}

export function EvaluationChapter({ levels, canEdit }: { levels: LevelData[]; canEdit: boolean }) {
  const started = levels.some((l) => l.judgement !== "not_evaluated" || l.findings);
  return (
    <>
      {!started ? (
        <p>
          {canEdit
            ? "Not evaluated yet. Judge the initiative level by level, from reactions to pupils’ learning."
            : "Not evaluated yet."}
        </p>
      ) : null}
      <ol className="story-levels">
        {levels.map((level) => (
          <li key={level.level}>
            <p className="story-levels__head">
              <strong>
                Level {level.level}: {level.title}
              </strong>
              <JudgementTag judgement={level.judgement} />
            </p>
            {level.findings ? <p className="prose">{level.findings}</p> : null}
            <StrengthFlags flags={level.flags} level={level.level} />
          </li>
        ))}
      </ol>
      <p className="story-noprint">
        <Link to="evaluation" className={canEdit ? "button" : undefined}>
          {canEdit ? "Evaluate this initiative" : "Read the evaluation in full"}
        </Link>
      </p>
    </>
  );
}
