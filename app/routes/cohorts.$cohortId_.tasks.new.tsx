import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { TaskForm } from "~/tasks/form";
import { getDb } from "~/db.server";
import { createTask, getTaskFormOptions, taskChoicesFrom } from "~/tasks/lead.server";
import { parseWithZod, taskSchema } from "~/schemas/all.server";
import styles from "~/tasks/tasks.css";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { orFieldErrors, replyToInvalid } from "~/utils/form-reply.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = () => [{ title: "Set a task – Strands" }];

async function loadForm(request: Request, cohortId: string) {
  const viewer = await requireViewer(request);
  const options = await getTaskFormOptions(getDb(), viewer, cohortId);
  return { viewer, options, choices: taskChoicesFrom(options) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { options, choices } = await loadForm(request, params.cohortId ?? "");
  return { options, choices };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const cohortId = params.cohortId ?? "";
  const { viewer, choices } = await loadForm(request, cohortId);
  const submission = parseWithZod(await readFormData(request), { schema: taskSchema(choices) });
  if (submission.status !== "success") return replyToInvalid(submission);
  return orFieldErrors(submission, async () => {
    const id = await createTask(getDb(), viewer, cohortId, submission.value);
    return redirect(`/cohorts/${cohortId}/tasks/${id}`);
  });
}

export default function NewTask() {
  const { options, choices } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const tasksPath = `/cohorts/${options.cohort.id}/tasks`;
  return (
    <>
      <p className="breadcrumbs">
        <Link to={tasksPath}>Inter-sessional tasks</Link>
      </p>
      <span className="caption">{options.cohort.name}</span>
      <h1>Set a task</h1>
      <p className="lead">Every participant of the cohort will see it under Tasks, with its due date.</p>
      <TaskForm
        options={options}
        choices={choices}
        lastResult={lastResult}
        submitLabel="Set task"
        cancelTo={tasksPath}
      />
    </>
  );
}
