import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { TaskForm } from "~/tasks/form";
import { getDb } from "~/db.server";
import { getTaskForEditing, getTaskFormOptions, taskChoicesFrom, updateTask } from "~/tasks/lead.server";
import { parseWithZod, taskSchema } from "~/schemas/all.server";
import styles from "~/tasks/tasks.css";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { orFieldErrors, replyToInvalid } from "~/utils/form-reply.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = () => [{ title: "Edit task – Strands" }];

async function loadForm(request: Request, cohortId: string, taskId: string) {
  const viewer = await requireViewer(request);
  const task = await getTaskForEditing(getDb(), viewer, cohortId, taskId);
  const options = await getTaskFormOptions(getDb(), viewer, cohortId);
  return { viewer, task, options, choices: taskChoicesFrom(options) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { task, options, choices } = await loadForm(request, params.cohortId ?? "", params.taskId ?? "");
  return { taskId: params.taskId ?? "", task, options, choices };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const cohortId = params.cohortId ?? "";
  const taskId = params.taskId ?? "";
  const { viewer, choices } = await loadForm(request, cohortId, taskId);
  const submission = parseWithZod(await readFormData(request), { schema: taskSchema(choices) });
  if (submission.status !== "success") return replyToInvalid(submission);
  return orFieldErrors(submission, async () => {
    await updateTask(getDb(), viewer, cohortId, taskId, submission.value);
    return redirect(`/cohorts/${cohortId}/tasks/${taskId}`);
  });
}

export default function EditTask() {
  const { taskId, task, options, choices } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const taskPath = `/cohorts/${options.cohort.id}/tasks/${taskId}`;
  return (
    <>
      <p className="breadcrumbs">
        <Link to={taskPath}>Back to {task.title}</Link>
      </p>
      <span className="caption">{options.cohort.name}</span>
      <h1>Edit task</h1>
      <TaskForm
        options={options}
        choices={choices}
        lastResult={lastResult}
        defaultValue={task}
        submitLabel="Save changes"
        cancelTo={taskPath}
      />
    </>
  );
}
