import { Link } from "@remix-run/react";
import type { CriterionHistoryEvent, MappedEvidence, MappedRecord } from "~/accreditation/types";
import type { Readiness } from "~/accreditation/readiness";
import { CRITERION_STATUS_LABELS, type CriterionStatus } from "~/schemas/values";
import { DateText } from "~/components/tags";
import { formatTime } from "~/utils/dates";

// Pieces the participant's and the lead's accreditation pages share. Status always reads as words.

export function CriterionStatusTag({ status }: { status: string }) {
  const label = CRITERION_STATUS_LABELS[status as CriterionStatus] ?? status;
  return <span className={`tag tag--criterion-${status}`}>{label}</span>;
}

/** "5 of 8 (63%)" with a bar that only repeats the figure. */
export function Completeness({
  readiness,
  label = "Ready for accreditation",
}: {
  readiness: Readiness;
  label?: string;
}) {
  return (
    <div className="completeness">
      <p className="completeness__figure">
        <span className="completeness__label">{label}: </span>
        <strong>
          {readiness.met} of {readiness.total}
        </strong>{" "}
        requirements met ({readiness.percent}%)
      </p>
      <div className="completeness__bar" aria-hidden="true">
        <div className="completeness__fill" style={{ width: `${readiness.percent}%` }} />
      </div>
    </div>
  );
}

/** The rules with met / not met, and what is missing; links only for the participant, who can fix them. */
export function ReadinessChecklist({
  readiness,
  withLinks,
  headingId,
}: {
  readiness: Readiness;
  withLinks: boolean;
  headingId: string;
}) {
  return (
    <section className="readiness" aria-labelledby={headingId}>
      <h2 id={headingId}>Readiness for accreditation</h2>
      <Completeness readiness={readiness} />
      <ul className="readiness__rules">
        {readiness.rules.map((rule) => (
          <li key={rule.key} className={`readiness__rule readiness__rule--${rule.met ? "met" : "missing"}`}>
            <span className="readiness__mark">{rule.met ? "Done" : "To do"}</span> {rule.label}
          </li>
        ))}
      </ul>
      {readiness.missing.length === 0 ? (
        <p className="notice">Everything the Accreditation Evidence Document asks for is in place.</p>
      ) : (
        <>
          <h3>What is missing</h3>
          <ul className="readiness__missing">
            {readiness.missing.map((item) => (
              <li key={`${item.rule}:${item.text}`}>
                {withLinks ? <Link to={item.href}>{item.text}</Link> : item.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function MappedItems({
  evidence,
  records,
  hiddenCount,
  viewerIsOwner,
}: {
  evidence: MappedEvidence[];
  records: MappedRecord[];
  hiddenCount: number;
  viewerIsOwner: boolean;
}) {
  if (evidence.length === 0 && records.length === 0 && hiddenCount === 0) {
    return <p className="muted">No evidence or records mapped yet.</p>;
  }
  const privateNote = (isPrivate: boolean) =>
    isPrivate && viewerIsOwner ? <span className="tag tag--private">Private: leads cannot see this</span> : null;
  return (
    <ul className="mapped-list">
      {evidence.map((e) => (
        <li key={`e-${e.id}`}>
          {e.href ? (
            e.kind === "file" ? (
              <a href={e.href}>{e.title}</a>
            ) : (
              <a href={e.href} rel="noopener noreferrer">
                {e.title}
              </a>
            )
          ) : (
            e.title
          )}{" "}
          <span className="muted">
            ({e.kind === "file" ? `file${e.fileName ? `: ${e.fileName}` : ""}` : "link"}, on{" "}
            {e.record.kindLabel.toLowerCase()} <Link to={e.record.href}>{e.record.title}</Link>)
          </span>{" "}
          {privateNote(e.isPrivate)}
        </li>
      ))}
      {records.map((r) => (
        <li key={`r-${r.id}`}>
          {r.kindLabel}: <Link to={r.href}>{r.title}</Link> {privateNote(r.isPrivate)}
        </li>
      ))}
      {hiddenCount > 0 ? (
        <li className="muted">
          {hiddenCount} private {hiddenCount === 1 ? "item" : "items"} you cannot see (not counted)
        </li>
      ) : null}
    </ul>
  );
}

export function CriterionHistory({
  history,
  collapsed = false,
}: {
  history: CriterionHistoryEvent[];
  collapsed?: boolean;
}) {
  if (history.length === 0) return null;
  const list = (
    <ol className="criterion-history__list">
      {history.map((event) => (
        <li key={event.id}>
          <DateText value={event.at} /> at {formatTime(event.at)}: <CriterionStatusTag status={event.status} /> by{" "}
          {event.actorName ?? "a former user"}
          {event.note ? <span className="criterion-history__note">“{event.note}”</span> : null}
        </li>
      ))}
    </ol>
  );
  if (collapsed) {
    return (
      <details className="criterion-history">
        <summary>History ({history.length})</summary>
        {list}
      </details>
    );
  }
  return (
    <div className="criterion-history">
      <h4 className="criterion-history__title">History</h4>
      {list}
    </div>
  );
}
