import * as z from "~/schemas/zod";
import { calendarDate, idList, isRealDate, LONG_TEXT_MAX, oneOf, requiredText } from "~/schemas/common";

import { INITIATIVE_STATUSES, RAGS, VISIBILITIES } from "~/schemas/values";

// Defined in ./values (no zod there, so pages that only show records can import them cheaply).
export {
  INITIATIVE_STATUS_LABELS,
  INITIATIVE_STATUSES,
  RAG_LABELS,
  RAGS,
  VISIBILITIES,
  VISIBILITY_LABELS,
} from "~/schemas/values";
export type { RagValue } from "~/schemas/values";

export const WHY_MAX = 2000;

/** The reason for a change once an initiative has started; the server decides whether it is needed. */
export const whyField = z
  .string()
  .trim()
  .max(WHY_MAX, `Why must be ${WHY_MAX.toLocaleString("en-GB")} characters or fewer`)
  .optional();

const MAX_OUTCOMES = 10;

const OutcomeRow = z.object({
  description: requiredText("what you intend to see", 1000),
  measure: requiredText("how it will be measured", 1000),
  measuredWhen: requiredText("when it will be measured", 200),
});

/** What a form may offer: the ids the server will accept for this participant. */
export interface InitiativeChoices {
  cohortIds: string[];
  schoolIds: string[];
  strandIds: string[];
  outcomeIds: string[];
}

export function initiativeSchema(choices: InitiativeChoices) {
  return z
    .object({
      cohortId: oneOf(nonEmpty(choices.cohortIds), "Choose one of your cohorts"),
      title: requiredText("a title", 200),
      status: oneOf(INITIATIVE_STATUSES, "Choose a status"),
      visibility: oneOf(VISIBILITIES, "Choose who can see this initiative"),
      problem: requiredText("the problem you are addressing", LONG_TEXT_MAX),
      evidenceOfNeed: requiredText("the evidence of need", LONG_TEXT_MAX),
      approach: requiredText("the approach", LONG_TEXT_MAX),
      activeIngredients: requiredText("the active ingredients", LONG_TEXT_MAX),
      schoolIds: idList(choices.schoolIds, "Choose schools from your trust").refine(
        (ids) => ids.length > 0,
        "Choose at least one school",
      ),
      startsOn: calendarDate("the start date"),
      endsOn: calendarDate("the end date"),
      // No .default([]) here: zod 4 would skip .min(1) for a missing list.
      implementationOutcomes: z
        .array(OutcomeRow, { error: "Add at least one implementation outcome" })
        .min(1, "Add at least one implementation outcome")
        .max(MAX_OUTCOMES, `Add no more than ${MAX_OUTCOMES} implementation outcomes`),
      finalOutcomes: z
        .array(OutcomeRow, { error: "Add at least one final outcome for pupils" })
        .min(1, "Add at least one final outcome for pupils")
        .max(MAX_OUTCOMES, `Add no more than ${MAX_OUTCOMES} final outcomes`),
      strandIds: idList(choices.strandIds, "Choose strands from your programme"),
      outcomeIds: idList(choices.outcomeIds, "Choose outcome statements from your programme"),
      why: whyField,
    })
    .refine((value) => value.endsOn >= value.startsOn, {
      path: ["endsOn"],
      message: "The end date must be on or after the start date",
      // Checked as soon as both dates are real, even while other fields still have problems.
      when: ({ value }) => {
        const dates = value as { startsOn?: unknown; endsOn?: unknown };
        return (
          typeof dates.startsOn === "string" &&
          typeof dates.endsOn === "string" &&
          isRealDate(dates.startsOn) &&
          isRealDate(dates.endsOn)
        );
      },
    });
}

export type InitiativeInput = z.infer<ReturnType<typeof initiativeSchema>>;

export function actionSchema(schoolIds: string[]) {
  return z.object({
    description: requiredText("what will be done", 1000),
    ownerName: requiredText("who owns this action", 200),
    schoolIds: idList(schoolIds, "Choose schools this initiative covers").refine(
      (ids) => ids.length > 0,
      "Choose at least one school",
    ),
    dueOn: calendarDate("the due date"),
    successCriteria: requiredText("the success criteria", 2000),
    rag: oneOf(RAGS, "Choose a status"),
    why: whyField,
  });
}

export type ActionInput = z.infer<ReturnType<typeof actionSchema>>;

export const RagUpdateSchema = z.object({
  actionId: z.string({ error: "Choose an action" }).max(100),
  rag: oneOf(RAGS, "Choose a status"),
});

export const MoveActionSchema = z.object({
  actionId: z.string({ error: "Choose an action" }).max(100),
  direction: oneOf(["up", "down"], "Choose a direction"),
});

function nonEmpty(values: string[]): [string, ...string[]] {
  // z.enum needs at least one member; an impossible id keeps the schema valid and refuses everything.
  return values.length > 0 ? (values as [string, ...string[]]) : ["(none)"];
}

// ---- Health: status overrides, the adaptation log, school by school implementation ----

export const StatusOverrideSchema = z.object({
  rag: oneOf(RAGS, "Choose the status you want to show"),
  reason: requiredText("why you are setting the status yourself", WHY_MAX),
});

export const ClearOverrideSchema = z.object({
  reason: z
    .string()
    .trim()
    .max(WHY_MAX, `Keep the reason to ${WHY_MAX.toLocaleString("en-GB")} characters or fewer`)
    .optional(),
});

export const MoveWithReasonSchema = z.object({
  actionId: z.string({ error: "Choose an action" }).max(100),
  direction: oneOf(["up", "down"], "Choose a direction"),
  why: requiredText("why you are changing the order of your plan", WHY_MAX),
});

// Defined in ./values (no zod there), like the statuses above.
export {
  IMPLEMENTATION_MEASURE_HINTS,
  IMPLEMENTATION_MEASURE_LABELS,
  IMPLEMENTATION_SCALE,
  IMPLEMENTATION_SCALE_LABELS,
} from "~/schemas/values";

// Conform turns the select's text into a number and an empty choice into undefined ("not judged yet").
const rating = z
  .number({ error: "Choose a rating from the list" })
  .int("Choose a rating from the list")
  .min(1, "Choose a rating from the list")
  .max(4, "Choose a rating from the list")
  .optional();

export const ImplementationSchema = z.object({
  schools: z
    .array(
      z.object({
        schoolId: z.string({ error: "Choose a school" }).max(100),
        adoption: rating,
        fidelity: rating,
        sustainment: rating,
        note: z.string().trim().max(1000, "Keep the note to 1,000 characters or fewer").optional(),
      }),
      { error: "Rate at least one school" },
    )
    .min(1, "Rate at least one school")
    .max(50, "Rate no more than 50 schools"),
});

export type ImplementationInput = z.infer<typeof ImplementationSchema>;
