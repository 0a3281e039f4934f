import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ActionForm } from "~/initiatives/action-form";
import { getDb } from "~/db.server";
import { InputError } from "~/utils/errors.server";
import {
  deleteAction,
  getActionForEditing,
  getActionFormOptions,
  updateAction,
} from "~/initiatives/action-plan.server";
import { actionSchema, parseWithZod } from "~/schemas/all.server";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { replyToInvalid } from "~/utils/form-reply.server";

export const meta: MetaFunction = () => [{ title: "Edit action – Strands" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const initiativeId = params.initiativeId ?? "";
  const actionId = params.actionId ?? "";
  const { initiative, schools, started } = await getActionFormOptions(getDb(), viewer, initiativeId);
  return { initiative, schools, started, action: await getActionForEditing(getDb(), viewer, initiativeId, actionId) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const initiativeId = params.initiativeId ?? "";
  const actionId = params.actionId ?? "";
  const formData = await readFormData(request);
  if (formData.get("intent") === "delete") {
    try {
      await deleteAction(getDb(), viewer, initiativeId, actionId, String(formData.get("why") ?? ""));
    } catch (error) {
      if (error instanceof InputError) {
        return data(
          { deleteError: error.fieldErrors.why?.[0] ?? "Check the reason", why: String(formData.get("why") ?? "") },
          { status: 400 },
        );
      }
      throw error;
    }
    return redirect(`/initiatives/${initiativeId}#action-plan`);
  }
  const { schools } = await getActionFormOptions(getDb(), viewer, initiativeId);
  const submission = parseWithZod(formData, { schema: actionSchema(schools.map((s) => s.id)) });
  if (submission.status !== "success") return replyToInvalid(submission);
  try {
    await updateAction(getDb(), viewer, initiativeId, actionId, submission.value);
  } catch (error) {
    if (error instanceof InputError) return data(submission.reply({ fieldErrors: error.fieldErrors }), { status: 400 });
    throw error;
  }
  return redirect(`/initiatives/${initiativeId}#action-${actionId}`);
}

export default function EditAction() {
  const { initiative, schools, started, action: current } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const deleteResult = result && "deleteError" in result ? result : undefined;
  const lastResult = result && !("deleteError" in result) ? result : undefined;
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
        askWhy={started}
      />
      <h2>Remove this action</h2>
      <p>Removing an action takes it out of your plan for good.</p>
      {deleteResult ? (
        <div className="error-summary" role="alert" tabIndex={-1} autoFocus>
          <h2 className="error-summary__title">There is a problem</h2>
          <ul className="error-summary__list">
            <li>
              <a href="#remove-why">{deleteResult.deleteError}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <Form method="post" className="narrow">
        <input type="hidden" name="intent" value="delete" />
        {started ? (
          <div className={`form-group${deleteResult ? " form-group--error" : ""}`}>
            <label className="label" htmlFor="remove-why">
              Why are you removing it?
            </label>
            <p className="hint" id="remove-why-hint">
              Your initiative has started, so removing an action is kept in its adaptation log with your reason.
            </p>
            {deleteResult ? (
              <p className="field-error" id="remove-why-error">
                <span className="visually-hidden">Error: </span>
                {deleteResult.deleteError}
              </p>
            ) : null}
            <textarea
              id="remove-why"
              name="why"
              rows={3}
              className="textarea"
              defaultValue={deleteResult?.why}
              aria-invalid={deleteResult ? true : undefined}
              aria-describedby={deleteResult ? "remove-why-hint remove-why-error" : "remove-why-hint"}
            />
          </div>
        ) : null}
        <button type="submit" className="button button--warning">
          Remove action
        </button>
      </Form>
    </>
  );
}
