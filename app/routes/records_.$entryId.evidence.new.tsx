import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { EvidenceForm } from "~/evidence/form";
import { evidenceStylesheet } from "~/evidence/panel";
import { getDb } from "~/db.server";
import { addFileEvidence, addLinkEvidence, getEvidenceFormOptions, statementIdsOf } from "~/evidence/changes.server";
import {
  CHOOSE_FILE_AGAIN_MESSAGE,
  FILE_TOO_LARGE_MESSAGE,
  UNREADABLE_UPLOAD_MESSAGE,
} from "~/evidence/evidence.server";
import { evidenceSchema, parseWithZod } from "~/schemas/all.server";
import { requireViewer } from "~/utils/permissions.server";
import { MAX_EVIDENCE_FILE_BYTES } from "~/utils/security.server";
import { formProblem, readUploadForm } from "~/utils/form-data.server";
import { orFieldErrors } from "~/utils/form-reply.server";

// "records_" keeps this page out of the /records search page's layout (app/routes/records.tsx); the address is
// still /records/:entryId/evidence/new.

export const meta: MetaFunction = () => [{ title: "Add evidence – Strands" }];

export const links: LinksFunction = () => [evidenceStylesheet];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const { record, strands } = await getEvidenceFormOptions(getDb(), viewer, params.entryId ?? "");
  return { record, strands, maxFileBytes: MAX_EVIDENCE_FILE_BYTES };
}

/** The form's answer when the upload could not be read at all: the message beside the file field. */
function refusal(message: string): SubmissionResult<string[]> {
  return { status: "error", initialValue: { kind: "file" }, error: { file: [message] } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const entryId = params.entryId ?? "";
  // Who may add evidence is settled before a byte of the upload is read.
  const { record, strands } = await getEvidenceFormOptions(getDb(), viewer, entryId);
  const upload = await readUploadForm(request, { fileField: "file", maxFileBytes: MAX_EVIDENCE_FILE_BYTES });
  if (!upload.ok && upload.reason === "too-large") return data(refusal(FILE_TOO_LARGE_MESSAGE), { status: 413 });
  if (!upload.ok) return data(refusal(UNREADABLE_UPLOAD_MESSAGE), { status: 400 });
  const formProblemMessage = formProblem(upload.formData);
  if (formProblemMessage) return data(refusal(formProblemMessage), { status: 400 });

  const schema = evidenceSchema({ outcomeIds: statementIdsOf(strands), maxFileBytes: MAX_EVIDENCE_FILE_BYTES });
  const submission = parseWithZod(upload.formData, { schema });
  if (upload.fileTooLarge) {
    return data(submission.reply({ fieldErrors: { file: [FILE_TOO_LARGE_MESSAGE] } }), { status: 413 });
  }
  if (submission.status !== "success") {
    // A file cannot be sent back to the browser: if one came with this attempt, say it must be chosen again.
    const sentFile = upload.formData.get("file");
    const fileKept = sentFile instanceof File && sentFile.size > 0 && upload.formData.get("kind") === "file";
    const fileErrors = submission.error?.file;
    const reply =
      fileKept && !fileErrors?.length
        ? submission.reply({ fieldErrors: { file: [CHOOSE_FILE_AGAIN_MESSAGE] } })
        : submission.reply();
    return data(reply, { status: submission.status === "error" ? 400 : 200 });
  }

  const { kind, title, description, outcomeIds, evidenceType, file, url } = submission.value;
  return orFieldErrors(submission, async () => {
    const id =
      kind === "file" && file
        ? await addFileEvidence(getDb(), viewer, entryId, {
            title,
            description,
            outcomeIds,
            evidenceType,
            file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
          })
        : await addLinkEvidence(getDb(), viewer, entryId, {
            title,
            description,
            outcomeIds,
            evidenceType,
            url: url ?? "",
          });
    return redirect(`${record.href}#evidence-${id}`);
  });
}

export default function NewEvidence() {
  const { record, strands, maxFileBytes } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <p className="breadcrumbs">
        <Link to={record.href}>Back to {record.title}</Link>
      </p>
      <span className="caption">
        {record.kindLabel}: {record.title}
      </span>
      <h1>Add evidence</h1>
      <p className="lead">
        Attach a file or a link that shows what happened, and say which outcome statements it is evidence for. Whoever
        can see this {record.kindLabel.toLowerCase()} can see its evidence.
      </p>
      <EvidenceForm strands={strands} maxFileBytes={maxFileBytes} lastResult={lastResult} cancelTo={record.href} />
    </>
  );
}
