// The feedback panel's limits, messages and address codes, with no zod here so the record pages that show the
// panel keep zod out of their first-load JavaScript; ./feedback holds the schemas.

export const FEEDBACK_BODY_MAX = 5000;

/**
 * Errors travel back to the record page in its address as a code, never as free text (so nobody can craft a
 * link that shows a made-up message). The panel shows the message beside the field it names.
 */
export const FEEDBACK_ERRORS = {
  "body-missing": { field: "body", message: "Write your comment" },
  "body-long": {
    field: "body",
    message: `Your comment must be ${FEEDBACK_BODY_MAX.toLocaleString("en-GB")} characters or fewer`,
  },
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
