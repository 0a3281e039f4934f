import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { getAccreditationDocument, recordDocumentExport } from "~/accreditation/document.server";
import { attachmentHeaders } from "~/utils/download.server";
import { renderAccreditationPdf } from "~/accreditation/document-pdf.server";
import { requireViewer } from "~/utils/permissions.server";

// A resource route: the Accreditation Evidence Document as a PDF, for the participant, a lead of the cohort or an
// admin (404 for anyone else). Every download is an export in the audit trail.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const doc = await getAccreditationDocument(getDb(), viewer, params.cohortId ?? "", params.userId ?? "");
  const body = await renderAccreditationPdf(doc);
  await recordDocumentExport(getDb(), viewer, doc, "pdf");
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: attachmentHeaders({ contentType: "application/pdf", fileName: `${doc.fileStem}.pdf` }),
  });
}
