// Dates and times, in one place (browser-safe: no server code). Strands keeps two kinds of value: calendar dates
// ('YYYY-MM-DD', a day in England: a workshop, a due date) and instants (ISO strings in UTC: when something was
// saved). A calendar date is shown as it is; an instant is shown as the date and time it was in England, never
// as its UTC date, which is a different day for an hour or two each night in summer.

const ENGLAND = "Europe/London";

// Made once: building a formatter with a time zone costs more than the query it dates (bench CPU profile).
const calendarDayInEngland = new Intl.DateTimeFormat("en-CA", { timeZone: ENGLAND });
const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const longDateInEngland = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: ENGLAND,
});
const timeInEngland = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: ENGLAND });
const dateAndTimeInEngland = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: ENGLAND,
});

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function instant(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Today's calendar date in England, as 'YYYY-MM-DD'. */
export function todayInEngland(now: Date = new Date()): string {
  return calendarDayInEngland.format(now);
}

/** The calendar date in England of an instant (or a calendar date, as it is). */
export function calendarDateOf(value: string): string {
  if (CALENDAR_DATE.test(value)) return value;
  const date = instant(value);
  return date ? todayInEngland(date) : value.slice(0, 10);
}

/** "14 March 2025": a calendar date as it is, an instant as its day in England. */
export function formatDate(value: string): string {
  if (CALENDAR_DATE.test(value.slice(0, 10)) && value.length === 10) {
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? value : longDate.format(date);
  }
  const date = instant(value);
  return date ? longDateInEngland.format(date) : value;
}

/** "09:30": an instant's time of day in England. */
export function formatTime(iso: string): string {
  const date = instant(iso);
  return date ? timeInEngland.format(date) : "";
}

/** "14 Mar 2025, 09:30": an instant's date and time in England. */
export function formatDateTime(iso: string): string {
  const date = instant(iso);
  return date ? dateAndTimeInEngland.format(date) : iso;
}

/** A calendar date `days` later (or earlier). Calendar arithmetic: no time zone takes part. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The Monday of the ISO week a calendar date falls in. */
export function isoWeekStart(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return addDays(date, -((day.getUTCDay() + 6) % 7));
}
