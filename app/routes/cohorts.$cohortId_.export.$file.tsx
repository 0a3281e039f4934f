import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { buildExportFile } from "~/exports/exports.server";
import { attachmentHeaders } from "~/utils/download.server";
import { isNotFound, plainNotFound } from "~/utils/download-not-found.server";
import { requireViewer } from "~/utils/permissions.server";

// A resource route: one CSV of the cohort's shared records ("reflections.csv"), or all of them in a zip
// ("all.zip"), as an attachment that is never cached. Signed out: to sign-in. Not a lead of the cohort, or an
// unknown file: 404 in plain words, as if it did not exist.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  try {
    const origin = new URL(request.url).origin;
    const file = await buildExportFile(getDb(), viewer, params.cohortId ?? "", params.file ?? "", origin);
    const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
    return new Response(body, {
      status: 200,
      headers: attachmentHeaders({ contentType: file.contentType, fileName: file.fileName }),
    });
  } catch (error) {
    if (isNotFound(error)) {
      const message = error.data?.message;
      return plainNotFound(typeof message === "string" ? message : "We could not find that download.");
    }
    throw error;
  }
}
