import type { SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
import { InputError } from "./errors.server";

// How an action answers a form it could not act on: one convention for every form. A submission that breaks its
// schema gets its errors back with 400; one that only asked the form to change (an intent such as "add a row",
// sent without JavaScript) gets the changed form with 200; a rule only the server can check (the model's
// InputError) comes back beside its fields, with 400. What the person typed always comes back with it.

interface Replyable {
  status?: "success" | "error";
  reply(options?: { fieldErrors?: Record<string, string[]> }): SubmissionResult<string[]>;
}

/** The answer to a submission that did not pass its schema. */
export function replyToInvalid(submission: Replyable) {
  return data(submission.reply(), { status: submission.status === "error" ? 400 : 200 });
}

/** Does what a valid submission asks; an InputError the model throws becomes the form's errors (400). */
export async function orFieldErrors<T>(submission: Replyable, work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InputError) return data(submission.reply({ fieldErrors: error.fieldErrors }), { status: 400 });
    throw error;
  }
}
