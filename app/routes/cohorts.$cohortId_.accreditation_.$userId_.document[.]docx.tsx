import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { getAccreditationDocument, recordDocumentExport } from "~/accreditation/document.server";
import { attachmentHeaders } from "~/utils/download.server";
import { renderAccreditationDocx } from "~/accreditation/document-docx.server";
import { requireViewer } from "~/utils/permissions.server";

// A resource route: the Accreditation Evidence Document as a Word file, for the participant, a lead of the cohort
// or an admin (404 for anyone else). Every download is an export in the audit trail.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const doc = await getAccreditationDocument(getDb(), viewer, params.cohortId ?? "", params.userId ?? "");
  const body = await renderAccreditationDocx(doc);
  await recordDocumentExport(getDb(), viewer, doc, "docx");
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: attachmentHeaders({
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      fileName: `${doc.fileStem}.docx`,
    }),
  });
}
