import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CriterionWorkForm } from "~/accreditation/criterion-form";
import { CriteriaList } from "~/accreditation/criteria-list";
import { CriterionHistory, MappedItems, ReadinessChecklist } from "~/accreditation/status";
import { getDb } from "~/db.server";
import { getMappingOptions, workChoicesFrom } from "~/accreditation/criteria.server";
import { getOwnAccreditation, saveCriterionWork } from "~/accreditation/participant.server";
import { answerCriterionForm } from "~/accreditation/criterion-submission.server";
import { criterionWorkSchema } from "~/schemas/all.server";
import styles from "~/accreditation/accreditation.css";
import { readFormData } from "~/utils/form-data.server";
import { notFound, participatesIn, requireViewer } from "~/utils/permissions.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Accreditation${data && "cohort" in data ? `: ${data.cohort.name}` : ""} – Strands` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const accreditation = await getOwnAccreditation(getDb(), viewer, params.cohortId ?? "");
  return { ...accreditation, choices: workChoicesFrom(accreditation.options) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const cohortId = params.cohortId ?? "";
  if (!participatesIn(viewer, cohortId)) notFound("We could not find that cohort's accreditation.");
  const formData = await readFormData(request);
  const choices = workChoicesFrom(await getMappingOptions(getDb(), viewer, cohortId));
  // Ids that are not the participant's own are refused by the model with a message beside the field, so the
  // schema here checks shape and the submit rules only.
  return answerCriterionForm(formData, criterionWorkSchema(choices), async (work, criterionId) => {
    const outcome = await saveCriterionWork(getDb(), viewer, cohortId, work);
    const said = outcome.submitted
      ? "submitted"
      : outcome.reopened
        ? "reopened"
        : outcome.changed
          ? "saved"
          : "unchanged";
    return `/accreditation/${cohortId}?${new URLSearchParams({
      saved: criterionId,
      outcome: said,
    })}#criterion-${criterionId}`;
  });
}

const OUTCOME_MESSAGES: Record<string, string> = {
  submitted: "Submitted for review. Your cohort lead will approve it or tell you what needs more work.",
  reopened:
    "Saved. Because you changed it after submitting, it is back to “Not started”: submit it again when it is ready.",
  saved: "Saved as a draft.",
  unchanged: "Nothing had changed, so there was nothing to save.",
};

export default function ParticipantAccreditation() {
  const { cohort, person, criteria, readiness, options, choices } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const savedId = searchParams.get("saved");
  const outcome = searchParams.get("outcome") ?? "";
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/accreditation">Accreditation</Link>
      </p>
      <span className="caption">{cohort.programmeName}</span>
      <h1>Your accreditation: {cohort.name}</h1>
      <p className="lead">
        For each criterion, write how you meet it, map the evidence and records that show it, and submit it for your
        cohort lead to review.
      </p>
      <p>
        <Link to={`/cohorts/${cohort.id}/accreditation/${person.id}/document`}>
          Your Accreditation Evidence Document
        </Link>
      </p>
      <ReadinessChecklist readiness={readiness} withLinks headingId="readiness-heading" />
      <p className="muted">
        Only records you share with your cohort’s leads count: they sign your criteria off, so they need to read them.
      </p>

      <h2>Criteria</h2>
      <CriteriaList criteria={criteria}>
        {(criterion) => (
          <>
            {savedId === criterion.id && OUTCOME_MESSAGES[outcome] ? (
              <p className="notice" role="status">
                {OUTCOME_MESSAGES[outcome]}
              </p>
            ) : null}
            {criterion.note && (criterion.status === "needs_work" || criterion.status === "approved") ? (
              <div className={`lead-note lead-note--${criterion.status}`}>
                <p className="lead-note__title">
                  {criterion.status === "needs_work" ? "What your lead asks you to do" : "Your lead’s comment"}
                  {criterion.reviewerName ? ` (${criterion.reviewerName})` : ""}
                </p>
                <p className="prose">{criterion.note}</p>
              </div>
            ) : null}
            {criterion.status === "submitted" || criterion.status === "approved" ? (
              <>
                <h4>Your statement</h4>
                <p className="prose">{criterion.statement}</p>
              </>
            ) : null}
            <h4>Mapped to this criterion</h4>
            <MappedItems evidence={criterion.evidence} records={criterion.records} hiddenCount={0} viewerIsOwner />
            <CriterionWorkForm
              criterion={criterion}
              options={options}
              choices={choices}
              lastResult={actionData?.criterionId === criterion.id ? actionData.result : undefined}
            />
            <CriterionHistory history={criterion.history} collapsed />
          </>
        )}
      </CriteriaList>
    </>
  );
}
