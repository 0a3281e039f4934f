import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  computeInitiativeRag,
  hasStarted,
  QUIET_WEEKS_AT_RISK,
  QUIET_WEEKS_OFF_TRACK,
  type InitiativeFacts,
} from "~/initiatives/rag";
import { diffWords } from "~/initiatives/health-diff";
import { changedFields, summariseChange } from "~/initiatives/adaptations.server";
import { watchReasons } from "~/initiatives/schools.server";

const TODAY = "2025-03-03";

/** A healthy running initiative: every rule can then be tested by changing one fact. */
function facts(overrides: Partial<InitiativeFacts> = {}): InitiativeFacts {
  return {
    status: "in_progress",
    startsOn: "2024-09-16",
    endsOn: "2025-07-18",
    actionCount: 6,
    doneCount: 3,
    dueCount: 3,
    dueDoneCount: 3,
    overdueCount: 0,
    offTrackCount: 0,
    atRiskCount: 0,
    measuredImplementationOutcomes: 2,
    measuredFinalOutcomes: 1,
    lastEvidenceOn: "2025-02-24",
    ...overrides,
  };
}

describe("computeInitiativeRag", () => {
  it("is on track when actions due are done, outcomes are measured and evidence is recent, and says so", () => {
    const status = computeInitiativeRag(facts(), TODAY);
    expect(status.rag).toBe("on_track");
    expect(status.reasons).toEqual([
      "3 of 3 actions due so far are done",
      "Evidence or a reflection added on 24 February 2025",
    ]);
  });

  it("is done when the initiative is marked complete, whatever else", () => {
    expect(computeInitiativeRag(facts({ status: "complete", overdueCount: 5 }), TODAY)).toEqual({
      rag: "done",
      reasons: ["Marked complete"],
    });
  });

  it("is not started before its start date while planning, naming the date and any missing measures", () => {
    const status = computeInitiativeRag(
      facts({ status: "planning", startsOn: "2025-04-01", measuredFinalOutcomes: 0 }),
      TODAY,
    );
    expect(status.rag).toBe("not_started");
    expect(status.reasons).toEqual([
      "Starts on 1 April 2025",
      "No final outcome for pupils says how it will be measured yet",
    ]);
  });

  it("counts as started when its owner says it is in progress, even before the start date", () => {
    expect(hasStarted({ status: "in_progress", startsOn: "2025-04-01" }, TODAY)).toBe(true);
    expect(hasStarted({ status: "evaluating", startsOn: "2025-04-01" }, TODAY)).toBe(true);
    expect(hasStarted({ status: "planning", startsOn: "2025-04-01" }, TODAY)).toBe(false);
    expect(hasStarted({ status: "planning", startsOn: TODAY }, TODAY)).toBe(true);
    expect(computeInitiativeRag(facts({ startsOn: "2025-04-01", lastEvidenceOn: null }), TODAY).rag).toBe("on_track");
  });

  it("is at risk with one or two overdue actions and off track with three or more", () => {
    const two = computeInitiativeRag(facts({ overdueCount: 2, dueCount: 8, dueDoneCount: 6 }), TODAY);
    expect(two.rag).toBe("at_risk");
    expect(two.reasons).toContain("2 actions overdue");
    const one = computeInitiativeRag(facts({ overdueCount: 1, dueCount: 8, dueDoneCount: 7 }), TODAY);
    expect(one.reasons).toContain("1 action overdue");
    expect(computeInitiativeRag(facts({ overdueCount: 3, dueCount: 12, dueDoneCount: 9 }), TODAY).rag).toBe(
      "off_track",
    );
  });

  it("judges the share of due actions done: under half is off track, under three quarters at risk", () => {
    const under = computeInitiativeRag(facts({ dueCount: 4, dueDoneCount: 1, overdueCount: 0 }), TODAY);
    expect(under.rag).toBe("off_track");
    expect(under.reasons[0]).toBe("1 of 4 actions due so far is done");
    expect(computeInitiativeRag(facts({ dueCount: 4, dueDoneCount: 2 }), TODAY).rag).toBe("at_risk");
    expect(computeInitiativeRag(facts({ dueCount: 4, dueDoneCount: 3 }), TODAY).rag).toBe("on_track");
    // One action due is too few to judge a share by.
    expect(computeInitiativeRag(facts({ dueCount: 1, dueDoneCount: 0 }), TODAY).rag).toBe("on_track");
  });

  it("flags off-track actions: one puts the initiative at risk, two put it off track", () => {
    expect(computeInitiativeRag(facts({ offTrackCount: 1 }), TODAY)).toMatchObject({
      rag: "at_risk",
      reasons: ["1 action off track"],
    });
    expect(computeInitiativeRag(facts({ offTrackCount: 2 }), TODAY)).toMatchObject({
      rag: "off_track",
      reasons: ["2 actions off track"],
    });
    expect(computeInitiativeRag(facts({ atRiskCount: 1 }), TODAY).rag).toBe("on_track");
    expect(computeInitiativeRag(facts({ atRiskCount: 2 }), TODAY).reasons).toEqual(["2 actions at risk"]);
  });

  it("is at risk when outcomes do not say how they will be measured, or there is no plan", () => {
    expect(computeInitiativeRag(facts({ measuredImplementationOutcomes: 0 }), TODAY).reasons).toEqual([
      "No implementation outcome says how it will be measured",
    ]);
    expect(computeInitiativeRag(facts({ measuredFinalOutcomes: 0 }), TODAY).reasons).toEqual([
      "No final outcome for pupils says how it will be measured",
    ]);
    expect(
      computeInitiativeRag(facts({ actionCount: 0, doneCount: 0, dueCount: 0, dueDoneCount: 0 }), TODAY).reasons,
    ).toEqual(["No actions in the plan"]);
  });

  it("turns at risk after six quiet weeks and off track after twelve, counting from the start when there is no evidence", () => {
    const sixWeeksAgo = "2025-01-20";
    expect(computeInitiativeRag(facts({ lastEvidenceOn: "2025-01-21" }), TODAY).rag).toBe("on_track");
    expect(computeInitiativeRag(facts({ lastEvidenceOn: sixWeeksAgo }), TODAY)).toEqual({
      rag: "at_risk",
      reasons: [`No evidence or reflection added for ${QUIET_WEEKS_AT_RISK} weeks`],
    });
    expect(computeInitiativeRag(facts({ lastEvidenceOn: "2024-12-02" }), TODAY).rag).toBe("off_track");
    expect(QUIET_WEEKS_OFF_TRACK).toBe(12);
    const none = computeInitiativeRag(facts({ lastEvidenceOn: null, startsOn: "2025-01-13" }), TODAY);
    expect(none).toEqual({
      rag: "at_risk",
      reasons: ["No evidence or reflection added since it started, 7 weeks ago"],
    });
  });

  it("does not expect evidence from a paused initiative, but shows it is paused", () => {
    expect(computeInitiativeRag(facts({ status: "paused", lastEvidenceOn: null }), TODAY)).toEqual({
      rag: "at_risk",
      reasons: ["Paused"],
    });
  });

  it("flags a plan still in planning after its start date, and an end date passed with actions not done", () => {
    expect(computeInitiativeRag(facts({ status: "planning", startsOn: "2025-02-03" }), TODAY).reasons).toEqual([
      "Still planning, but the start date (3 February 2025) has passed",
    ]);
    expect(computeInitiativeRag(facts({ endsOn: "2025-02-28" }), TODAY).reasons).toEqual([
      "Its end date (28 February 2025) has passed with 3 actions not done",
    ]);
  });

  it("puts the reasons that decided the status first", () => {
    const status = computeInitiativeRag(
      facts({ overdueCount: 1, dueCount: 5, dueDoneCount: 4, offTrackCount: 2, lastEvidenceOn: "2025-01-06" }),
      TODAY,
    );
    expect(status.rag).toBe("off_track");
    expect(status.reasons).toEqual([
      "2 actions off track",
      "1 action overdue",
      "No evidence or reflection added for 8 weeks",
    ]);
  });

  it("always gives at least one reason, and only the five statuses", () => {
    const dates = fc
      .date({ min: new Date("2024-01-01"), max: new Date("2026-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const small = fc.nat({ max: 12 });
    fc.assert(
      fc.property(
        fc.constantFrom("planning", "in_progress", "evaluating", "complete", "paused"),
        dates,
        dates,
        small,
        small,
        small,
        small,
        small,
        fc.option(dates, { nil: null }),
        (status, startsOn, endsOn, actionCount, done, due, offTrack, measured, lastEvidenceOn) => {
          const dueCount = Math.min(due, actionCount);
          const doneCount = Math.min(done, actionCount);
          const dueDoneCount = Math.min(doneCount, dueCount);
          const result = computeInitiativeRag(
            facts({
              status,
              startsOn,
              endsOn,
              actionCount,
              doneCount,
              dueCount,
              dueDoneCount,
              overdueCount: dueCount - dueDoneCount,
              offTrackCount: Math.min(offTrack, actionCount - doneCount),
              measuredImplementationOutcomes: measured % 2,
              measuredFinalOutcomes: measured % 3,
              lastEvidenceOn,
            }),
            TODAY,
          );
          expect(["not_started", "on_track", "at_risk", "off_track", "done"]).toContain(result.rag);
          expect(result.reasons.length).toBeGreaterThan(0);
          if (dueCount - dueDoneCount >= 3 && status !== "complete" && hasStarted({ status, startsOn }, TODAY)) {
            expect(result.rag).toBe("off_track");
          }
        },
      ),
    );
  });
});

describe("the adaptation log's pieces", () => {
  it("lists the changed fields in form order and sums them up in words", () => {
    const labels = { approach: "Approach", endsOn: "End date", schools: "Schools" };
    const fields = changedFields(
      { approach: "A", endsOn: "2025-07-18", schools: ["X", "Y"] },
      { approach: "B", endsOn: "2025-06-30", schools: ["X", "Y"] },
      labels,
    );
    expect(fields).toEqual(["approach", "endsOn"]);
    expect(summariseChange(fields, labels)).toBe("Changed approach and end date");
    expect(summariseChange(["approach", "endsOn", "schools"], labels)).toBe("Changed approach, end date and schools");
  });

  it("diffs words, keeping every word of both texts in order", () => {
    const parts = diffWords(
      "paired learning walks; protected time",
      "paired learning walks followed by coaching; protected time",
    );
    expect(
      parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe("paired learning walks; protected time");
    expect(
      parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe("paired learning walks followed by coaching; protected time");
    expect(parts.some((p) => p.kind === "removed" && p.text.includes("walks;"))).toBe(true);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const d = diffWords(a, b);
        expect(
          d
            .filter((p) => p.kind !== "added")
            .map((p) => p.text)
            .join(""),
        ).toBe(a);
        expect(
          d
            .filter((p) => p.kind !== "removed")
            .map((p) => p.text)
            .join(""),
        ).toBe(b);
      }),
    );
  });

  it("watches schools where the approach is used but fidelity or sustainment is low", () => {
    expect(watchReasons({ adoption: 3, fidelity: 1, sustainment: 1 })).toEqual([
      "Fidelity is “Not yet” while adoption is “Mostly”",
      "Sustainment is “Not yet” while adoption is “Mostly”",
    ]);
    expect(watchReasons({ adoption: 4, fidelity: 4, sustainment: 3 })).toEqual([]);
    expect(watchReasons({ adoption: 2, fidelity: 2, sustainment: null })).toEqual([]);
  });
});
