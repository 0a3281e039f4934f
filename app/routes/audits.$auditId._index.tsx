import { EvidencePanel, evidenceStylesheet } from "~/evidence/panel";
import { FeedbackPanel, feedbackStylesheet } from "~/feedback/panel";
import { getFeedbackPanel } from "~/feedback/feedback.server";
import { listEvidenceForEntry } from "~/evidence/evidence.server";
import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import {
  AuditFindings,
  AuditHeader,
  AuditNoticesAndControls,
  AuditSummary,
  FollowUpForm,
} from "~/audits/page-sections";
import { TagList } from "~/components/tag-fields";
import { getDb } from "~/db.server";
import { startFollowUp } from "~/audits/audits.server";
import { getAudit } from "~/audits/detail.server";
import { followUpSchema, parseWithZod } from "~/schemas/all.server";
import styles from "~/audits/audits.css";
import { todayInEngland } from "~/utils/dates";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
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

export default function AuditPage() {
  const { audit, evidence, today, saved, feedback } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <AuditHeader audit={audit} />
      <AuditNoticesAndControls audit={audit} saved={saved} />

      <AuditSummary audit={audit} />

      <AuditFindings audit={audit} />

      {audit.canEdit && audit.kind === "baseline" ? <FollowUpForm today={today} lastResult={lastResult} /> : null}

      <h2>Outcome strands</h2>
      <TagList strands={audit.strands} statements={audit.statements} />
      <EvidencePanel entryId={audit.id} items={evidence} canEdit={audit.canEdit} />
      <FeedbackPanel {...feedback} />
    </>
  );
}
