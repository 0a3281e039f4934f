import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { buildExportFile } from "~/exports/exports.server";
import { attachmentHeaders } from "~/utils/download.server";
import { requireViewer } from "~/utils/permissions.server";

// A resource route: one CSV of the cohort's shared records ("reflections.csv"), or all of them in a zip
// ("all.zip"), as an attachment that is never cached. Signed out: to sign-in. Not a lead of the cohort, or an
// unknown file: 404 in plain words, as if it did not exist.

function notFoundStatus(error: unknown): string | null {
  if (
    typeof error === "object" &&
    error !== null &&
    (error as { type?: unknown }).type === "DataWithResponseInit" &&
    (error as { init?: { status?: number } | null }).init?.status === 404
  ) {
    const data = (error as { data?: { message?: unknown } }).data;
    return typeof data?.message === "string" ? data.message : "We could not find that download.";
  }
  return null;
}

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
    const message = notFoundStatus(error);
    if (message !== null) {
      return new Response(message, {
        status: 404,
        headers: {
          "Content-Type": "text/plain; charset=utf-8",
          "X-Content-Type-Options": "nosniff",
          "Cache-Control": "private, no-store",
        },
      });
    }
    throw error;
  }
}
