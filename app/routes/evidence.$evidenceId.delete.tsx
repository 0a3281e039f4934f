import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { EvidenceSource, evidenceStylesheet } from "~/evidence/panel";
import { EvidenceRecordCrumbs, evidenceReturnPath } from "~/evidence/record-crumbs";
import { getDb } from "~/db.server";
import { deleteEvidence, getEvidenceForEditing } from "~/evidence/changes.server";
import { requireViewer } from "~/utils/permissions.server";

// Removing evidence asks first, on a page of its own, so the confirmation works without JavaScript.

export const meta: MetaFunction = () => [{ title: "Remove evidence – Strands" }];

export const links: LinksFunction = () => [evidenceStylesheet];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const { evidence, record } = await getEvidenceForEditing(getDb(), viewer, params.evidenceId ?? "");
  return { evidence, record };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const record = await deleteEvidence(getDb(), viewer, params.evidenceId ?? "");
  const fromList = new URL(request.url).searchParams.get("from") === "list";
  return redirect(fromList ? "/evidence" : `${record.href}#evidence`);
}

export default function RemoveEvidence() {
  const { evidence, record } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const fromList = searchParams.get("from") === "list";
  const back = evidenceReturnPath(searchParams, record.href, evidence.id);
  return (
    <>
      <EvidenceRecordCrumbs record={record} fromList={fromList} />
      <h1>Are you sure you want to remove “{evidence.title}”?</h1>
      <p>
        <EvidenceSource item={evidence} />
      </p>
      <p>
        It will be taken off your {record.kindLabel.toLowerCase()} for good
        {evidence.kind === "file" ? " and the file will be deleted from Strands" : ""}. You cannot undo this.
      </p>
      <Form method="post" className="button-row">
        <button type="submit" className="button button--warning">
          Yes, remove it
        </button>
        <Link to={back}>No, keep it</Link>
      </Form>
    </>
  );
}
