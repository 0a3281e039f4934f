import * as z from "./zod";

// Feedback threads between a record's owner and the leads of its cohort. One resource route (/feedback) takes
// every form of the panel, told apart by `intent`; each form says where to go back to (`redirectTo`).

export const FEEDBACK_BODY_MAX = 5000;

/** Ids are UUIDs; anything long is refused before it reaches a query. */
const id = z.string({ error: "Choose a record" }).trim().min(1, "Choose a record").max(100, "That is not a known record");

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

export const feedbackSchema = z.discriminatedUnion("intent", [startThreadSchema, replySchema, resolveSchema, markReadSchema], {
  error: "That is not something the feedback form does",
});

export type FeedbackInput = z.infer<typeof feedbackSchema>;
export type StartThreadInput = z.infer<typeof startThreadSchema>;

/**
 * Errors travel back to the record page in its address as a code, never as free text (so nobody can craft a
 * link that shows a made-up message). The panel shows the message beside the field it names.
 */
export const FEEDBACK_ERRORS = {
  "body-missing": { field: "body", message: "Write your comment" },
  "body-long": { field: "body", message: `Your comment must be ${FEEDBACK_BODY_MAX.toLocaleString("en-GB")} characters or fewer` },
  anchor: { field: "anchor", message: "Choose what your comment is about from the list" },
  form: { field: "", message: "Something in the form was not right. Try again." },
} as const;

export type FeedbackErrorCode = keyof typeof FEEDBACK_ERRORS;

export function isFeedbackErrorCode(value: string | null): value is FeedbackErrorCode {
  return value !== null && Object.prototype.hasOwnProperty.call(FEEDBACK_ERRORS, value);
}

export const FEEDBACK_DONE = {
  started: "Your comment is posted. The participant will see it on their record and their home page.",
  replied: "Your reply is posted.",
  resolved: "The thread is marked as resolved.",
  reopened: "The thread is reopened.",
  read: "Feedback marked as read.",
} as const;

export type FeedbackDone = keyof typeof FEEDBACK_DONE;

export function isFeedbackDone(value: string | null): value is FeedbackDone {
  return value !== null && Object.prototype.hasOwnProperty.call(FEEDBACK_DONE, value);
}

/** Which form an error belongs to: "start" or the id of the thread replied to. */
export function feedbackFormKey(value: string | null): string | null {
  return value && /^(start|[A-Za-z0-9-]{1,100})$/.test(value) ? value : null;
}
