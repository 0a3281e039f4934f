import * as z from "~/schemas/zod";
import { calendarDate, idList, oneOf, optionalChoice, requiredText } from "~/schemas/common";
import { VISIBILITIES } from "~/initiatives/schema";

// Trust audits: an aspect of pedagogy or curriculum rated school by school against criteria on a four-point
// scale. One schema per form: the new audit, the edit form, the rating grid and the follow-up form.

import {
  CRITERION_MAX,
  FOCUS_MAX,
  MAX_CRITERIA,
  NOTE_MAX,
  RATINGS,
  splitCriteria,
  type RatingValue,
} from "~/schemas/values";

// Defined in ./values (no zod there, so pages that only show records can import them cheaply).
export {
  AUDIT_KIND_LABELS,
  CRITERION_MAX,
  FOCUS_MAX,
  MAX_CRITERIA,
  NOTE_MAX,
  RATING_LABELS,
  RATINGS,
  splitCriteria,
  statementAsCriterion,
} from "~/schemas/values";
export type { RatingValue } from "~/schemas/values";

/** Room for twenty criteria of the longest length, their line breaks and some blank lines. */
const CRITERIA_TEXT_MAX = 8000;

function nonEmpty(values: readonly string[]): [string, ...string[]] {
  // z.enum needs at least one member; an impossible id keeps the schema valid and refuses everything.
  return values.length > 0 ? ([...values] as [string, ...string[]]) : ["(none)"];
}

const criteriaText = z
  .string({ error: "Write each criterion on its own line" })
  .max(
    CRITERIA_TEXT_MAX,
    `The criteria must be ${CRITERIA_TEXT_MAX.toLocaleString("en-GB")} characters or fewer in all`,
  )
  .optional()
  .transform((text) => splitCriteria(text ?? ""))
  .superRefine((lines, ctx) => {
    lines.forEach((line, index) => {
      if (line.length > CRITERION_MAX) {
        ctx.addIssue({
          code: "custom",
          message: `Criterion ${index + 1} must be ${CRITERION_MAX} characters or fewer`,
        });
      }
    });
    if (lines.length > MAX_CRITERIA) {
      ctx.addIssue({ code: "custom", message: `Write no more than ${MAX_CRITERIA} criteria` });
    }
  });

/** The ids the server will accept on this participant's new audit form. */
export interface AuditChoices {
  cohortIds: string[];
  schoolIds: string[];
  initiativeIds: string[];
  templateIds: string[];
  strandIds: string[];
  outcomeIds: string[];
}

export function auditSchema(choices: AuditChoices) {
  return z
    .object({
      cohortId: oneOf(nonEmpty(choices.cohortIds), "Choose one of your cohorts"),
      focus: requiredText("the focus of the audit", FOCUS_MAX),
      conductedOn: calendarDate("the date of the audit"),
      initiativeId: optionalChoice(choices.initiativeIds, "Choose one of your initiatives"),
      schoolIds: idList(choices.schoolIds, "Choose schools from your trust").refine(
        (ids) => ids.length > 0,
        "Choose at least one school",
      ),
      criteriaText,
      templateIds: idList(choices.templateIds, "Choose outcome statements from your programme"),
      visibility: oneOf(VISIBILITIES, "Choose who can see this audit"),
      strandIds: idList(choices.strandIds, "Choose strands from your programme"),
      outcomeIds: idList(choices.outcomeIds, "Choose outcome statements from your programme"),
    })
    .refine((value) => value.criteriaText.length + value.templateIds.length > 0, {
      path: ["criteriaText"],
      message: "Write at least one criterion, or choose one from your programme’s outcome statements",
      when: ({ value }) => criteriaParsed(value),
    })
    .refine((value) => value.criteriaText.length + value.templateIds.length <= MAX_CRITERIA, {
      path: ["criteriaText"],
      message: `An audit can have up to ${MAX_CRITERIA} criteria in all: you have written or chosen more`,
      when: ({ value }) => {
        const v = value as { criteriaText?: unknown };
        return criteriaParsed(value) && (v.criteriaText as string[]).length <= MAX_CRITERIA;
      },
    });
}

// The criteria count is checked as soon as both lists are read, even while other fields still have problems.
function criteriaParsed(value: unknown): boolean {
  const v = value as { criteriaText?: unknown; templateIds?: unknown };
  return Array.isArray(v.criteriaText) && Array.isArray(v.templateIds);
}

export type AuditInput = z.infer<ReturnType<typeof auditSchema>>;

/** The ids the server will accept when the owner edits one audit. */
export interface AuditEditChoices {
  initiativeIds: string[];
  strandIds: string[];
  outcomeIds: string[];
  criterionIds: string[];
}

export function auditEditSchema(choices: AuditEditChoices) {
  const criterionIds = new Set(choices.criterionIds);
  return z
    .object({
      focus: requiredText("the focus of the audit", FOCUS_MAX),
      conductedOn: calendarDate("the date of the audit"),
      initiativeId: optionalChoice(choices.initiativeIds, "Choose one of your initiatives"),
      visibility: oneOf(VISIBILITIES, "Choose who can see this audit"),
      strandIds: idList(choices.strandIds, "Choose strands from your programme"),
      outcomeIds: idList(choices.outcomeIds, "Choose outcome statements from your programme"),
      criteria: z
        .array(
          z.object({
            // Blank for a criterion added on this form.
            id: z
              .string()
              .max(100, "This criterion is not part of this audit")
              .optional()
              .refine((id) => id === undefined || criterionIds.has(id), "This criterion is not part of this audit"),
            text: requiredText("the criterion", CRITERION_MAX),
          }),
          { error: "Keep at least one criterion" },
        )
        .max(MAX_CRITERIA, `An audit can have up to ${MAX_CRITERIA} criteria`)
        .optional()
        // A form with every criterion removed sends no list at all.
        .refine((list) => list !== undefined && list.length > 0, "Keep at least one criterion")
        .transform((list) => list ?? []),
    })
    .refine(
      (value) => {
        // Object checks run even when a field has a problem, so nothing here may assume the field is valid.
        if (!Array.isArray(value.criteria)) return true;
        const ids = value.criteria.map((c) => (c && typeof c === "object" ? c.id : undefined)).filter(Boolean);
        return new Set(ids).size === ids.length;
      },
      { path: ["criteria"], message: "Each criterion can appear only once" },
    );
}

export type AuditEditInput = z.infer<ReturnType<typeof auditEditSchema>>;

export function followUpSchema() {
  return z.object({ conductedOn: calendarDate("the date of the follow-up audit") });
}

export type FollowUpInput = z.infer<ReturnType<typeof followUpSchema>>;

/** The grid's rows and columns: ratings are accepted for these criteria and schools only. */
export interface RatingGridChoices {
  criterionIds: string[];
  schoolIds: string[];
}

const RATING_MESSAGE = "Choose a rating from the list";

export function ratingsSchema(choices: RatingGridChoices) {
  const criteria = new Set(choices.criterionIds);
  const schools = new Set(choices.schoolIds);
  const cellCount = Math.max(1, choices.criterionIds.length * choices.schoolIds.length);
  const cell = z
    .object({
      criterionId: z.string({ error: "This criterion is not part of this audit" }).max(100),
      schoolId: z.string({ error: "This school is not part of this audit" }).max(100),
      // Blank: not rated (yet). A partial save keeps blank cells unrated.
      rating: z
        .enum(RATINGS, { error: RATING_MESSAGE })
        .optional()
        .transform((value) => (value ? (Number(value) as RatingValue) : null)),
      note: z
        .string({ error: "Write the note as text" })
        .trim()
        .max(NOTE_MAX, `The note must be ${NOTE_MAX} characters or fewer`)
        .optional()
        .transform((value) => value ?? ""),
    })
    // Checked whatever else is wrong with the cell, and shown beside its rating.
    .refine((c) => criteria.has(c.criterionId), {
      path: ["rating"],
      message: "This criterion is not part of this audit: reload the page and try again",
      when: ({ value }) => typeof (value as { criterionId?: unknown }).criterionId === "string",
    })
    .refine((c) => schools.has(c.schoolId), {
      path: ["rating"],
      message: "This school is not part of this audit: reload the page and try again",
      when: ({ value }) => typeof (value as { schoolId?: unknown }).schoolId === "string",
    })
    .refine((c) => c.rating !== null || c.note === "", {
      path: ["rating"],
      message: "Choose a rating for this note, or clear the note",
      when: ({ value }) => {
        const v = value as { rating?: unknown; note?: unknown };
        return (v.rating === null || v.rating === undefined) && typeof v.note === "string";
      },
    });
  return z.object({
    cells: z
      .array(cell, { error: "Rate the schools in the grid" })
      .max(cellCount, "There are more ratings than cells in this audit: reload the page and try again")
      .default([])
      .refine((cells) => {
        if (!Array.isArray(cells)) return true;
        const keys = cells.filter((c) => c && typeof c === "object").map((c) => `${c.criterionId} ${c.schoolId}`);
        return new Set(keys).size === keys.length;
      }, "Each school can be rated once against each criterion: reload the page and try again"),
  });
}

export type RatingsInput = z.infer<ReturnType<typeof ratingsSchema>>;
