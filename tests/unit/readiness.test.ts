import { describe, expect, it } from "vitest";
import { evaluateReadiness, type ReadinessFacts } from "~/accreditation/readiness";

// The Accreditation Evidence Document's requirements as rules over gathered facts (no database).

const W1 = { id: "w1", title: "Workshop 1", heldOn: "2026-09-24" };
const W2 = { id: "w2", title: "Workshop 2", heldOn: "2026-11-12" };
const W3 = { id: "w3", title: "Workshop 3", heldOn: "2027-03-11" };

const completePlan = {
  id: "i1",
  title: "Fractions Work Group",
  problem: "Fractions taught as procedures",
  approach: "A three-session Work Group",
  actionCount: 2,
  outcomeCount: 2,
  outcomesWithMeasureCount: 2,
};

function facts(overrides: Partial<ReadinessFacts> = {}): ReadinessFacts {
  return {
    cohortId: "c1",
    today: "2026-11-23",
    workshops: [W1, W2, W3],
    reflections: [
      { writtenOn: "2026-09-29", workshopId: "w1" },
      { writtenOn: "2026-11-16", workshopId: "w2" },
    ],
    initiatives: [completePlan],
    evaluations: [
      { initiativeId: "i1", level: 3, findings: "Four of five schools made time", judgement: "some_impact" },
    ],
    strands: [],
    criteria: [
      { id: "k1", number: 1, hasStatement: true, sharedMappedCount: 2, status: "approved" },
      { id: "k2", number: 2, hasStatement: true, sharedMappedCount: 1, status: "submitted" },
    ],
    ...overrides,
  };
}

const rule = (readiness: ReturnType<typeof evaluateReadiness>, key: string) =>
  readiness.rules.find((r) => r.key === key);

describe("readiness rules", () => {
  it("meets every rule for a complete record, with no strands rule when the programme has none", () => {
    const readiness = evaluateReadiness(facts());
    expect(readiness.rules.map((r) => r.key)).toEqual([
      "reflections",
      "initiative_plan",
      "evaluation",
      "criteria_evidence",
      "criteria_submitted",
    ]);
    expect(readiness).toMatchObject({ met: 5, total: 5, percent: 100, missing: [] });
  });

  it("asks for a reflection after each workshop held so far, naming the workshops that lack one", () => {
    const readiness = evaluateReadiness(facts({ reflections: [] }));
    expect(rule(readiness, "reflections")?.met).toBe(false);
    // Workshop 3 is still to come, so it is not asked for.
    expect(readiness.missing.filter((m) => m.rule === "reflections").map((m) => m.text)).toEqual([
      "A reflection on Workshop 1, written on or after the workshop day",
      "A reflection on Workshop 2, written on or after the workshop day",
    ]);
    expect(readiness.missing[0].href).toBe("/reflections/new?workshop=w1");
  });

  it("counts an unlinked reflection in the gap after a workshop, but not one written before it", () => {
    const gapOnly = evaluateReadiness(facts({ reflections: [{ writtenOn: "2026-10-01", workshopId: null }] }));
    expect(gapOnly.missing.filter((m) => m.rule === "reflections").map((m) => m.text)).toEqual([
      "A reflection on Workshop 2, written on or after the workshop day",
    ]);
    const before = evaluateReadiness(
      facts({
        reflections: [
          { writtenOn: "2026-09-23", workshopId: "w1" },
          { writtenOn: "2026-11-12", workshopId: null },
        ],
      }),
    );
    expect(before.missing.filter((m) => m.rule === "reflections").map((m) => m.text)).toEqual([
      "A reflection on Workshop 1, written on or after the workshop day",
    ]);
  });

  it("counts a reflection linked to a workshop even when written after the next one", () => {
    const readiness = evaluateReadiness(
      facts({
        reflections: [
          { writtenOn: "2026-11-20", workshopId: "w1" },
          { writtenOn: "2026-11-21", workshopId: "w2" },
        ],
      }),
    );
    expect(rule(readiness, "reflections")?.met).toBe(true);
  });

  it("is met with no workshops held yet", () => {
    const readiness = evaluateReadiness(facts({ today: "2026-09-01", reflections: [] }));
    expect(rule(readiness, "reflections")?.met).toBe(true);
  });

  it("says what an incomplete initiative plan lacks and links to it", () => {
    const readiness = evaluateReadiness(
      facts({ initiatives: [{ ...completePlan, approach: " ", actionCount: 0, outcomesWithMeasureCount: 1 }] }),
    );
    expect(rule(readiness, "initiative_plan")?.missing).toEqual([
      {
        rule: "initiative_plan",
        text: "Your initiative “Fractions Work Group” needs the approach, at least one action and how each outcome will be measured",
        href: "/initiatives/i1",
      },
    ]);
  });

  it("is met by any one complete plan, and sends someone with no initiative to plan one", () => {
    const draft = { ...completePlan, id: "i0", outcomeCount: 0, outcomesWithMeasureCount: 0 };
    expect(rule(evaluateReadiness(facts({ initiatives: [draft, completePlan] })), "initiative_plan")?.met).toBe(true);
    const none = rule(evaluateReadiness(facts({ initiatives: [], evaluations: [] })), "initiative_plan");
    expect(none?.missing[0].href).toBe("/initiatives/new");
  });

  it("needs evaluation at level 3 or above with both findings and a judgement", () => {
    const at = (level: number, findings = "f", judgement = "no_clear_impact") =>
      rule(
        evaluateReadiness(facts({ evaluations: [{ initiativeId: "i1", level, findings, judgement }] })),
        "evaluation",
      )?.met;
    expect(at(2)).toBe(false);
    expect(at(3)).toBe(true);
    expect(at(5)).toBe(true);
    expect(at(4, "  ")).toBe(false);
    expect(at(4, "f", "")).toBe(false);
    expect(at(4, "f", "not_evaluated")).toBe(false);
    expect(at(4, "f", "free text that is not a judgement")).toBe(false);
    const missing = rule(evaluateReadiness(facts({ evaluations: [] })), "evaluation")?.missing;
    expect(missing?.map((m) => m.href)).toEqual(["/initiatives/i1/evaluation"]);
  });

  it("asks for every strand to be tagged when the programme has strands", () => {
    const readiness = evaluateReadiness(
      facts({
        strands: [
          { id: "s1", title: "Departmental", tagged: true },
          { id: "s2", title: "Practice development", tagged: false },
        ],
      }),
    );
    expect(readiness.total).toBe(6);
    expect(rule(readiness, "strands")?.missing.map((m) => m.text)).toEqual([
      "Tag a record to the strand “Practice development”",
    ]);
  });

  it("lists each criterion without a statement or shared evidence, and each not yet submitted", () => {
    const readiness = evaluateReadiness(
      facts({
        criteria: [
          { id: "k1", number: 1, hasStatement: true, sharedMappedCount: 1, status: "approved" },
          { id: "k2", number: 2, hasStatement: false, sharedMappedCount: 0, status: "not_started" },
          { id: "k3", number: 3, hasStatement: true, sharedMappedCount: 0, status: "needs_work" },
        ],
      }),
    );
    expect(readiness.missing.filter((m) => m.rule !== "reflections").map((m) => [m.text, m.href])).toEqual([
      [
        "Criterion 2: write your statement and map evidence or records your leads can see",
        "/accreditation/c1#criterion-k2",
      ],
      ["Criterion 3: map evidence or records your leads can see", "/accreditation/c1#criterion-k3"],
      ["Criterion 2: submit it for review", "/accreditation/c1#criterion-k2"],
      ["Criterion 3: revise it as your lead asked and submit it again", "/accreditation/c1#criterion-k3"],
    ]);
    expect(readiness).toMatchObject({ met: 3, total: 5, percent: 60 });
  });
});
