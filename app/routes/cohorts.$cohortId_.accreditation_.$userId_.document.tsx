import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AccreditationDocumentView } from "~/accreditation/document-view";
import { getDb } from "~/db.server";
import { getAccreditationDocument, recordDocumentView } from "~/accreditation/document.server";
import styles from "~/accreditation/document.css";
import { requireViewer } from "~/utils/permissions.server";

// The Accreditation Evidence Document as a printable page, with its Word and PDF downloads (sibling resource
// routes). The trailing underscores keep it out of the accreditation pages' layouts: it is a page of its own.

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.doc.title}: ${data.doc.person.name} – Strands` : "Evidence document – Strands" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const doc = await getAccreditationDocument(getDb(), viewer, params.cohortId ?? "", params.userId ?? "");
  await recordDocumentView(getDb(), viewer, doc);
  return { doc, isOwner: viewer.id === doc.person.id };
}

export default function AccreditationDocumentPage() {
  const { doc, isOwner } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="breadcrumbs doc-screen-only">
        {isOwner ? (
          <Link to={`/accreditation/${doc.cohort.id}`}>Your accreditation</Link>
        ) : (
          <Link to={`/cohorts/${doc.cohort.id}/accreditation/${doc.person.id}`}>{doc.person.name}’s accreditation</Link>
        )}
      </p>
      <AccreditationDocumentView doc={doc} />
    </>
  );
}
