import type { CriterionReviewStatus } from "../../db/schema";
import { parseJudgement } from "~/evaluations/values";

// Readiness: the Accreditation Evidence Document's requirements as rules over facts gathered beforehand (by
// ./readiness.server), with no database, so that they can be tested on their own and run anywhere.

export interface ReadinessFacts {
  cohortId: string;
  today: string;
  /** Every workshop of the cohort, in date order (held or not). */
  workshops: { id: string; title: string; heldOn: string }[];
  /** The participant's reflections shared with leads. */
  reflections: { writtenOn: string; workshopId: string | null }[];
  /** The participant's initiatives shared with leads, with what their plan holds. */
  initiatives: {
    id: string;
    title: string;
    problem: string;
    approach: string;
    actionCount: number;
    outcomeCount: number;
    outcomesWithMeasureCount: number;
  }[];
  /** Evaluation levels written for those initiatives. */
  evaluations: { initiativeId: string; level: number; findings: string; judgement: string }[];
  /** The programme's strands, each with whether a shared record is tagged to it. */
  strands: { id: string; title: string; tagged: boolean }[];
  /** The programme's criteria in order. */
  criteria: {
    id: string;
    number: number;
    hasStatement: boolean;
    sharedMappedCount: number;
    status: CriterionReviewStatus;
  }[];
}

export type ReadinessRuleKey =
  "reflections" | "initiative_plan" | "evaluation" | "strands" | "criteria_evidence" | "criteria_submitted";

export interface MissingItem {
  rule: ReadinessRuleKey;
  text: string;
  /** Where the participant fixes it. */
  href: string;
}

export interface ReadinessRule {
  key: ReadinessRuleKey;
  label: string;
  met: boolean;
  missing: MissingItem[];
}

export interface Readiness {
  rules: ReadinessRule[];
  met: number;
  total: number;
  /** Whole percent of rules met. */
  percent: number;
  /** Everything still missing, rule by rule. */
  missing: MissingItem[];
}

/** Workshops held by today, each with the reflection window that follows it (until the next workshop). */
function heldWorkshopsWithoutReflection(facts: ReadinessFacts) {
  const ordered = [...facts.workshops].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const lacking: { id: string; title: string; heldOn: string }[] = [];
  ordered.forEach((workshop, index) => {
    if (workshop.heldOn > facts.today) return;
    const next = ordered[index + 1];
    // Linked to this workshop, or written in the gap before the next one.
    const reflected = facts.reflections.some(
      (r) => r.writtenOn >= workshop.heldOn && (r.workshopId === workshop.id || !next || r.writtenOn < next.heldOn),
    );
    if (!reflected) lacking.push(workshop);
  });
  return lacking;
}

const planIsComplete = (i: ReadinessFacts["initiatives"][number]) =>
  i.problem.trim() !== "" &&
  i.approach.trim() !== "" &&
  i.actionCount > 0 &&
  i.outcomeCount > 0 &&
  i.outcomesWithMeasureCount === i.outcomeCount;

/** What a plan still needs before it is complete, in words. */
function gapsInPlan(draft: ReadinessFacts["initiatives"][number]): string[] {
  const planGaps: string[] = [];
  if (!draft.problem.trim()) planGaps.push("the problem");
  if (!draft.approach.trim()) planGaps.push("the approach");
  if (draft.actionCount === 0) planGaps.push("at least one action");
  if (draft.outcomeCount === 0) planGaps.push("the outcomes");
  else if (draft.outcomesWithMeasureCount < draft.outcomeCount) planGaps.push("how each outcome will be measured");
  return planGaps;
}

/**
 * The rules, from the gathered facts only (no database), so that they can be tested on their own:
 * - a reflection after each workshop held so far: written on or after the workshop day and linked to it, or
 *   written before the next workshop and linked to no other workshop;
 * - an initiative with a complete plan: the problem, the approach, at least one action, outcomes each with a measure;
 * - evaluation at Guskey level 3 or above with findings and a judgement written;
 * - every strand of the programme tagged on at least one record (no rule when the programme has no strands);
 * - every criterion with a statement and at least one piece of evidence or record leads can see;
 * - every criterion submitted for review or approved.
 */
export function evaluateReadiness(facts: ReadinessFacts): Readiness {
  const page = `/accreditation/${facts.cohortId}`;
  const rules: ReadinessRule[] = [];

  const lacking = heldWorkshopsWithoutReflection(facts);
  rules.push({
    key: "reflections",
    label: "A reflection after each workshop held so far",
    met: lacking.length === 0,
    missing: lacking.map((w) => ({
      rule: "reflections",
      text: `A reflection on ${w.title}, written on or after the workshop day`,
      href: `/reflections/new?workshop=${encodeURIComponent(w.id)}`,
    })),
  });

  const planned = facts.initiatives.find(planIsComplete);
  const draft = facts.initiatives[0];
  const planGaps = !planned && draft ? gapsInPlan(draft) : [];
  rules.push({
    key: "initiative_plan",
    label: "An initiative with a complete plan (problem, approach, actions, outcomes with measures)",
    met: planned !== undefined,
    missing: planned
      ? []
      : draft
        ? [
            {
              rule: "initiative_plan",
              text: `Your initiative “${draft.title}” needs ${joinWords(planGaps)}`,
              href: `/initiatives/${draft.id}`,
            },
          ]
        : [
            {
              rule: "initiative_plan",
              text: "Plan your initiative: the problem, the approach, actions and outcomes with measures",
              href: "/initiatives/new",
            },
          ],
  });

  const evaluated = facts.evaluations.some(
    (e) => e.level >= 3 && e.findings.trim() !== "" && parseJudgement(e.judgement) !== "not_evaluated",
  );
  const evaluationTarget = planned ?? draft;
  rules.push({
    key: "evaluation",
    label: "Evaluation evidence at level 3 or above, with findings and a judgement",
    met: evaluated,
    missing: evaluated
      ? []
      : [
          {
            rule: "evaluation",
            text: "Evaluate your initiative at level 3 (organisational support and change) or above, writing your findings and judgement",
            href: evaluationTarget ? `/initiatives/${evaluationTarget.id}/evaluation` : "/initiatives/new",
          },
        ],
  });

  if (facts.strands.length > 0) {
    const untagged = facts.strands.filter((s) => !s.tagged);
    rules.push({
      key: "strands",
      label: "Every strand of the programme covered by at least one record",
      met: untagged.length === 0,
      missing: untagged.map((s) => ({
        rule: "strands",
        text: `Tag a record to the strand “${s.title}”`,
        href: "/records",
      })),
    });
  }

  const withoutEvidence = facts.criteria.filter((c) => !c.hasStatement || c.sharedMappedCount === 0);
  rules.push({
    key: "criteria_evidence",
    label: "Every criterion has a statement and evidence",
    met: withoutEvidence.length === 0,
    missing: withoutEvidence.map((c) => ({
      rule: "criteria_evidence",
      text: `Criterion ${c.number}: ${joinWords([
        ...(c.hasStatement ? [] : ["write your statement"]),
        ...(c.sharedMappedCount === 0 ? ["map evidence or records your leads can see"] : []),
      ])}`,
      href: `${page}#criterion-${c.id}`,
    })),
  });

  const unsubmitted = facts.criteria.filter((c) => c.status !== "submitted" && c.status !== "approved");
  rules.push({
    key: "criteria_submitted",
    label: "Every criterion submitted for review or approved",
    met: unsubmitted.length === 0,
    missing: unsubmitted.map((c) => ({
      rule: "criteria_submitted",
      text: `Criterion ${c.number}: ${
        c.status === "needs_work" ? "revise it as your lead asked and submit it again" : "submit it for review"
      }`,
      href: `${page}#criterion-${c.id}`,
    })),
  });

  const met = rules.filter((r) => r.met).length;
  return {
    rules,
    met,
    total: rules.length,
    percent: rules.length === 0 ? 0 : Math.round((met / rules.length) * 100),
    missing: rules.flatMap((r) => r.missing),
  };
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
