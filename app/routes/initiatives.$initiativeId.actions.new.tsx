import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActionForm } from "~/initiatives/action-form";
import { getDb } from "~/db.server";
import { addAction, getActionFormOptions } from "~/initiatives/action-plan.server";
import { actionSchema, parseWithZod } from "~/schemas/all.server";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { orFieldErrors, replyToInvalid } from "~/utils/form-reply.server";

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
  if (submission.status !== "success") return replyToInvalid(submission);
  return orFieldErrors(submission, async () => {
    const actionId = await addAction(getDb(), viewer, initiativeId, submission.value);
    return redirect(`/initiatives/${initiativeId}#action-${actionId}`);
  });
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
