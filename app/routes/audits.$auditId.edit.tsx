import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AuditEditForm } from "~/audits/edit-form";
import { getDb } from "~/db.server";
import { deleteAudit, getAuditEditOptions, getAuditForEditing, updateAudit } from "~/audits/edit.server";
import { auditEditSchema, parseWithZod } from "~/schemas/all.server";
import styles from "~/audits/audits.css";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { orFieldErrors, replyToInvalid } from "~/utils/form-reply.server";

export const meta: MetaFunction = () => [{ title: "Edit audit – Strands" }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const id = params.auditId ?? "";
  const audit = await getAuditForEditing(getDb(), viewer, id);
  const options = await getAuditEditOptions(getDb(), viewer, id);
  return { id, audit, ...options };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const id = params.auditId ?? "";
  const formData = await readFormData(request);
  if (formData.get("intent") === "delete") {
    await deleteAudit(getDb(), viewer, id);
    return redirect("/audits");
  }
  const { choices } = await getAuditEditOptions(getDb(), viewer, id);
  const submission = parseWithZod(formData, { schema: auditEditSchema(choices) });
  if (submission.status !== "success") return replyToInvalid(submission);
  return orFieldErrors(submission, async () => {
    await updateAudit(getDb(), viewer, id, submission.value);
    return redirect(`/audits/${id}?saved=audit`);
  });
}

export default function EditAudit() {
  const { id, audit, initiatives, strands, choices } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/audits/${id}`}>Back to {audit.values.focus}</Link>
      </p>
      <h1>Edit your audit</h1>
      <p className="lead">The schools stay as the audit was made, so that a follow-up can repeat them.</p>
      <AuditEditForm
        id={id}
        initiatives={initiatives}
        strands={strands}
        choices={choices}
        lastResult={lastResult}
        defaultValue={audit.values}
        isFollowUp={audit.kind === "follow_up"}
      />
      <h2>Delete this audit</h2>
      {audit.followUpCount > 0 ? (
        <p>
          This baseline has{" "}
          {audit.followUpCount === 1 ? "a follow-up audit" : `${audit.followUpCount} follow-up audits`} that compare
          {audit.followUpCount === 1 ? "s" : ""} with it. To delete the baseline, delete{" "}
          {audit.followUpCount === 1 ? "the follow-up" : "the follow-ups"} first.
        </p>
      ) : (
        <>
          <p>Deleting an audit removes its criteria and every rating for good.</p>
          <Form method="post">
            <input type="hidden" name="intent" value="delete" />
            <button type="submit" className="button button--warning">
              Delete audit
            </button>
          </Form>
        </>
      )}
    </>
  );
}
