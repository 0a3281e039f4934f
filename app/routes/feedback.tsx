import type { ActionFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { getDb } from "~/db.server";
import { InputError } from "~/utils/errors.server";
import { markRead, reply, setResolved, startThread } from "~/feedback/feedback.server";
import { feedbackSchema, type FeedbackDone, type FeedbackErrorCode } from "~/schemas/all.server";
import { safeRedirect } from "~/utils/redirect.server";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";

// The one place every form of the feedback panel posts to (start a thread, reply, resolve, reopen, mark as
// read). Post/redirect/get: it goes back to the record page named by `redirectTo` (a same-site path), with
// what happened in the address (`?feedback=replied`, or `?feedbackError=body-missing&feedbackFor=<form>`),
// so the panel works the same with and without JavaScript. A post without a usable `redirectTo` (not from the
// panel) gets a plain 400 with the field errors instead.

const FEEDBACK_PARAMS = ["feedback", "feedbackError", "feedbackFor"];

/**
 * `safePath` (from safeRedirect, so already normalised and checked) with the outcome in its query and a new
 * fragment. Its path is kept exactly as it is, not parsed again: parsing is what once turned "/.//evil" into
 * "//evil" after the check had passed. Only the query is rewritten.
 */
function backTo(safePath: string, params: Record<string, string>, hash: string): string {
  const beforeHash = safePath.split("#", 1)[0];
  const queryAt = beforeHash.indexOf("?");
  const pathname = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const search = new URLSearchParams(queryAt === -1 ? "" : beforeHash.slice(queryAt + 1));
  for (const name of FEEDBACK_PARAMS) search.delete(name);
  for (const [name, value] of Object.entries(params)) search.set(name, value);
  return `${pathname}?${search}#${encodeURIComponent(hash)}`;
}

function errorCode(fieldErrors: Record<string, string[] | undefined>): FeedbackErrorCode {
  const body = fieldErrors.body?.[0];
  if (body) return /characters or fewer/.test(body) ? "body-long" : "body-missing";
  if (fieldErrors.anchor?.length) return "anchor";
  return "form";
}

/** Which form an error belongs to, so the panel shows it beside the right field: "start" or the thread's id. */
function formKey(fields: Record<string, FormDataEntryValue>): string {
  const threadId = fields.threadId;
  if (fields.intent === "reply" && typeof threadId === "string" && /^[A-Za-z0-9-]{1,100}$/.test(threadId))
    return threadId;
  return "start";
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const formData = await readFormData(request);
  const fields = Object.fromEntries(formData);
  const redirectTo = safeRedirect(fields.redirectTo, "");

  const fail = (fieldErrors: Record<string, string[] | undefined>) => {
    if (!redirectTo) return data({ ok: false as const, fieldErrors }, { status: 400 });
    const key = formKey(fields);
    return redirect(
      backTo(redirectTo, { feedbackError: errorCode(fieldErrors), feedbackFor: key }, `feedback-form-${key}`),
      303,
    );
  };
  const done = (what: FeedbackDone, hash: string) => {
    if (!redirectTo) return data({ ok: true as const, done: what });
    return redirect(backTo(redirectTo, { feedback: what }, hash), 303);
  };

  const parsed = feedbackSchema.safeParse(fields);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "");
      (fieldErrors[name] ??= []).push(issue.message);
    }
    return fail(fieldErrors);
  }
  const input = parsed.data;
  const db = getDb();
  try {
    switch (input.intent) {
      case "start": {
        const { threadId } = await startThread(db, viewer, input);
        return done("started", `thread-${threadId}`);
      }
      case "reply": {
        const { commentId } = await reply(db, viewer, input);
        return done("replied", `comment-${commentId}`);
      }
      case "resolve":
      case "reopen": {
        const { threadId } = await setResolved(db, viewer, {
          threadId: input.threadId,
          resolved: input.intent === "resolve",
        });
        return done(input.intent === "resolve" ? "resolved" : "reopened", `thread-${threadId}`);
      }
      case "mark-read": {
        await markRead(db, viewer, input.entryId);
        return done("read", "feedback");
      }
    }
  } catch (error) {
    if (error instanceof InputError) return fail(error.fieldErrors);
    throw error;
  }
}
