import * as z from "./zod";

// Shared field rules, safe for browser and server.

export const LONG_TEXT_MAX = 5000;

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `${capitalise(label)} must be ${max.toLocaleString("en-GB")} characters or fewer`);
}

import { isRealDate } from "./values";

export { isRealDate };

export function calendarDate(label: string) {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .refine(isRealDate, `${capitalise(label)} must be a real date, like 2025-03-14`);
}

/** A choice from a known list; anything else is refused with the message given. */
export function oneOf<T extends string>(values: readonly [T, ...T[]], message: string) {
  return z.enum(values, { error: message });
}

/** An optional choice of one id from a known list; none chosen is null. */
export function optionalChoice(allowed: readonly string[], message: string) {
  const set = new Set(allowed);
  return z
    .string({ error: message })
    .max(100, message)
    .optional()
    .refine((id) => id === undefined || set.has(id), message)
    .transform((id) => id ?? null);
}

export function idList(allowed: readonly string[], message: string) {
  const allowedSet = new Set(allowed);
  return z
    .array(z.string(), { error: message })
    .max(200, message)
    .default([])
    .refine((ids) => ids.every((id) => allowedSet.has(id)), message)
    .transform((ids) => [...new Set(ids)]);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
