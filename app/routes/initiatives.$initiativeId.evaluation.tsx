import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { EvaluationFacts, JudgementTag, levelHints } from "~/evaluations/facts";
import { EvaluationLevelForm, EvaluationLevelReadOnly, StrengthFlags } from "~/evaluations/level";
import { DateText } from "~/components/tags";
import { getDb } from "~/db.server";
import { InputError } from "~/utils/errors.server";
import { evaluationEvidenceIds, saveEvaluationLevel, viewEvaluation } from "~/evaluations/evaluations.server";
import { evaluationLevelSchema, parseWithZod } from "~/schemas/all.server";
import evaluationStyles from "~/evaluations/evaluations.css";
import { readFormData } from "~/utils/form-data.server";
import { requireViewer } from "~/utils/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Evaluation: ${data && "initiative" in data ? data.initiative.title : "initiative"} – Strands` },
];

export const links: LinksFunction = () => [{ rel: "stylesheet", href: evaluationStyles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const { ownerId: _ownerId, ...detail } = await viewEvaluation(getDb(), viewer, params.initiativeId ?? "");
  return detail;
}

/** Which level's form an answer belongs to: the level sent, if it is one. */
function levelOf(formData: FormData): number | null {
  const level = Number(formData.get("level"));
  return Number.isInteger(level) && level >= 1 && level <= 5 ? level : null;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const initiativeId = params.initiativeId ?? "";
  const formData = await readFormData(request);
  if (formData.get("intent") !== "save-level") {
    return data({ level: null, result: undefined as SubmissionResult<string[]> | undefined }, { status: 400 });
  }
  // Who may save is settled (404/403) before the form is read.
  const evidenceIds = await evaluationEvidenceIds(getDb(), viewer, initiativeId);
  const submission = parseWithZod(formData, { schema: evaluationLevelSchema({ evidenceIds }) });
  const level = levelOf(formData);
  if (submission.status !== "success") {
    return data({ level, result: submission.reply() }, { status: 400 });
  }
  try {
    await saveEvaluationLevel(getDb(), viewer, initiativeId, submission.value);
  } catch (error) {
    if (error instanceof InputError) {
      return data({ level, result: submission.reply({ fieldErrors: error.fieldErrors }) }, { status: 400 });
    }
    throw error;
  }
  return redirect(
    `/initiatives/${initiativeId}/evaluation?saved=${submission.value.level}#level-${submission.value.level}`,
  );
}

export default function InitiativeEvaluation() {
  const { initiative, levels, evidence, facts } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const saved = Number(searchParams.get("saved"));
  const addEvidenceHref = `/records/${initiative.id}/evidence/new`;
  return (
    <div className="evaluation-page">
      <p className="breadcrumbs">
        <Link to={`/initiatives/${initiative.id}`}>Back to {initiative.title}</Link>
      </p>
      <span className="caption">
        {initiative.canEdit ? "Your initiative" : `${initiative.ownerName}’s initiative`} · {initiative.cohortName}
      </span>
      <h1>Evaluating {initiative.title}</h1>
      <p className="lead">
        Judge the initiative level by level, from how teachers felt about it to what changed for pupils (Guskey’s five
        levels). For each level, say what you looked for, how, what you found, and the evidence your judgement rests on.
      </p>
      {answer && answer.level === null ? (
        <p className="error-summary" role="alert">
          We could not tell which level to save. Try again from the level’s own Save button.
        </p>
      ) : null}
      {saved >= 1 && saved <= 5 && !answer ? (
        <p className="notice" role="status">
          Level {saved} saved.
        </p>
      ) : null}

      <nav aria-label="Levels" className="evaluation-contents">
        <ol>
          {levels.map((level) => (
            <li key={level.level}>
              <a href={`#level-${level.level}`}>
                Level {level.level}: {level.title}
              </a>{" "}
              <JudgementTag judgement={level.judgement} />
              {level.flags.length > 0 ? <span className="tag evaluation-weak-tag">Evidence weak</span> : null}
            </li>
          ))}
        </ol>
      </nav>

      <EvaluationFacts facts={facts} />

      {levels.map((level) => (
        <section
          key={level.level}
          className="evaluation-level"
          id={`level-${level.level}`}
          aria-labelledby={`level-${level.level}-title`}
        >
          <h2 id={`level-${level.level}-title`}>
            Level {level.level}: {level.title}
          </h2>
          <p className="evaluation-level__question">{level.question}</p>
          <div className="evaluation-level__body">
            <aside className="evaluation-level__knows" aria-label={`What Strands knows for level ${level.level}`}>
              <p className="evaluation-level__knows-title">What Strands knows</p>
              <ul>
                {levelHints(level.level, facts).map((hint) => (
                  <li key={hint}>{hint}</li>
                ))}
              </ul>
            </aside>
            <div className="evaluation-level__main">
              <StrengthFlags flags={level.flags} level={level.level} />
              {level.updatedAt ? (
                <p className="muted evaluation-level__updated">
                  Last saved <DateText value={level.updatedAt} />
                </p>
              ) : null}
              {initiative.canEdit ? (
                <EvaluationLevelForm
                  level={level}
                  choices={evidence}
                  lastResult={answer && answer.level === level.level ? answer.result : undefined}
                  addEvidenceHref={addEvidenceHref}
                />
              ) : (
                <EvaluationLevelReadOnly level={level} />
              )}
            </div>
          </div>
        </section>
      ))}
    </div>
  );
}
