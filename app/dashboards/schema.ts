import { TRACKS, type Track } from "../../db/schema";
import { named, oneOf, parseGetFilters, realDate } from "~/schemas/get-filters";

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
  const parsed = parseGetFilters(
    params,
    {
      track: oneOf(TRACKS, "Choose new or continuing participants"),
      trust: named(oneOf(choices.trustIds, "Choose one of this cohort’s trusts from the list"), "trustId"),
      strand: named(oneOf(choices.strandIds, "Choose a strand from the list"), "strandId"),
      from: realDate,
      to: realDate,
    },
    { dateRange: ["from", "to"] },
  );
  const detail: DashboardDetail = params.get("detail") === "statements" ? "statements" : "strands";
  return { ...parsed, detail };
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
