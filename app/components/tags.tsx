import { INITIATIVE_STATUS_LABELS, RAG_LABELS, VISIBILITY_LABELS, type RagValue } from "~/schemas/values";

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

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** 'YYYY-MM-DD' as "14 March 2025". */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

export function DateText({ value }: { value: string }) {
  return <time dateTime={value.slice(0, 10)}>{formatDate(value)}</time>;
}
