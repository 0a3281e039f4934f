import * as z from "~/schemas/zod";
import { calendarDate, idList, isRealDate, LONG_TEXT_MAX, oneOf, optionalChoice, requiredText } from "~/schemas/common";
import { VISIBILITIES } from "~/initiatives/schema";

// Inter-sessional tasks: the form a cohort lead sets a task with, and the form a participant answers it with.

import { TASK_STATUSES } from "~/schemas/values";

// Defined in ./values (no zod there, so pages that only show records can import them cheaply).
export { isTaskStatus, TASK_STATUS_LABELS, TASK_STATUSES } from "~/schemas/values";
export type { TaskStatus } from "~/schemas/values";

/** The ids (and workshop dates) the server offers a lead for this cohort's task form. */
export interface TaskChoices {
  workshops: { id: string; heldOn: string }[];
  strandIds: string[];
}

export function taskSchema(choices: TaskChoices) {
  const heldOn = new Map(choices.workshops.map((w) => [w.id, w.heldOn]));
  return z
    .object({
      title: requiredText("a title", 200),
      instructions: requiredText("the instructions", LONG_TEXT_MAX),
      afterWorkshopId: optionalChoice(
        choices.workshops.map((w) => w.id),
        "Choose one of this cohort's workshops",
      ),
      dueOn: calendarDate("the due date"),
      strandIds: idList(choices.strandIds, "Choose strands from this cohort's programme"),
    })
    .refine((value) => !value.afterWorkshopId || value.dueOn >= (heldOn.get(value.afterWorkshopId) ?? ""), {
      path: ["dueOn"],
      message: "The due date must be on or after the workshop the task follows",
      when: ({ value }) => {
        const v = value as { dueOn?: unknown; afterWorkshopId?: unknown };
        return (
          typeof v.dueOn === "string" &&
          isRealDate(v.dueOn.trim()) &&
          typeof v.afterWorkshopId === "string" &&
          heldOn.has(v.afterWorkshopId)
        );
      },
    });
}

export type TaskInput = z.infer<ReturnType<typeof taskSchema>>;

/** The ids the server offers a participant for their response to one task. */
export interface TaskResponseChoices {
  initiativeIds: string[];
  strandIds: string[];
  outcomeIds: string[];
}

export function taskResponseSchema(choices: TaskResponseChoices) {
  return z
    .object({
      status: oneOf(TASK_STATUSES, "Choose how far you have got with this task"),
      body: z
        .string()
        .trim()
        .max(LONG_TEXT_MAX, `Your response must be ${LONG_TEXT_MAX.toLocaleString("en-GB")} characters or fewer`)
        .optional()
        .default(""),
      visibility: oneOf(VISIBILITIES, "Choose who can read your response"),
      initiativeId: optionalChoice(choices.initiativeIds, "Choose one of your initiatives in this cohort"),
      strandIds: idList(choices.strandIds, "Choose strands from your programme"),
      outcomeIds: idList(choices.outcomeIds, "Choose outcome statements from your programme"),
    })
    .superRefine((value, ctx) => {
      if (value.status === "done" && !value.body) {
        ctx.addIssue({
          code: "custom",
          path: ["body"],
          message: "Write your response before you mark the task as done",
        });
      }
    });
}

export type TaskResponseInput = z.infer<ReturnType<typeof taskResponseSchema>>;
