import type { LinkDescriptor } from "@remix-run/node";
import { Form, useLocation } from "@remix-run/react";
import { useEffect, useRef, type ReactNode, type RefObject } from "react";
import {
  FEEDBACK_BODY_MAX,
  FEEDBACK_DONE,
  FEEDBACK_ERRORS,
  feedbackFormKey,
  isFeedbackDone,
  isFeedbackErrorCode,
} from "~/feedback/values";
import feedbackStyles from "~/feedback/feedback.css";
import { DateText } from "~/components/tags";

// Feedback threads on a record page, between the record's owner and the cohort's leads. Every form posts to
// the /feedback resource route, which redirects back here with `?feedback=<what happened>` or
// `?feedbackError=<code>&feedbackFor=<form>`; the panel reads those from the address, so it needs no
// JavaScript. A page that shows the panel adds `feedbackStylesheet` to its `links` export.

export const feedbackStylesheet: LinkDescriptor = { rel: "stylesheet", href: feedbackStyles };

export interface FeedbackComment {
  id: string;
  authorName: string;
  /** "owner" (the participant who wrote the record) or "lead" (a cohort lead or admin). */
  authorRole: "owner" | "lead";
  mine: boolean;
  body: string;
  createdAt: string;
  isNew: boolean;
}

export interface FeedbackThread extends FeedbackComment {
  anchor: string;
  about: string;
  resolvedAt: string | null;
  replies: FeedbackComment[];
  /** Any comment in the thread is new to the viewer. */
  hasNew: boolean;
}

export interface FeedbackPanelProps {
  entryId: string;
  threads: FeedbackThread[];
  canStart: boolean;
  anchors: { value: string; label: string }[];
  /** False when the viewer may see the record but not its feedback: the panel renders nothing. */
  visible?: boolean;
}

type Outcome = ReturnType<typeof useOutcome>;
type FeedbackError = NonNullable<Outcome["error"]>;

/** The address to come back to: this page, without the previous post's outcome. */
function useReturnPath(): string {
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  for (const name of ["feedback", "feedbackError", "feedbackFor"]) params.delete(name);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ""}`;
}

function useOutcome() {
  const params = new URLSearchParams(useLocation().search);
  const code = params.get("feedbackError");
  const done = params.get("feedback");
  const error = isFeedbackErrorCode(code)
    ? { ...FEEDBACK_ERRORS[code], form: feedbackFormKey(params.get("feedbackFor")) ?? "start" }
    : null;
  return { error, done: isFeedbackDone(done) ? FEEDBACK_DONE[done] : null };
}

/** Moves focus to the error summary once per arrival with an error (not on every render, which would pull focus out of a field being typed in). */
function useFocusOnError(hasError: boolean) {
  const locationKey = useLocation().key;
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (hasError) summaryRef.current?.focus();
  }, [hasError, locationKey]);
  return summaryRef;
}

/** The message for a field of one form ("start" or a thread's id), if the last post failed there. */
function fieldError(error: FeedbackError | null, form: string, field: string): string | null {
  return error && error.form === form && error.field === field ? error.message : null;
}

/** A post to the /feedback resource route, which redirects back to `returnPath`. */
function FeedbackForm({
  intent,
  hidden,
  returnPath,
  className,
  id,
  heading,
  children,
}: {
  intent: string;
  hidden: Record<string, string>;
  returnPath: string;
  className: string;
  id?: string;
  heading?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Form method="post" action="/feedback" className={className} id={id}>
      {heading}
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="redirectTo" value={returnPath} />
      {children}
    </Form>
  );
}

function NewTag() {
  return <span className="tag feedback-tag--new">New</span>;
}

function Comment({ comment, reply }: { comment: FeedbackComment; reply?: boolean }) {
  return (
    <li id={`comment-${comment.id}`} className={`feedback-comment${reply ? " feedback-comment--reply" : ""}`}>
      <p className="feedback-comment__meta">
        <span className="feedback-comment__author">{comment.mine ? "You" : comment.authorName}</span>
        <span>{comment.authorRole === "owner" ? "Participant" : "Cohort lead"}</span>
        <DateText value={comment.createdAt} />
        {comment.isNew ? <NewTag /> : null}
      </p>
      <p className="feedback-comment__body">{comment.body}</p>
    </li>
  );
}

function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

function ErrorSummary({ error, summaryRef }: { error: FeedbackError; summaryRef: RefObject<HTMLDivElement> }) {
  const errorFieldId = error.field
    ? error.form === "start"
      ? `feedback-${error.field}`
      : `feedback-reply-${error.form}`
    : undefined;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="feedback-error-title">
      <h3 className="error-summary__title" id="feedback-error-title">
        There is a problem
      </h3>
      <ul className="error-summary__list">
        <li>{errorFieldId ? <a href={`#${errorFieldId}`}>{error.message}</a> : error.message}</li>
      </ul>
    </div>
  );
}

function UnreadNotice({ newCount, entryId, returnPath }: { newCount: number; entryId: string; returnPath: string }) {
  return (
    <div className="feedback-unread">
      <p>
        <NewTag /> {newCount === 1 ? "1 new comment" : `${newCount} new comments`} since you last looked.
      </p>
      <FeedbackForm intent="mark-read" hidden={{ entryId }} returnPath={returnPath} className="inline-form">
        <button type="submit" className="button button--secondary button--small">
          Mark as read
        </button>
      </FeedbackForm>
    </div>
  );
}

function ReplyForm({
  thread,
  replyError,
  returnPath,
}: {
  thread: FeedbackThread;
  replyError: string | null;
  returnPath: string;
}) {
  const replyId = `feedback-reply-${thread.id}`;
  return (
    <FeedbackForm
      intent="reply"
      hidden={{ threadId: thread.id }}
      returnPath={returnPath}
      className="feedback-reply"
      id={`feedback-form-${thread.id}`}
    >
      <div className={`form-group${replyError ? " form-group--error" : ""}`}>
        <label className="label" htmlFor={replyId}>
          Your reply<span className="visually-hidden"> ({thread.about})</span>
        </label>
        {replyError ? <FieldError id={`${replyId}-error`} message={replyError} /> : null}
        <textarea
          id={replyId}
          name="body"
          rows={3}
          className="textarea"
          maxLength={FEEDBACK_BODY_MAX}
          aria-invalid={replyError ? true : undefined}
          aria-describedby={replyError ? `${replyId}-error` : undefined}
        />
      </div>
      <button type="submit" className="button button--secondary button--small">
        Reply<span className="visually-hidden"> ({thread.about})</span>
      </button>
    </FeedbackForm>
  );
}

function Thread({
  thread,
  error,
  returnPath,
}: {
  thread: FeedbackThread;
  error: FeedbackError | null;
  returnPath: string;
}) {
  return (
    <li
      id={`thread-${thread.id}`}
      className={`feedback-thread${thread.resolvedAt ? " feedback-thread--resolved" : ""}`}
    >
      <h3 className="feedback-thread__about">{thread.about}</h3>
      <p className="card__meta">
        {thread.resolvedAt ? (
          <span className="tag feedback-tag--resolved">Resolved</span>
        ) : (
          <span className="tag feedback-tag--open">Open</span>
        )}
        {thread.replies.length > 0 ? (
          <span>{thread.replies.length === 1 ? "1 reply" : `${thread.replies.length} replies`}</span>
        ) : null}
      </p>
      <ol className="feedback-comments">
        <Comment comment={thread} />
        {thread.replies.map((r) => (
          <Comment key={r.id} comment={r} reply />
        ))}
      </ol>
      <ReplyForm thread={thread} replyError={fieldError(error, thread.id, "body")} returnPath={returnPath} />
      <div className="feedback-thread__controls">
        <FeedbackForm
          intent={thread.resolvedAt ? "reopen" : "resolve"}
          hidden={{ threadId: thread.id }}
          returnPath={returnPath}
          className="inline-form"
        >
          <button type="submit" className="button button--link">
            {thread.resolvedAt ? "Reopen" : "Mark as resolved"}
            <span className="visually-hidden"> ({thread.about})</span>
          </button>
        </FeedbackForm>
      </div>
    </li>
  );
}

function StartThreadForm({
  entryId,
  anchors,
  error,
  returnPath,
}: {
  entryId: string;
  anchors: FeedbackPanelProps["anchors"];
  error: FeedbackError | null;
  returnPath: string;
}) {
  const anchorError = fieldError(error, "start", "anchor");
  const bodyError = fieldError(error, "start", "body");
  return (
    <FeedbackForm
      intent="start"
      hidden={{ entryId }}
      returnPath={returnPath}
      className="feedback-start"
      id="feedback-form-start"
      heading={<h3>Start a thread</h3>}
    >
      <div className={`form-group${anchorError ? " form-group--error" : ""}`}>
        <label className="label" htmlFor="feedback-anchor">
          What is your comment about?
        </label>
        {anchorError ? <FieldError id="feedback-anchor-error" message={anchorError} /> : null}
        <select
          id="feedback-anchor"
          name="anchor"
          className="select"
          defaultValue=""
          aria-invalid={anchorError ? true : undefined}
          aria-describedby={anchorError ? "feedback-anchor-error" : undefined}
        >
          {anchors.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      <div className={`form-group${bodyError ? " form-group--error" : ""}`}>
        <label className="label" htmlFor="feedback-body">
          Your comment
        </label>
        <p className="hint" id="feedback-body-hint">
          The participant sees it on this record and on their home page. Up to{" "}
          {FEEDBACK_BODY_MAX.toLocaleString("en-GB")} characters.
        </p>
        {bodyError ? <FieldError id="feedback-body-error" message={bodyError} /> : null}
        <textarea
          id="feedback-body"
          name="body"
          rows={5}
          className="textarea"
          maxLength={FEEDBACK_BODY_MAX}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={`feedback-body-hint${bodyError ? " feedback-body-error" : ""}`}
        />
      </div>
      <button type="submit" className="button">
        Post comment
      </button>
    </FeedbackForm>
  );
}

export function FeedbackPanel({ entryId, threads, canStart, anchors, visible = true }: FeedbackPanelProps) {
  const returnPath = useReturnPath();
  const { error, done } = useOutcome();
  const summaryRef = useFocusOnError(error !== null);
  if (!visible) return null;

  const newCount = threads.reduce((n, t) => n + (t.isNew ? 1 : 0) + t.replies.filter((r) => r.isNew).length, 0);
  const openCount = threads.filter((t) => !t.resolvedAt).length;
  return (
    <section className="feedback-panel" id="feedback" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">Feedback</h2>
      <p className="feedback-panel__who">
        Only the participant who wrote this record, the cohort’s leads and programme admins can see this feedback.
        {threads.length > 0 ? ` ${openCount} open, ${threads.length - openCount} resolved.` : ""}
      </p>
      {error ? <ErrorSummary error={error} summaryRef={summaryRef} /> : null}
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      {newCount > 0 ? <UnreadNotice newCount={newCount} entryId={entryId} returnPath={returnPath} /> : null}

      {threads.length === 0 ? (
        <p>
          {canStart ? "No feedback yet. Start a thread to comment on this record or a part of it." : "No feedback yet."}
        </p>
      ) : (
        <ol className="feedback-threads">
          {threads.map((thread) => (
            <Thread key={thread.id} thread={thread} error={error} returnPath={returnPath} />
          ))}
        </ol>
      )}

      {canStart ? <StartThreadForm entryId={entryId} anchors={anchors} error={error} returnPath={returnPath} /> : null}
    </section>
  );
}
