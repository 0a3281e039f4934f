import { EvidencePanel, evidenceStylesheet } from "~/evidence/panel";
import { FeedbackPanel, feedbackStylesheet } from "~/feedback/panel";
import { getFeedbackPanel } from "~/feedback/feedback.server";
import { listEvidenceForEntry } from "~/evidence/evidence.server";
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AuditKindTag } from "~/audits/cards";
import { AuditComparison, RatingsTable } from "~/audits/results";
import { ErrorSummary, TextField } from "~/components/forms";
import { TagList } from "~/components/tag-fields";
import { DateText, StatusTag, VisibilityNote } from "~/components/tags";
import { getDb } from "~/db.server";
import { startFollowUp } from "~/audits/audits.server";
import { getAudit } from "~/audits/detail.server";
import { followUpSchema, parseWithZod } from "~/schemas/all.server";
import styles from "~/audits/audits.css";
import { todayInEngland } from "~/utils/dates";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { useLazyValidation } from "~/components/lazy-validation";
import type { z } from "~/schemas/zod";
import { orFieldErrors, replyToInvalid } from "~/utils/form-reply.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data && "audit" in data ? data.audit.focus : "Audit"} – Strands` },
];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }, evidenceStylesheet, feedbackStylesheet];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const audit = await getAudit(getDb(), viewer, params.auditId ?? "");
  const saved = new URL(request.url).searchParams.get("saved");
  return {
    audit,
    evidence: await listEvidenceForEntry(getDb(), viewer, audit.id),
    feedback: await getFeedbackPanel(getDb(), viewer, audit.id),
    today: todayInEngland(),
    saved: saved === "ratings" || saved === "audit" ? saved : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const formData = await readFormData(request);
  if (formData.get("intent") !== "follow-up") {
    return data(
      { status: "error", error: { "": ["That is not something this page does."] } } as SubmissionResult<string[]>,
      {
        status: 400,
      },
    );
  }
  const submission = parseWithZod(formData, { schema: followUpSchema() });
  if (submission.status !== "success") return replyToInvalid(submission);
  return orFieldErrors(submission, async () => {
    const id = await startFollowUp(getDb(), viewer, params.auditId ?? "", submission.value);
    return redirect(`/audits/${id}/ratings`);
  });
}

function FollowUpForm({ today, lastResult }: { today: string; lastResult: SubmissionResult<string[]> | undefined }) {
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

export default function AuditPage() {
  const { audit, evidence, today, saved, feedback } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
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
      <p className="card__meta">
        <AuditKindTag kind={audit.kind} />
        <StatusTag status={audit.status} />
        <span>
          <DateText value={audit.conductedOn} />
        </span>
        <span>
          {audit.rated} of {audit.total} ratings
        </span>
        <VisibilityNote visibility={audit.visibility} />
      </p>
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
                  The baseline audit
                  {audit.baseline.conductedOn ? (
                    <>
                      {" "}
                      of <DateText value={audit.baseline.conductedOn} />
                    </>
                  ) : null}
                </Link>
              ) : (
                <>
                  The baseline audit
                  {audit.baseline.conductedOn ? (
                    <>
                      {" "}
                      of <DateText value={audit.baseline.conductedOn} />
                    </>
                  ) : null}
                </>
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

      {audit.canEdit && audit.kind === "baseline" ? <FollowUpForm today={today} lastResult={lastResult} /> : null}

      <h2>Outcome strands</h2>
      <TagList strands={audit.strands} statements={audit.statements} />
      <EvidencePanel entryId={audit.id} items={evidence} canEdit={audit.canEdit} />
      <FeedbackPanel {...feedback} />
    </>
  );
}
