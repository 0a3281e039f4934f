import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { EvidenceDetailsForm } from "~/evidence/form";
import { EvidenceOpenLink, EvidenceSource, evidenceStylesheet } from "~/evidence/panel";
import { EvidenceRecordCrumbs, evidenceReturnPath } from "~/evidence/record-crumbs";
import { getDb } from "~/db.server";
import { getEvidenceForEditing, statementIdsOf, updateEvidence } from "~/evidence/changes.server";
import { evidenceUpdateSchema, parseWithZod } from "~/schemas/all.server";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { orFieldErrors, replyToInvalid } from "~/utils/form-reply.server";

export const meta: MetaFunction = () => [{ title: "Edit evidence – Strands" }];

export const links: LinksFunction = () => [evidenceStylesheet];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return getEvidenceForEditing(getDb(), viewer, params.evidenceId ?? "");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const evidenceId = params.evidenceId ?? "";
  const { strands, record } = await getEvidenceForEditing(getDb(), viewer, evidenceId);
  const submission = parseWithZod(await readFormData(request), {
    schema: evidenceUpdateSchema({ outcomeIds: statementIdsOf(strands) }),
  });
  if (submission.status !== "success") return replyToInvalid(submission);
  return orFieldErrors(submission, async () => {
    await updateEvidence(getDb(), viewer, evidenceId, submission.value);
    return redirect(evidenceReturnPath(new URL(request.url), record.href, evidenceId));
  });
}

export default function EditEvidence() {
  const { evidence, record, strands } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const back = evidenceReturnPath(searchParams, record.href, evidence.id);
  const fromList = searchParams.get("from") === "list";
  return (
    <>
      <EvidenceRecordCrumbs record={record} fromList={fromList} />
      <h1>Edit evidence</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{evidence.kind === "file" ? "File" : "Link"}</dt>
          <dd>
            <EvidenceSource item={evidence} />
            <br />
            <EvidenceOpenLink item={evidence} />
          </dd>
        </div>
      </dl>
      <p className="hint">
        To use a different {evidence.kind === "file" ? "file" : "link"}, remove this evidence and add the new one.
      </p>
      <EvidenceDetailsForm
        strands={strands}
        lastResult={lastResult}
        defaultValue={{
          title: evidence.title,
          description: evidence.description,
          outcomeIds: evidence.statements.map((s) => s.id),
          evidenceType: evidence.evidenceType ?? "",
        }}
        cancelTo={back}
      />
      <h2>Remove this evidence</h2>
      <p>
        Removing it takes it off the {record.kindLabel.toLowerCase()} for good
        {evidence.kind === "file" ? ", and deletes the file from Strands" : ""}.
      </p>
      <Link to={`/evidence/${evidence.id}/delete${fromList ? "?from=list" : ""}`} className="button button--warning">
        Remove evidence
      </Link>
    </>
  );
}
