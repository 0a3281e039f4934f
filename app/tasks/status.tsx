import { TASK_STATUS_LABELS, type TaskStatus } from "~/schemas/values";
import { OverdueTag } from "~/components/tags";

// A task response's status always reads as words; the colours are app.css's own tag colours, so the tag looks
// the same wherever it is shown (the home page too), with or without tasks.css.
const TAG_CLASS: Record<TaskStatus, string> = {
  not_started: "tag--rag-not_started",
  in_progress: "tag--status-in_progress",
  done: "tag--rag-done",
};

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  return <span className={`tag ${TAG_CLASS[status]}`}>{TASK_STATUS_LABELS[status]}</span>;
}

/** The status and, when past due and not done, "Overdue". */
export function TaskStatusTags({ status, overdue }: { status: TaskStatus; overdue: boolean }) {
  return (
    <>
      <TaskStatusTag status={status} />
      {overdue ? (
        <>
          {" "}
          <OverdueTag />
        </>
      ) : null}
    </>
  );
}
