import * as z from "~/schemas/zod";
import { idList, LONG_TEXT_MAX, oneOf } from "~/schemas/common";

// Accreditation: a participant's statement and mapped evidence per criterion of their programme, and a cohort
// lead's review of it. Safe for browser and server.

// Defined in ./values (no zod there, so pages that only show a status can import them cheaply).
export { CRITERION_STATUS_LABELS, CRITERION_STATUSES } from "~/schemas/values";
export type { CriterionStatus } from "~/schemas/values";

export const CRITERION_WORK_INTENTS = ["save", "submit"] as const;

export const STATEMENT_REQUIRED_TO_SUBMIT = "Write how you meet this criterion before you submit it for review";
export const MAPPING_REQUIRED_TO_SUBMIT =
  "Choose at least one piece of evidence or record before you submit this criterion for review";

/** The ids the server accepts for one criterion's form: the participant's own evidence and records in the cohort. */
export interface CriterionWorkChoices {
  evidenceIds: string[];
  entryIds: string[];
}

/**
 * One criterion's form on the participant's page: the statement (how they meet it, with critical reflection), the
 * evidence and records mapped to it, and whether to submit it for review now. Submitting needs a statement and at
 * least one thing mapped; saving a draft needs neither.
 */
export function criterionWorkSchema(choices: CriterionWorkChoices) {
  return z
    .object({
      intent: oneOf(CRITERION_WORK_INTENTS, "Choose to save or to submit for review"),
      criterionId: z
        .string({ error: "Choose a criterion" })
        .min(1, "Choose a criterion")
        .max(100, "Choose a criterion"),
      statement: z
        .string()
        .trim()
        .max(LONG_TEXT_MAX, `Your statement must be ${LONG_TEXT_MAX.toLocaleString("en-GB")} characters or fewer`)
        .optional()
        .default(""),
      evidenceIds: idList(choices.evidenceIds, "Choose from your own evidence in this cohort"),
      entryIds: idList(choices.entryIds, "Choose from your own records in this cohort"),
    })
    .superRefine((value, ctx) => {
      if (value.intent !== "submit") return;
      if (!value.statement)
        ctx.addIssue({ code: "custom", path: ["statement"], message: STATEMENT_REQUIRED_TO_SUBMIT });
      if (value.evidenceIds.length === 0 && value.entryIds.length === 0) {
        ctx.addIssue({ code: "custom", path: ["evidenceIds"], message: MAPPING_REQUIRED_TO_SUBMIT });
      }
    });
}

export type CriterionWork = z.infer<ReturnType<typeof criterionWorkSchema>>;

export const REVIEW_DECISIONS = ["approve", "needs_work"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const COMMENT_REQUIRED_FOR_NEEDS_WORK = "Write what the participant needs to do before you ask for more work";

/** A lead's review of one criterion: approve (a comment is optional) or needs work (a comment is required). */
export const criterionReviewSchema = z
  .object({
    criterionId: z.string({ error: "Choose a criterion" }).min(1, "Choose a criterion").max(100, "Choose a criterion"),
    decision: oneOf(REVIEW_DECISIONS, "Choose approve or needs work"),
    comment: z
      .string()
      .trim()
      .max(LONG_TEXT_MAX, `Your comment must be ${LONG_TEXT_MAX.toLocaleString("en-GB")} characters or fewer`)
      .optional()
      .default(""),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "needs_work" && !value.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: COMMENT_REQUIRED_FOR_NEEDS_WORK });
    }
  });

export type CriterionReviewInput = z.infer<typeof criterionReviewSchema>;
