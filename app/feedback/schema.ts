import * as z from "~/schemas/zod";
import { FEEDBACK_BODY_MAX } from "./values";

// Feedback threads between a record's owner and the leads of its cohort. One resource route (/feedback) takes
// every form of the panel, told apart by `intent`; each form says where to go back to (`redirectTo`).

// The limits, messages and address codes of the panel live in ./feedback-values (no zod there).
export * from "./values";

/** Ids are UUIDs; anything long is refused before it reaches a query. */
const id = z
  .string({ error: "Choose a record" })
  .trim()
  .min(1, "Choose a record")
  .max(100, "That is not a known record");

export const feedbackBody = z
  .string({ error: "Write your comment" })
  .trim()
  .min(1, "Write your comment")
  .max(FEEDBACK_BODY_MAX, `Your comment must be ${FEEDBACK_BODY_MAX.toLocaleString("en-GB")} characters or fewer`);

/** "" (the whole record), "field:<name>", "evidence:<id>" or "action:<id>"; checked against the record on the server. */
export const feedbackAnchor = z
  .string()
  .trim()
  .max(200, "Choose what your comment is about from the list")
  .regex(/^$|^(field|evidence|action):[A-Za-z0-9_-]{1,100}$/, "Choose what your comment is about from the list")
  .default("");

export const startThreadSchema = z.object({
  intent: z.literal("start"),
  entryId: id,
  anchor: feedbackAnchor,
  body: feedbackBody,
});

export const replySchema = z.object({
  intent: z.literal("reply"),
  threadId: id,
  body: feedbackBody,
});

export const resolveSchema = z.object({
  intent: z.enum(["resolve", "reopen"]),
  threadId: id,
});

export const markReadSchema = z.object({
  intent: z.literal("mark-read"),
  entryId: id,
});

export const feedbackSchema = z.discriminatedUnion(
  "intent",
  [startThreadSchema, replySchema, resolveSchema, markReadSchema],
  {
    error: "That is not something the feedback form does",
  },
);

export type FeedbackInput = z.infer<typeof feedbackSchema>;
export type StartThreadInput = z.infer<typeof startThreadSchema>;
