import { describe, expect, it } from "vitest";
import type { EvidenceType } from "../../db/schema";
import { assessEvidenceStrength } from "~/evaluations/evidence-strength";
import type { Judgement } from "~/evaluations/schema";

const codes = (judgement: Judgement, types: (EvidenceType | null)[]) =>
  assessEvidenceStrength({ judgement, evidence: types.map((evidenceType) => ({ evidenceType })) }).map(
    (flag) => flag.code,
  );

describe("assessEvidenceStrength", () => {
  it("never flags a level that claims no impact", () => {
    expect(codes("not_evaluated", [])).toEqual([]);
    expect(codes("no_clear_impact", [])).toEqual([]);
    expect(codes("no_clear_impact", ["reaction"])).toEqual([]);
  });

  it("flags a claim of impact resting on nothing, with nothing else to say", () => {
    expect(codes("some_impact", [])).toEqual(["no_evidence"]);
    expect(codes("strong_impact", [])).toEqual(["no_evidence"]);
  });

  it("flags a claim resting only on reactions or self-report", () => {
    expect(codes("some_impact", ["self_report"])).toEqual(["only_weak", "single_item"]);
    expect(codes("strong_impact", ["reaction", "self_report"])).toEqual(["only_weak"]);
    expect(codes("some_impact", ["reaction", "reaction"])).toEqual(["only_weak", "single_type"]);
  });

  it("flags a single source: one item, or several of one kind", () => {
    expect(codes("some_impact", ["observation"])).toEqual(["single_item"]);
    expect(codes("some_impact", ["pupil_data", "pupil_data", "pupil_data"])).toEqual(["single_type"]);
  });

  it("accepts a claim resting on two or more kinds including a strong one", () => {
    expect(codes("some_impact", ["self_report", "observation"])).toEqual([]);
    expect(codes("strong_impact", ["artefact", "pupil_data", "reaction"])).toEqual([]);
  });

  it("asks for the kind of untyped evidence, and does not call untyped evidence weak", () => {
    expect(codes("some_impact", [null])).toEqual(["single_item", "untyped"]);
    expect(codes("some_impact", [null, null])).toEqual(["untyped"]);
    // One kind known plus an unknown one: not yet "one kind", but the unknown must be said.
    expect(codes("some_impact", ["observation", null])).toEqual(["untyped"]);
    expect(codes("some_impact", ["self_report", null])).toEqual(["only_weak", "untyped"]);
  });

  it("explains why and how to strengthen, in words", () => {
    const [flag] = assessEvidenceStrength({
      judgement: "some_impact",
      evidence: [{ evidenceType: "reaction" }, { evidenceType: "self_report" }],
    });
    expect(flag.title).toBe("This claim rests only on reactions or self-report");
    expect(flag.advice).toMatch(/not what changed/);
    expect(flag.advice).toMatch(/observation/);
    const [untyped] = assessEvidenceStrength({
      judgement: "some_impact",
      evidence: [{ evidenceType: null }, { evidenceType: null }],
    });
    expect(untyped.title).toBe("2 pieces of evidence for this claim have no type");
  });
});
