import { isRealDate } from "~/schemas/values";

// The one parser for GET filter forms (the records search, the cohort dashboard). The URL holds the view, so it
// can be bookmarked; a value that makes no sense is ignored and explained beside its field, the others still
// apply, and everything typed is given back to the form as typed.

/** What one query parameter means: its reading, or why it was not used. */
export type FilterRule<T> = (text: string) => { value: T } | { error: string };

export interface FilterField<T, Key extends string> {
  rule: FilterRule<T>;
  /** The name the models use for the parameter, where it differs ("trust" is read as "trustId"). */
  as?: Key;
}

// Accepts fields of any reading: the spec is read only through the mapped types below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyField = FilterField<any, string>;
type FilterKey<Param, Field> =
  Field extends FilterField<unknown, infer Key> ? (string extends Key ? Param : Key) : never;
type FilterValue<Field> = Field extends FilterField<infer T, string> ? T : never;

export interface ParsedFilters<Spec extends Record<string, AnyField>> {
  /** Each parameter as typed, trimmed, for the form to show again. */
  values: { [Param in keyof Spec]: string };
  /** Only the filters that apply: an empty object means the view is unfiltered. */
  filters: { [Param in keyof Spec as FilterKey<Param, Spec[Param]>]?: FilterValue<Spec[Param]> };
  errors: Partial<Record<keyof Spec & string, string>>;
}

const MAX_PARAMETER_LENGTH = 400;

export function parseGetFilters<Spec extends Record<string, AnyField>>(
  params: URLSearchParams,
  spec: Spec,
  options: { dateRange?: [from: keyof Spec & string, to: keyof Spec & string] } = {},
): ParsedFilters<Spec> {
  const values = {} as Record<string, string>;
  const filters: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const [param, field] of Object.entries(spec)) {
    const text = (params.get(param) ?? "").trim().slice(0, MAX_PARAMETER_LENGTH);
    values[param] = text;
    if (!text) continue;
    const reading = field.rule(text);
    if ("error" in reading) errors[param] = reading.error;
    else filters[field.as ?? param] = reading.value;
  }
  if (options.dateRange) {
    const [from, to] = options.dateRange.map((param) => spec[param]?.as ?? param);
    if (filters[from] && filters[to] && String(filters[to]) < String(filters[from])) {
      errors[options.dateRange[1]] = "The end of the range must be on or after its start";
      delete filters[to];
    }
  }
  return { values, filters, errors } as ParsedFilters<Spec>;
}

export function oneOf<T extends string>(choices: readonly T[], error: string): FilterField<T, string> {
  return { rule: (text) => ((choices as readonly string[]).includes(text) ? { value: text as T } : { error }) };
}

export const realDate: FilterField<string, string> = {
  rule: (text) => (isRealDate(text) ? { value: text } : { error: "Enter a real date, like 2025-03-14" }),
};

export function atMost(length: number, error: string): FilterField<string, string> {
  return { rule: (text) => (text.length <= length ? { value: text } : { error }) };
}

/** The same field under the models' name for it. */
export function named<T, Key extends string>(field: FilterField<T, string>, as: Key): FilterField<T, Key> {
  return { rule: field.rule, as };
}
