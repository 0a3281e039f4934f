import { atMost, named, oneOf, parseGetFilters, realDate } from "~/schemas/get-filters";

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

/** Reads the search form from the query string. */
export function parseRecordFilters(params: URLSearchParams, choices: RecordFilterChoices): ParsedRecordFilters {
  return parseGetFilters(
    params,
    {
      kind: oneOf(RECORD_KINDS, "Choose a kind of record from the list"),
      strand: named(oneOf(choices.strandIds, "Choose a strand from the list"), "strandId"),
      initiative: named(oneOf(choices.initiativeIds, "Choose one of your initiatives"), "initiativeId"),
      from: realDate,
      to: realDate,
      q: named(atMost(200, "Search for 200 characters or fewer"), "text"),
    },
    { dateRange: ["from", "to"] },
  );
}
