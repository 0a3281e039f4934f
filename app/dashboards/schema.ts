import { TRACKS, type Track } from "../../db/schema";
import { isRealDate } from "~/schemas/values";

// The cohort dashboard's filters: a GET form, so the URL holds them and a view can be bookmarked. A value that does
// not make sense is ignored and explained beside its field; the others still apply.

export { TRACKS };
export type DashboardTrack = Track;
export const TRACK_LABELS: Record<DashboardTrack, string> = { new: "New", continuing: "Continuing" };

export interface DashboardFilterChoices {
  trustIds: string[];
  strandIds: string[];
}

export interface DashboardFilters {
  track?: DashboardTrack;
  trustId?: string;
  strandId?: string;
  from?: string;
  to?: string;
}

export type DashboardDetail = "strands" | "statements";

export interface ParsedDashboardFilters {
  values: { track: string; trust: string; strand: string; from: string; to: string };
  filters: DashboardFilters;
  errors: Partial<Record<"track" | "trust" | "strand" | "from" | "to", string>>;
  detail: DashboardDetail;
}

export function parseDashboardFilters(
  params: URLSearchParams,
  choices: DashboardFilterChoices,
): ParsedDashboardFilters {
  const value = (name: string) => (params.get(name) ?? "").trim().slice(0, 400);
  const values = {
    track: value("track"),
    trust: value("trust"),
    strand: value("strand"),
    from: value("from"),
    to: value("to"),
  };
  const filters: DashboardFilters = {};
  const errors: ParsedDashboardFilters["errors"] = {};
  if (values.track) {
    if ((TRACKS as readonly string[]).includes(values.track)) filters.track = values.track as DashboardTrack;
    else errors.track = "Choose new or continuing participants";
  }
  if (values.trust) {
    if (choices.trustIds.includes(values.trust)) filters.trustId = values.trust;
    else errors.trust = "Choose one of this cohort’s trusts from the list";
  }
  if (values.strand) {
    if (choices.strandIds.includes(values.strand)) filters.strandId = values.strand;
    else errors.strand = "Choose a strand from the list";
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
  const detail: DashboardDetail = params.get("detail") === "statements" ? "statements" : "strands";
  return { values, filters, errors, detail };
}

/** The query string for a view: the filters as typed plus any overrides (an empty value drops the parameter). */
export function dashboardQuery(
  values: ParsedDashboardFilters["values"],
  overrides: Record<string, string> = {},
): string {
  const params = new URLSearchParams();
  for (const [key, v] of Object.entries({ ...values, ...overrides })) if (v) params.set(key, v);
  const text = params.toString();
  return text ? `?${text}` : "";
}
