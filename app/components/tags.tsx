import { INITIATIVE_STATUS_LABELS, RAG_LABELS, VISIBILITY_LABELS, type RagValue } from "~/schemas/values";
import { calendarDateOf, formatDate } from "~/utils/dates";

// Status always reads as words; colour only supports them.

export function RagTag({ rag }: { rag: string }) {
  const label = RAG_LABELS[rag as RagValue] ?? rag;
  return <span className={`tag tag--rag-${rag}`}>{label}</span>;
}

export function StatusTag({ status }: { status: string }) {
  const label = INITIATIVE_STATUS_LABELS[status as keyof typeof INITIATIVE_STATUS_LABELS] ?? status;
  return <span className={`tag tag--status-${status}`}>{label}</span>;
}

export function OverdueTag({ count }: { count?: number }) {
  if (count === 0) return null;
  return <span className="tag tag--overdue">{count === undefined ? "Overdue" : `${count} overdue`}</span>;
}

export function VisibilityNote({ visibility }: { visibility: string }) {
  const label = VISIBILITY_LABELS[visibility as keyof typeof VISIBILITY_LABELS] ?? visibility;
  return <span className="visibility">Who can see this: {label}</span>;
}

/** A calendar date or an instant, as a person reads it ("14 March 2025"), marked up for machines. */
export function DateText({ value }: { value: string }) {
  return <time dateTime={calendarDateOf(value)}>{formatDate(value)}</time>;
}
