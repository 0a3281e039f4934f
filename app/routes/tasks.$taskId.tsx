import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { EvidencePanel, evidenceStylesheet } from "~/evidence/panel";
import { FeedbackPanel, feedbackStylesheet } from "~/feedback/panel";
import { getFeedbackPanel } from "~/feedback/feedback.server";
import { TaskResponseForm } from "~/tasks/response-form";
import { SummaryRow } from "~/tasks/summary-row";
import { TaskStatusTags } from "~/tasks/status";
import { DateText } from "~/components/tags";
import { getDb } from "~/db.server";
import { listEvidenceForEntry } from "~/evidence/evidence.server";
import { getTaskForParticipant, saveTaskResponse, taskResponseChoicesFrom } from "~/tasks/response.server";
import { parseWithZod, taskResponseSchema } from "~/schemas/all.server";
import styles from "~/tasks/tasks.css";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { orFieldErrors, replyToInvalid } from "~/utils/form-reply.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }, evidenceStylesheet, feedbackStylesheet];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data && "task" in data ? data.task.title : "Task"} – Strands` },
];

async function loadTask(request: Request, taskId: string) {
  const viewer = await requireViewer(request);
  const detail = await getTaskForParticipant(getDb(), viewer, taskId);
  return { viewer, detail, choices: taskResponseChoicesFrom(detail.options) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { viewer, detail, choices } = await loadTask(request, params.taskId ?? "");
  const evidence = detail.response ? await listEvidenceForEntry(getDb(), viewer, detail.response.id) : [];
  const feedback = detail.response ? await getFeedbackPanel(getDb(), viewer, detail.response.id) : null;
  return { ...detail, choices, evidence, feedback };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const taskId = params.taskId ?? "";
  const { viewer, choices } = await loadTask(request, taskId);
  const submission = parseWithZod(await readFormData(request), { schema: taskResponseSchema(choices) });
  if (submission.status !== "success") return replyToInvalid(submission);
  return orFieldErrors(submission, async () => {
    await saveTaskResponse(getDb(), viewer, taskId, submission.value);
    return redirect(`/tasks?saved=${encodeURIComponent(taskId)}`);
  });
}

export default function TaskPage() {
  const { task, status, overdue, response, options, choices, evidence, feedback } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/tasks">Your tasks</Link>
      </p>
      <span className="caption">Inter-sessional task · {task.cohortName}</span>
      <h1>{task.title}</h1>
      <p className="card__meta">
        <TaskStatusTags status={status} overdue={overdue} />
        <span>
          Due <DateText value={task.dueOn} />
          {task.dueBefore ? `, before workshop ${task.dueBefore.number}` : ""}
        </span>
        {response ? (
          <span>
            You last saved your response on <DateText value={response.updatedAt} />
          </span>
        ) : null}
      </p>

      <h2>What to do</h2>
      <p className="prose">{task.instructions}</p>
      <dl className="summary-list">
        {task.afterWorkshop ? <SummaryRow term="Set after">{task.afterWorkshop.title}</SummaryRow> : null}
        {task.setByName ? <SummaryRow term="Set by">{task.setByName}</SummaryRow> : null}
        {task.strands.length > 0 ? (
          <SummaryRow term="Strands">{task.strands.map((s) => s.title).join(" · ")}</SummaryRow>
        ) : null}
      </dl>

      <h2>Your response</h2>
      <TaskResponseForm
        options={options}
        choices={choices}
        lastResult={lastResult}
        defaultValue={
          response
            ? {
                status: response.status,
                body: response.body,
                visibility: response.visibility,
                initiativeId: response.initiativeId ?? undefined,
                strandIds: response.strandIds,
                outcomeIds: response.outcomeIds,
              }
            : {
                status: "not_started",
                body: "",
                visibility: "leads",
                strandIds: task.strands.map((s) => s.id),
                outcomeIds: [],
              }
        }
      />
      {response ? (
        <EvidencePanel entryId={response.id} items={evidence} canEdit />
      ) : (
        <p className="muted">Save your response first; then you can add evidence to it, such as a file or a link.</p>
      )}
      {feedback ? <FeedbackPanel {...feedback} /> : null}
    </>
  );
}
