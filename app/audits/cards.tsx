import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { AUDIT_KIND_LABELS } from "~/schemas/values";
import { DateText, StatusTag } from "~/components/tags";
import { formatDate } from "~/utils/dates";

export interface AuditCard {
  id: string;
  focus: string;
  kind: "baseline" | "follow_up";
  conductedOn: string;
  status: string;
  initiativeId: string | null;
  initiativeTitle: string | null;
  rated: number;
  total: number;
}

export function AuditKindTag({ kind }: { kind: "baseline" | "follow_up" }) {
  return <span className={`tag audit-kind audit-kind--${kind}`}>{AUDIT_KIND_LABELS[kind]}</span>;
}

/** Kind, status, date and how many cells are rated; `children` adds to the end of the line. */
export function AuditMetaLine({
  audit,
  children,
}: {
  audit: Pick<AuditCard, "kind" | "status" | "conductedOn" | "rated" | "total">;
  children?: ReactNode;
}) {
  return (
    <p className="card__meta">
      <AuditKindTag kind={audit.kind} />
      <StatusTag status={audit.status} />
      <span>
        <DateText value={audit.conductedOn} />
      </span>
      <span>
        {audit.rated} of {audit.total} ratings
      </span>
      {children}
    </p>
  );
}

export function AuditCards({ audits }: { audits: AuditCard[] }) {
  return (
    <ul className="card-list">
      {audits.map((audit) => (
        <li className="card" key={audit.id}>
          <h2>
            <Link to={`/audits/${audit.id}`}>
              {audit.focus}
              <span className="visually-hidden">
                {" "}
                ({AUDIT_KIND_LABELS[audit.kind].toLowerCase()} audit, {formatDate(audit.conductedOn)})
              </span>
            </Link>
          </h2>
          <AuditMetaLine audit={audit} />
          {audit.initiativeId && audit.initiativeTitle ? (
            <p className="card__meta audit-card__initiative">
              <span>
                Part of <Link to={`/initiatives/${audit.initiativeId}`}>{audit.initiativeTitle}</Link>
              </span>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
