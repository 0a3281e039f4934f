import { describe, expect, it } from "vitest";
import {
  addDays,
  calendarDateOf,
  formatDate,
  formatDateTime,
  formatTime,
  isoWeekStart,
  todayInEngland,
} from "~/utils/dates";

describe("dates in England", () => {
  it("shows a calendar date as it is", () => {
    expect(formatDate("2025-03-14")).toBe("14 March 2025");
    expect(formatDate("not a date")).toBe("not a date");
  });

  it("shows an instant as its day in England, not its UTC day", () => {
    // 23:30 UTC on 14 June is 00:30 on 15 June in London (BST).
    expect(formatDate("2025-06-14T23:30:00.000Z")).toBe("15 June 2025");
    expect(calendarDateOf("2025-06-14T23:30:00.000Z")).toBe("2025-06-15");
    expect(formatTime("2025-06-14T23:30:00.000Z")).toBe("00:30");
    // In winter London is on UTC.
    expect(formatDate("2025-01-14T23:30:00.000Z")).toBe("14 January 2025");
    expect(formatDateTime("2025-01-14T09:05:00.000Z")).toBe("14 Jan 2025, 09:05");
  });

  it("knows today in England across midnight", () => {
    expect(todayInEngland(new Date("2025-06-14T23:30:00Z"))).toBe("2025-06-15");
    expect(todayInEngland(new Date("2025-12-31T23:30:00Z"))).toBe("2025-12-31");
  });

  it("counts days and weeks on the calendar", () => {
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-03-30", -1)).toBe("2025-03-29");
    expect(isoWeekStart("2025-03-02")).toBe("2025-02-24");
    expect(isoWeekStart("2025-01-06")).toBe("2025-01-06");
  });
});
