import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActionForm } from "~/initiatives/action-form";
import { StatusPage } from "~/components/status-page";
import { getDb } from "~/db.server";
import { InputError } from "~/utils/errors.server";
import { addAction, getActionFormOptions } from "~/initiatives/initiatives.server";
import { actionSchema, parseWithZod } from "~/schemas/all.server";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";

export const meta: MetaFunction = () => [{ title: "Add an action – Strands" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return getActionFormOptions(getDb(), viewer, params.initiativeId ?? "");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const initiativeId = params.initiativeId ?? "";
  const { schools } = await getActionFormOptions(getDb(), viewer, initiativeId);
  const submission = parseWithZod(await readFormData(request), { schema: actionSchema(schools.map((s) => s.id)) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    const actionId = await addAction(getDb(), viewer, initiativeId, submission.value);
    return redirect(`/initiatives/${initiativeId}#action-${actionId}`);
  } catch (error) {
    if (error instanceof InputError) return data(submission.reply({ fieldErrors: error.fieldErrors }), { status: 400 });
    throw error;
  }
}

export default function NewAction() {
  const { initiative, schools, started } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/initiatives/${initiative.id}`}>Back to {initiative.title}</Link>
      </p>
      <span className="caption">{initiative.title}</span>
      <h1>Add an action</h1>
      <ActionForm
        schools={schools}
        lastResult={lastResult}
        defaultValue={{ rag: "not_started", schoolIds: schools.length === 1 ? [schools[0].id] : [] }}
        submitLabel="Add action"
        cancelTo={`/initiatives/${initiative.id}`}
        askWhy={started}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <StatusPage />;
}
