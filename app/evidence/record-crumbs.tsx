import { Link } from "@remix-run/react";

// The top of the pages that change one piece of evidence (edit, remove): the way back, to the evidence list when
// the change started there and otherwise to the record the evidence belongs to, and the record it is on.

interface EvidenceRecord {
  href: string;
  title: string;
  kindLabel: string;
}

/** Back to the evidence page when the change started there, otherwise to the record the evidence belongs to. */
export function evidenceReturnPath(url: URL | URLSearchParams, recordHref: string, evidenceId: string) {
  const from = url instanceof URL ? url.searchParams.get("from") : url.get("from");
  return from === "list" ? `/evidence#evidence-${evidenceId}` : `${recordHref}#evidence-${evidenceId}`;
}

export function EvidenceRecordCrumbs({ record, fromList }: { record: EvidenceRecord; fromList: boolean }) {
  return (
    <>
      <p className="breadcrumbs">
        {fromList ? <Link to="/evidence">Your evidence</Link> : <Link to={record.href}>Back to {record.title}</Link>}
      </p>
      <span className="caption">
        {record.kindLabel}: {record.title}
      </span>
    </>
  );
}
