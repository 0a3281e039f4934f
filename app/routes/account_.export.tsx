import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { exportOwnData } from "~/data-protection/export.server";
import { attachmentHeaders } from "~/utils/download.server";
import { requireViewer } from "~/utils/permissions.server";

// A resource route: everything Strands holds about the signed-in person, as a zip (the same archive a programme
// admin exports for a subject access request). Only ever about the person asking; signed out, it sends them to
// sign in. Each download is recorded in the audit log.

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const file = await exportOwnData(getDb(), viewer);
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: attachmentHeaders({ contentType: "application/zip", fileName: file.fileName }),
  });
}
