import * as z from "~/schemas/zod";
import { calendarDate, idList, LONG_TEXT_MAX, oneOf, requiredText } from "~/schemas/common";
import { VISIBILITIES } from "~/initiatives/schema";

export const REFLECTION_MODES = ["free", "prompted"] as const;

/** The ids the server will accept for this participant's reflection form. */
export interface ReflectionChoices {
  cohortIds: string[];
  workshopIds: string[];
  initiativeIds: string[];
  strandIds: string[];
  outcomeIds: string[];
}

const optionalText = (label: string) =>
  z
    .string()
    .trim()
    .max(LONG_TEXT_MAX, `${label} must be ${LONG_TEXT_MAX.toLocaleString("en-GB")} characters or fewer`)
    .optional()
    .default("");

function optionalChoice(allowed: string[], message: string) {
  const set = new Set(allowed);
  return z
    .string()
    .optional()
    .refine((id) => id === undefined || set.has(id), message)
    .transform((id) => id ?? null);
}

export function reflectionSchema(choices: ReflectionChoices) {
  const cohorts = new Set(choices.cohortIds);
  return z
    .object({
      cohortId: z
        .string({ error: "Choose one of your cohorts" })
        .refine((id) => cohorts.has(id), "Choose one of your cohorts"),
      title: requiredText("a title", 200),
      writtenOn: calendarDate("the date"),
      mode: oneOf(REFLECTION_MODES, "Choose how you want to write this reflection"),
      body: optionalText("Your reflection"),
      promptWhat: optionalText("What happened"),
      promptSoWhat: optionalText("So what"),
      promptNowWhat: optionalText("Now what"),
      workshopId: optionalChoice(choices.workshopIds, "Choose one of your cohort's workshops"),
      initiativeId: optionalChoice(choices.initiativeIds, "Choose one of your initiatives"),
      visibility: oneOf(VISIBILITIES, "Choose who can see this reflection"),
      strandIds: idList(choices.strandIds, "Choose strands from your programme"),
      outcomeIds: idList(choices.outcomeIds, "Choose outcome statements from your programme"),
    })
    .superRefine((value, ctx) => {
      if (value.mode === "free" && !value.body) {
        ctx.addIssue({ code: "custom", path: ["body"], message: "Write your reflection" });
      }
      if (value.mode === "prompted") {
        if (!value.promptWhat) ctx.addIssue({ code: "custom", path: ["promptWhat"], message: "Write what happened" });
        if (!value.promptSoWhat)
          ctx.addIssue({ code: "custom", path: ["promptSoWhat"], message: "Write what it means (so what)" });
        if (!value.promptNowWhat)
          ctx.addIssue({ code: "custom", path: ["promptNowWhat"], message: "Write what you will do next (now what)" });
      }
    });
}

export type ReflectionInput = z.infer<ReturnType<typeof reflectionSchema>>;
