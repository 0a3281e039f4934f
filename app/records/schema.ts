import { isRealDate } from "~/schemas/values";

export const RECORD_KINDS = ["initiative", "audit", "task_response", "reflection"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  initiative: "Initiative",
  audit: "Trust audit",
  task_response: "Task response",
  reflection: "Reflection",
};

export interface RecordFilterChoices {
  strandIds: string[];
  initiativeIds: string[];
}

export interface ParsedRecordFilters {
  values: { kind: string; strand: string; initiative: string; from: string; to: string; q: string };
  filters: { kind?: RecordKind; strandId?: string; initiativeId?: string; from?: string; to?: string; text?: string };
  errors: Record<string, string>;
}

/**
 * Reads the search form from the query string. A filter that does not make sense is ignored and explained
 * beside its field; the others still apply, and everything typed is kept.
 */
export function parseRecordFilters(params: URLSearchParams, choices: RecordFilterChoices): ParsedRecordFilters {
  const value = (name: string) => (params.get(name) ?? "").trim().slice(0, 400);
  const values = {
    kind: value("kind"),
    strand: value("strand"),
    initiative: value("initiative"),
    from: value("from"),
    to: value("to"),
    q: value("q"),
  };
  const filters: ParsedRecordFilters["filters"] = {};
  const errors: Record<string, string> = {};
  if (values.kind) {
    if ((RECORD_KINDS as readonly string[]).includes(values.kind)) filters.kind = values.kind as RecordKind;
    else errors.kind = "Choose a kind of record from the list";
  }
  if (values.strand) {
    if (choices.strandIds.includes(values.strand)) filters.strandId = values.strand;
    else errors.strand = "Choose a strand from the list";
  }
  if (values.initiative) {
    if (choices.initiativeIds.includes(values.initiative)) filters.initiativeId = values.initiative;
    else errors.initiative = "Choose one of your initiatives";
  }
  for (const name of ["from", "to"] as const) {
    if (!values[name]) continue;
    if (isRealDate(values[name])) filters[name] = values[name];
    else errors[name] = "Enter a real date, like 2025-03-14";
  }
  if (filters.from && filters.to && filters.to < filters.from) {
    errors.to = "The end of the range must be on or after its start";
    delete filters.to;
  }
  if (values.q) {
    if (values.q.length > 200) errors.q = "Search for 200 characters or fewer";
    else filters.text = values.q;
  }
  return { values, filters, errors };
}
