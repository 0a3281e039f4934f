import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { AuditMetaLine } from "~/audits/cards";
import { AuditComparison, RatingsTable } from "~/audits/results";
import type { AuditDetail } from "~/audits/detail.server";
import type { followUpSchema } from "~/audits/schema";
import { ErrorSummary, TextField } from "~/components/forms";
import { useLazyValidation } from "~/components/lazy-validation";
import { DateText, VisibilityNote } from "~/components/tags";
import type { z } from "~/schemas/zod";

// The sections of one audit's page: its heading and status, what it links to, the change since the baseline,
// the ratings grid, and the form that starts a follow-up.

type Audit = AuditDetail;

/** Breadcrumbs, caption, title and status line. */
export function AuditHeader({ audit }: { audit: Audit }) {
  const kindName = audit.kind === "baseline" ? "baseline audit" : "follow-up audit";
  return (
    <>
      <p className="breadcrumbs">
        {audit.canEdit ? (
          <Link to="/audits">Your audits</Link>
        ) : (
          <Link to={`/cohorts/${audit.cohortId}`}>{audit.cohortName}</Link>
        )}
      </p>
      <span className="caption">
        {audit.canEdit ? `Your ${kindName}` : `${audit.ownerName}’s ${kindName}`} · {audit.cohortName}
      </span>
      <h1>{audit.focus}</h1>
      <AuditMetaLine audit={audit}>
        <VisibilityNote visibility={audit.visibility} />
      </AuditMetaLine>
    </>
  );
}

/** What the last save did, and the owner's buttons to rate and edit. */
export function AuditNoticesAndControls({ audit, saved }: { audit: Audit; saved: string | null }) {
  return (
    <>
      {saved === "ratings" ? (
        <p className="notice" role="status">
          Your ratings are saved: {audit.rated} of {audit.total} cells rated
          {audit.rated < audit.total ? ". You can finish the rest later." : "."}
        </p>
      ) : null}
      {saved === "audit" ? (
        <p className="notice" role="status">
          Your changes are saved.
        </p>
      ) : null}
      {audit.canEdit ? (
        <p className="button-row">
          <Link to="ratings" className="button">
            {audit.rated === 0 ? "Rate the schools" : audit.rated < audit.total ? "Continue rating" : "Change ratings"}
          </Link>
          <Link to="edit" className="button button--secondary">
            Edit audit
          </Link>
        </p>
      ) : null}
    </>
  );
}

function BaselineName({ conductedOn }: { conductedOn: string | null }) {
  return (
    <>
      The baseline audit
      {conductedOn ? (
        <>
          {" "}
          of <DateText value={conductedOn} />
        </>
      ) : null}
    </>
  );
}

/** The schools, and the initiative, baseline and follow-ups the audit links to (each only if the viewer may open it). */
export function AuditSummary({ audit }: { audit: Audit }) {
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>Schools</dt>
        <dd>{audit.schools.map((s) => s.name).join(", ")}</dd>
      </div>
      {audit.initiative ? (
        <div className="summary-list__row">
          <dt>Initiative</dt>
          <dd>
            <Link to={`/initiatives/${audit.initiative.id}`}>{audit.initiative.title}</Link>
          </dd>
        </div>
      ) : null}
      {audit.baseline ? (
        <div className="summary-list__row">
          <dt>Follows up</dt>
          <dd>
            {audit.baseline.id ? (
              <Link to={`/audits/${audit.baseline.id}`}>
                <BaselineName conductedOn={audit.baseline.conductedOn} />
              </Link>
            ) : (
              <BaselineName conductedOn={audit.baseline.conductedOn} />
            )}
          </dd>
        </div>
      ) : null}
      {audit.followUps.length > 0 ? (
        <div className="summary-list__row">
          <dt>Followed up</dt>
          <dd>
            <ul className="statement-list">
              {audit.followUps.map((f) => (
                <li key={f.id}>
                  <Link to={`/audits/${f.id}`}>
                    Follow-up audit of <DateText value={f.conductedOn} />
                  </Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** A follow-up's change since its baseline, and the ratings grid. */
export function AuditFindings({ audit }: { audit: Audit }) {
  return (
    <>
      {audit.comparison ? (
        <section aria-labelledby="change-heading">
          <h2 id="change-heading">Change since the baseline</h2>
          <p>
            Mean ratings on the scale 1 (not yet evident) to 4 (embedded), over the cells rated. A positive change is an
            improvement.
          </p>
          <AuditComparison
            byCriterion={audit.comparison.byCriterion}
            bySchool={audit.comparison.bySchool}
            baselineOn={audit.baseline?.conductedOn ?? null}
            followUpOn={audit.conductedOn}
          />
        </section>
      ) : null}

      <section aria-labelledby="ratings-heading">
        <h2 id="ratings-heading">Ratings</h2>
        {audit.rated === 0 ? (
          <p>
            {audit.canEdit ? "No schools rated yet. Rate the schools to see the grid here." : "No schools rated yet."}
          </p>
        ) : null}
        <RatingsTable schools={audit.schools} criteria={audit.criteria} ratings={audit.ratings} />
      </section>
    </>
  );
}

export function FollowUpForm({
  today,
  lastResult,
}: {
  today: string;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const validation = useLazyValidation(
    () => import("~/audits/schema"),
    (m) => m.followUpSchema(),
  );
  const [form, fields] = useForm<
    z.input<ReturnType<typeof followUpSchema>>,
    z.output<ReturnType<typeof followUpSchema>>
  >({
    id: "follow-up",
    lastResult,
    defaultValue: { conductedOn: today },
    ...validation.options,
  });
  return (
    <section className="panel audit-panel" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">Follow it up</h2>
      <p>
        A follow-up audit rates the same schools against a copy of these criteria, so you can see what has changed since
        this baseline.
      </p>
      <ErrorSummary form={form} labels={{ conductedOn: "Date of the follow-up" }} />
      <Form method="post" {...getFormProps(form)} {...validation.formProps} className="audit-follow-up-form">
        <input type="hidden" name="intent" value="follow-up" />
        <TextField field={fields.conductedOn} label="Date of the follow-up" type="date" width="short" />
        <button type="submit" className="button">
          Start a follow-up audit
        </button>
      </Form>
    </section>
  );
}
