import { randomBytes, randomUUID } from "node:crypto";

export function newId(): string {
  return randomUUID();
}

/** 256 random bits, for session ids. */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}

/** Today's calendar date in England, as 'YYYY-MM-DD'. */
// Made once: building a formatter with a time zone costs more than the query it dates (bench CPU profile).
const englandDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" });

export function todayInEngland(now: Date = new Date()): string {
  return englandDate.format(now);
}
