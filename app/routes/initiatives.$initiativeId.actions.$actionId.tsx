import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActionForm } from "~/components/action-form";
import { StatusPage } from "~/components/status-page";
import { getDb } from "~/db.server";
import { deleteAction, getActionForEditing, getActionFormOptions, updateAction } from "~/models/initiatives.server";
import { actionSchema } from "~/schemas/initiative";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";

export const meta: MetaFunction = () => [{ title: "Edit action – Strands" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const initiativeId = params.initiativeId ?? "";
  const actionId = params.actionId ?? "";
  const { initiative, schools } = await getActionFormOptions(getDb(), viewer, initiativeId);
  return { initiative, schools, action: await getActionForEditing(getDb(), viewer, initiativeId, actionId) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const initiativeId = params.initiativeId ?? "";
  const actionId = params.actionId ?? "";
  const formData = await readFormData(request);
  if (formData.get("intent") === "delete") {
    await deleteAction(getDb(), viewer, initiativeId, actionId);
    return redirect(`/initiatives/${initiativeId}#action-plan`);
  }
  const { schools } = await getActionFormOptions(getDb(), viewer, initiativeId);
  const submission = parseWithZod(formData, { schema: actionSchema(schools.map((s) => s.id)) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  await updateAction(getDb(), viewer, initiativeId, actionId, submission.value);
  return redirect(`/initiatives/${initiativeId}#action-${actionId}`);
}

export default function EditAction() {
  const { initiative, schools, action: current } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/initiatives/${initiative.id}`}>Back to {initiative.title}</Link>
      </p>
      <span className="caption">{initiative.title}</span>
      <h1>Edit action</h1>
      <ActionForm
        schools={schools}
        lastResult={lastResult}
        defaultValue={current}
        submitLabel="Save action"
        cancelTo={`/initiatives/${initiative.id}`}
      />
      <h2>Remove this action</h2>
      <p>Removing an action takes it out of your plan for good.</p>
      <Form method="post">
        <input type="hidden" name="intent" value="delete" />
        <button type="submit" className="button button--warning">
          Remove action
        </button>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <StatusPage />;
}
