import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { EvidencePanel, evidenceStylesheet } from "~/evidence/panel";
import { FeedbackPanel, feedbackStylesheet } from "~/feedback/panel";
import { getFeedbackPanel } from "~/feedback/feedback.server";
import { TagList } from "~/components/tag-fields";
import { DateText, OverdueTag, RagTag, StatusTag, VisibilityNote } from "~/components/tags";
import { getDb } from "~/db.server";
import { listEvidenceForEntry } from "~/evidence/evidence.server";
import { getInitiative } from "~/initiatives/initiatives.server";
import { moveAction, setActionRag } from "~/initiatives/action-plan.server";
import { InitiativeHealthSummary, SchoolImplementationSection } from "~/initiatives/health";
import { getInitiativeHealthPanel } from "~/initiatives/health.server";
import { getEvaluationStory } from "~/evaluations/evaluations.server";
import { ChangeTable, JudgementTag, actionsSentence, type FactsData } from "~/evaluations/facts";
import { StrengthFlags, type LevelData } from "~/evaluations/level";
import { formatChange, formatMean } from "~/audits/results";
import evaluationStyles from "~/evaluations/evaluations.css";
import { MoveActionSchema, RagUpdateSchema } from "~/schemas/all.server";
import { RAG_LABELS, RAGS } from "~/schemas/values";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { todayInEngland } from "~/utils/dates";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data && "initiative" in data ? data.initiative.title : "Initiative"} – Strands` },
];

export const links: LinksFunction = () => [
  evidenceStylesheet,
  feedbackStylesheet,
  { rel: "stylesheet", href: evaluationStyles },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  // One date for every section: working out England's date costs a time-zone lookup each time (bench profile).
  const today = todayInEngland();
  const initiative = await getInitiative(getDb(), viewer, params.initiativeId ?? "", today);
  const { levels, facts } = await getEvaluationStory(
    getDb(),
    viewer,
    initiative.id,
    initiative.schools.map((s) => s.id),
    today,
  );
  return {
    initiative,
    story: { levels, facts },
    evidence: await listEvidenceForEntry(getDb(), viewer, initiative.id),
    feedback: await getFeedbackPanel(getDb(), viewer, initiative.id),
    health: await getInitiativeHealthPanel(getDb(), viewer, initiative.id, today),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const initiativeId = params.initiativeId ?? "";
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  if (intent === "set-rag") {
    const parsed = RagUpdateSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return data({ error: "Choose a status for the action." }, { status: 400 });
    await setActionRag(getDb(), viewer, initiativeId, parsed.data.actionId, parsed.data.rag);
    return { ok: true, message: `Status updated to ${RAG_LABELS[parsed.data.rag]}.` };
  }
  if (intent === "move") {
    const parsed = MoveActionSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return data({ error: "Choose an action and a direction." }, { status: 400 });
    await moveAction(getDb(), viewer, initiativeId, parsed.data.actionId, parsed.data.direction);
    return { ok: true, message: "Action moved." };
  }
  return data({ error: "That is not something this page does." }, { status: 400 });
}

function OutcomeTable({
  caption,
  outcomes,
}: {
  caption: string;
  outcomes: { id: string; description: string; measure: string; measuredWhen: string }[];
}) {
  if (outcomes.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">What you intend to see</th>
            <th scope="col">How it will be measured</th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((o) => (
            <tr key={o.id}>
              <td>{o.description}</td>
              <td>{o.measure}</td>
              <td>{o.measuredWhen}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// The story's chapters that come from other records: the baseline audit, the follow-up's change, and the
// evaluation's judgements level by level.

function BaselineChapter({ baselines, canEdit }: { baselines: FactsData["baselines"]; canEdit: boolean }) {
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

function FollowUpChapter({ comparisons }: { comparisons: FactsData["comparisons"] }) {
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
          <ChangeTable
            caption={`Change by school: ${c.title}`}
            rowHeader="School"
            rows={c.bySchool}
            baselineOn={c.baselineConductedOn}
            followUpOn={c.conductedOn}
          />
        </div>
      ))}
    </>
  );
}

function EvaluationChapter({ levels, canEdit }: { levels: LevelData[]; canEdit: boolean }) {
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

export default function InitiativePage() {
  const { initiative, story, evidence, feedback, health } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
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
      <InitiativeHealthSummary initiativeId={initiative.id} health={health.status} canEdit={initiative.canEdit} />
      {initiative.canEdit ? (
        <p>
          <Link to="edit" className="button button--secondary">
            Edit initiative
          </Link>
        </p>
      ) : null}
      {result && "message" in result ? (
        <p className="notice" role="status">
          {result.message}
        </p>
      ) : null}
      {result && "error" in result ? (
        <p className="error-summary" role="alert">
          {result.error}
        </p>
      ) : null}

      <section className="story-chapter" aria-labelledby="story-baseline">
        <h2 id="story-baseline">
          <span className="story-chapter__number">1.</span> Where we started
        </h2>
        <BaselineChapter baselines={story.facts.baselines} canEdit={initiative.canEdit} />
      </section>

      <section className="story-chapter" aria-labelledby="story-plan">
        <h2 id="story-plan">
          <span className="story-chapter__number">2.</span> The plan
        </h2>
        <h3>The problem</h3>
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>Problem</dt>
            <dd>{initiative.problem}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Evidence of need</dt>
            <dd>{initiative.evidenceOfNeed}</dd>
          </div>
        </dl>

        <h3>The approach</h3>
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>What will be done</dt>
            <dd>{initiative.approach}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Active ingredients</dt>
            <dd>{initiative.activeIngredients}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Schools</dt>
            <dd>{initiative.schools.map((s) => s.name).join(", ")}</dd>
          </div>
        </dl>

        <h3>How we will know it worked</h3>
        <OutcomeTable caption="Intended implementation outcomes" outcomes={initiative.implementationOutcomes} />
        <OutcomeTable caption="Final outcomes for pupils" outcomes={initiative.finalOutcomes} />

        <h3>Outcome strands</h3>
        <TagList strands={initiative.strands} statements={initiative.statements} />
      </section>

      <section className="story-chapter" aria-labelledby="action-plan">
        <h2 id="action-plan">
          <span className="story-chapter__number">3.</span> Action plan
        </h2>
        <p className="story-headline">{actionsSentence(story.facts.actions)}</p>
        {initiative.actions.length === 0 ? (
          <p>{initiative.canEdit ? "No actions yet. Add the first step of your plan." : "No actions yet."}</p>
        ) : (
          <ol className="action-list">
            {initiative.actions.map((action, index) => (
              <li
                key={action.id}
                id={`action-${action.id}`}
                className={`action${action.overdue ? " action--overdue" : ""}`}
              >
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
                  <div className="summary-list__row">
                    <dt>Success criteria</dt>
                    <dd>{action.successCriteria}</dd>
                  </div>
                  <div className="summary-list__row">
                    <dt>Schools</dt>
                    <dd>{action.schools.map((s) => s.name).join(", ")}</dd>
                  </div>
                </dl>
                {initiative.canEdit ? (
                  <div className="action__controls">
                    <Form method="post" className="inline-form" preventScrollReset>
                      <input type="hidden" name="intent" value="set-rag" />
                      <input type="hidden" name="actionId" value={action.id} />
                      <div>
                        <label className="label" htmlFor={`rag-${action.id}`}>
                          Status of action {index + 1}
                        </label>
                        <select
                          id={`rag-${action.id}`}
                          name="rag"
                          defaultValue={action.rag}
                          className="select"
                          key={action.rag}
                        >
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
                      {index < initiative.actions.length - 1 ? (
                        <button type="submit" name="direction" value="down" className="button button--link">
                          Move down<span className="visually-hidden"> action {index + 1}</span>
                        </button>
                      ) : null}
                    </Form>
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {initiative.canEdit ? (
          <Link to="actions/new" className="button">
            Add an action
          </Link>
        ) : null}
        <SchoolImplementationSection
          initiativeId={initiative.id}
          schools={health.schools}
          canEdit={initiative.canEdit}
        />
      </section>

      <section className="story-chapter" aria-labelledby="story-follow-up">
        <h2 id="story-follow-up">
          <span className="story-chapter__number">4.</span> Follow-up: what changed
        </h2>
        <FollowUpChapter comparisons={story.facts.comparisons} />
      </section>

      <section className="story-chapter" aria-labelledby="story-evaluation">
        <h2 id="story-evaluation">
          <span className="story-chapter__number">5.</span> Evaluation
        </h2>
        <EvaluationChapter levels={story.levels} canEdit={initiative.canEdit} />
      </section>

      <div className="story-chapter story-chapter--evidence">
        <EvidencePanel entryId={initiative.id} items={evidence} canEdit={initiative.canEdit} />
      </div>
      <FeedbackPanel {...feedback} />
    </>
  );
}
