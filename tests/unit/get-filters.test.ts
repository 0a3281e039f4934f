import { describe, expect, it } from "vitest";
import { parseDashboardFilters } from "~/dashboards/schema";
import { parseRecordFilters } from "~/records/schema";

// The one parser behind both GET filter forms, through the two forms that use it.

const recordChoices = { strandIds: ["s1", "s2"], initiativeIds: ["i1"] };

describe("GET filters", () => {
  it("applies the filters that make sense under the models' names and keeps what was typed", () => {
    const parsed = parseRecordFilters(
      new URLSearchParams("kind=audit&strand=s2&initiative=i1&from=2025-01-01&to=2025-02-01&q=  fractions "),
      recordChoices,
    );
    expect(parsed.errors).toEqual({});
    expect(parsed.filters).toEqual({
      kind: "audit",
      strandId: "s2",
      initiativeId: "i1",
      from: "2025-01-01",
      to: "2025-02-01",
      text: "fractions",
    });
    expect(parsed.values.q).toBe("fractions");
  });

  it("explains each value that makes no sense, ignores it, and still applies the others", () => {
    const parsed = parseRecordFilters(
      new URLSearchParams(`kind=poem&strand=s9&from=2025-02-30&to=2025-03-01&q=${"x".repeat(201)}`),
      recordChoices,
    );
    expect(parsed.errors).toEqual({
      kind: "Choose a kind of record from the list",
      strand: "Choose a strand from the list",
      from: "Enter a real date, like 2025-03-14",
      q: "Search for 200 characters or fewer",
    });
    expect(parsed.filters).toEqual({ to: "2025-03-01" });
    expect(parsed.values.kind).toBe("poem");
  });

  it("refuses a range that ends before it starts, keeping its start", () => {
    const parsed = parseDashboardFilters(new URLSearchParams("from=2025-03-01&to=2025-02-01&track=new"), {
      trustIds: [],
      strandIds: [],
    });
    expect(parsed.errors).toEqual({ to: "The end of the range must be on or after its start" });
    expect(parsed.filters).toEqual({ track: "new", from: "2025-03-01" });
  });

  it("gives an empty filter set for an empty query, so the page knows it is unfiltered", () => {
    const parsed = parseDashboardFilters(new URLSearchParams("trust=&detail=statements"), {
      trustIds: ["t1"],
      strandIds: [],
    });
    expect(parsed.filters).toEqual({});
    expect(parsed.detail).toBe("statements");
    expect(parsed.values).toEqual({ track: "", trust: "", strand: "", from: "", to: "" });
  });
});
