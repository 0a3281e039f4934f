import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CriterionReviewForm } from "~/accreditation/review-form";
import { CriteriaList } from "~/accreditation/criteria-list";
import { CriterionHistory, MappedItems, ReadinessChecklist } from "~/accreditation/status";
import { getDb } from "~/db.server";
import { requireAccreditationSubject } from "~/accreditation/access.server";
import { getAccreditationForReview, reviewCriterion } from "~/accreditation/review.server";
import { answerCriterionForm } from "~/accreditation/criterion-submission.server";
import { criterionReviewSchema } from "~/schemas/all.server";
import styles from "~/accreditation/accreditation.css";
import { readFormData } from "~/utils/form-data.server";
import { canViewCohort, forbidden, notFound, requireViewer } from "~/utils/permissions.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data && "person" in data ? `${data.person.name}’s accreditation` : "Accreditation"} – Strands` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return getAccreditationForReview(getDb(), viewer, params.cohortId ?? "", params.userId ?? "");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const cohortId = params.cohortId ?? "";
  const userId = params.userId ?? "";
  // This page is for the cohort's leads and admins (a participant has their own page); only leads review.
  if (!canViewCohort(viewer, cohortId)) notFound();
  const subject = await requireAccreditationSubject(getDb(), viewer, cohortId, userId);
  if (!subject.viewerMayReview) forbidden("Only the cohort's leads can review accreditation criteria.");
  const formData = await readFormData(request);
  return answerCriterionForm(formData, criterionReviewSchema, async (review, criterionId) => {
    const status = await reviewCriterion(getDb(), viewer, cohortId, userId, review);
    return `/cohorts/${cohortId}/accreditation/${userId}?${new URLSearchParams({
      reviewed: criterionId,
      outcome: status,
    })}#criterion-${criterionId}`;
  });
}

export default function ReviewAccreditation() {
  const { cohort, person, criteria, readiness, viewerMayReview, viewerIsOwner } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const reviewedId = searchParams.get("reviewed");
  const outcome = searchParams.get("outcome");
  return (
    <>
      <p className="breadcrumbs">
        {viewerIsOwner ? (
          <Link to={`/accreditation/${cohort.id}`}>Back to your accreditation</Link>
        ) : (
          <Link to={`/cohorts/${cohort.id}/accreditation`}>Back to {cohort.name}: accreditation</Link>
        )}
      </p>
      <span className="caption">
        {cohort.programmeName} · {cohort.name}
      </span>
      <h1>{person.name}’s accreditation</h1>
      <nav aria-label="This participant" className="cohort-links">
        <ul>
          <li>
            <Link to={`/cohorts/${cohort.id}/accreditation/${person.id}/document`}>
              Accreditation Evidence Document
            </Link>
          </li>
          {viewerIsOwner ? null : (
            <li>
              <Link to={`/cohorts/${cohort.id}/participants/${person.id}`}>{person.name}’s records</Link>
            </li>
          )}
        </ul>
      </nav>
      {viewerMayReview || viewerIsOwner ? null : (
        <p className="notice">
          You can read this participant’s accreditation; only the cohort’s leads review criteria.
        </p>
      )}
      <ReadinessChecklist readiness={readiness} withLinks={viewerIsOwner} headingId="readiness-heading" />

      <h2>Criteria</h2>
      <CriteriaList criteria={criteria}>
        {(criterion) => (
          <>
            {reviewedId === criterion.id && outcome ? (
              <p className="notice" role="status">
                {outcome === "approved"
                  ? `Approved. ${person.name} will see it on their accreditation page.`
                  : `Sent back for more work. ${person.name} will see your comment on their accreditation page.`}
              </p>
            ) : null}
            <h4>{person.name}’s statement</h4>
            {criterion.statement ? (
              <p className="prose">{criterion.statement}</p>
            ) : (
              <p className="muted">Not written yet.</p>
            )}
            <h4>Evidence and records</h4>
            <MappedItems
              evidence={criterion.evidence}
              records={criterion.records}
              hiddenCount={criterion.hiddenCount}
              viewerIsOwner={viewerIsOwner}
            />
            {criterion.note ? (
              <div className={`lead-note lead-note--${criterion.status}`}>
                <p className="lead-note__title">
                  Latest comment{criterion.reviewerName ? ` from ${criterion.reviewerName}` : ""}
                </p>
                <p className="prose">{criterion.note}</p>
              </div>
            ) : null}
            {viewerMayReview && (criterion.status === "submitted" || criterion.status === "approved") ? (
              <>
                {criterion.status === "approved" ? (
                  <details className="criterion-change" open={actionData?.criterionId === criterion.id}>
                    <summary>Send it back for more work</summary>
                    <CriterionReviewForm
                      criterionId={criterion.id}
                      participantName={person.name}
                      canApprove={false}
                      lastResult={actionData?.criterionId === criterion.id ? actionData.result : undefined}
                    />
                  </details>
                ) : (
                  <>
                    <h4>Your review</h4>
                    <CriterionReviewForm
                      criterionId={criterion.id}
                      participantName={person.name}
                      canApprove
                      lastResult={actionData?.criterionId === criterion.id ? actionData.result : undefined}
                    />
                  </>
                )}
              </>
            ) : viewerMayReview ? (
              <p className="muted">
                {criterion.status === "needs_work"
                  ? `Waiting for ${person.name} to revise it and submit it again.`
                  : `${person.name} has not submitted this criterion yet.`}
              </p>
            ) : null}
            <CriterionHistory history={criterion.history} />
          </>
        )}
      </CriteriaList>
    </>
  );
}
