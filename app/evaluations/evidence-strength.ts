import type { EvidenceType } from "../../db/schema";
import {
  EVIDENCE_TYPE_SHORT_LABELS,
  IMPACT_JUDGEMENTS,
  WEAK_EVIDENCE_TYPES,
  type Judgement,
} from "~/evaluations/schema";

// How far an evaluation level's judgement can be trusted, from the kinds of evidence it rests on. Pure, so it
// is unit-tested on its own and reused wherever a judgement is shown (evaluation page, initiative page, the
// Accreditation Evidence Document).
//
// The rule: a claim of impact ("Some impact", "Strong impact") is flagged when it rests on
//  - nothing at all;
//  - only reactions and self-report (how people felt, what they say), which cannot show that anything changed;
//  - a single source: one item, or several items all of one type (nothing to check it against);
//  - items whose type nobody has said, since their strength cannot be judged.
// A judgement of no impact, or no judgement yet, claims nothing and is never flagged.

export type StrengthFlagCode = "no_evidence" | "only_weak" | "single_item" | "single_type" | "untyped";

export interface StrengthFlag {
  code: StrengthFlagCode;
  /** One line: what is wrong. */
  title: string;
  /** Why it matters and how to strengthen it. */
  advice: string;
}

export interface StrengthInput {
  judgement: Judgement;
  evidence: readonly { evidenceType: EvidenceType | null }[];
}

const STRONGER = "an artefact (planning, pupils’ work), an observation of lessons, or pupil data";

export function assessEvidenceStrength({ judgement, evidence }: StrengthInput): StrengthFlag[] {
  if (!IMPACT_JUDGEMENTS.includes(judgement)) return [];
  if (evidence.length === 0) {
    return [
      {
        code: "no_evidence",
        title: "This claim of impact rests on no evidence",
        advice: `Choose the evidence the judgement rests on, or add some first: ideally ${STRONGER}.`,
      },
    ];
  }
  const flags: StrengthFlag[] = [];
  const typed = evidence.map((item) => item.evidenceType).filter((type): type is EvidenceType => type !== null);
  const untyped = evidence.length - typed.length;
  if (typed.length > 0 && typed.every((type) => WEAK_EVIDENCE_TYPES.includes(type))) {
    flags.push({
      code: "only_weak",
      title: "This claim rests only on reactions or self-report",
      advice: `Reactions and self-report tell you how people felt or what they believe, not what changed. Strengthen it with ${STRONGER}.`,
    });
  }
  const types = new Set(typed);
  if (evidence.length === 1) {
    flags.push({
      code: "single_item",
      title: "This claim rests on a single piece of evidence",
      advice:
        "One source can mislead. Check it against a second source of a different kind, so each confirms the other.",
    });
  } else if (untyped === 0 && types.size === 1) {
    const [only] = [...types];
    flags.push({
      code: "single_type",
      title: `All the evidence for this claim is of one kind (${EVIDENCE_TYPE_SHORT_LABELS[only]})`,
      advice: "Evidence of one kind shares its blind spots. Add evidence of a different kind to confirm what it shows.",
    });
  }
  if (untyped > 0) {
    flags.push({
      code: "untyped",
      title:
        untyped === 1
          ? "One piece of evidence for this claim has no type"
          : `${untyped} pieces of evidence for this claim have no type`,
      advice:
        "Edit the evidence to say what kind it is (reaction, self-report, artefact, observation or pupil data), so its strength can be judged.",
    });
  }
  return flags;
}
