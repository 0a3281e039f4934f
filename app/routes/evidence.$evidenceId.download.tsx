import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { downloadHeaders, getEvidenceDownload } from "~/evidence/download.server";
import { EVIDENCE_NOT_FOUND } from "~/evidence/evidence.server";
import { isNotFound, plainNotFound } from "~/utils/download-not-found.server";
import { requireViewer } from "~/utils/permissions.server";

// A resource route: the stored bytes of one evidence file, as an attachment that is never sniffed, run or
// cached. Signed out: to sign-in. Not allowed to see the record: 404, as if it did not exist.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  try {
    const file = await getEvidenceDownload(getDb(), viewer, params.evidenceId ?? "");
    return new Response(file.bytes, { status: 200, headers: downloadHeaders(file) });
  } catch (error) {
    // A resource route has no error page: answer the 404 in plain words here.
    if (isNotFound(error)) return plainNotFound(EVIDENCE_NOT_FOUND);
    throw error;
  }
}
