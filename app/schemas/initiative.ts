import { z } from "./zod";
import { calendarDate, idList, isRealDate, LONG_TEXT_MAX, oneOf, requiredText } from "./common";

export const INITIATIVE_STATUSES = ["planning", "in_progress", "evaluating", "complete", "paused"] as const;
export const INITIATIVE_STATUS_LABELS: Record<(typeof INITIATIVE_STATUSES)[number], string> = {
  planning: "Planning",
  in_progress: "In progress",
  evaluating: "Evaluating",
  complete: "Complete",
  paused: "Paused",
};

export const VISIBILITIES = ["private", "leads", "cohort"] as const;
export const VISIBILITY_LABELS: Record<(typeof VISIBILITIES)[number], string> = {
  private: "Only me",
  leads: "Me and my cohort leads",
  cohort: "Everyone in my cohort",
};

export const RAGS = ["not_started", "on_track", "at_risk", "off_track", "done"] as const;
export type RagValue = (typeof RAGS)[number];
export const RAG_LABELS: Record<RagValue, string> = {
  not_started: "Not started",
  on_track: "On track",
  at_risk: "At risk",
  off_track: "Off track",
  done: "Done",
};

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
    })
    .refine((value) => value.endsOn >= value.startsOn, {
      path: ["endsOn"],
      message: "The end date must be on or after the start date",
      // Checked as soon as both dates are real, even while other fields still have problems.
      when: ({ value }) => {
        const dates = value as { startsOn?: unknown; endsOn?: unknown };
        return typeof dates.startsOn === "string" && typeof dates.endsOn === "string" && isRealDate(dates.startsOn) && isRealDate(dates.endsOn);
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
