import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { exportPerson } from "~/data-protection/export.server";
import { attachmentHeaders } from "~/utils/download.server";
import { requireViewer } from "~/utils/permissions.server";

// A resource route: everything about one person, as a zip attachment that is never cached. Admins only (403
// otherwise); an unknown person is 404. Each download is recorded in the audit log.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const file = await exportPerson(getDb(), viewer, params.userId ?? "");
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: attachmentHeaders({ contentType: "application/zip", fileName: file.fileName }),
  });
}
