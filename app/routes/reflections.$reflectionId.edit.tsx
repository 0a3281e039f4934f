import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ReflectionForm } from "~/reflections/form";
import { getDb } from "~/db.server";
import {
  deleteReflection,
  getReflectionForEditing,
  getReflectionFormOptions,
  reflectionChoicesFrom,
  updateReflection,
} from "~/reflections/reflections.server";
import { parseWithZod, reflectionSchema } from "~/schemas/all.server";
import styles from "~/reflections/reflections.css";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { orFieldErrors, replyToInvalid } from "~/utils/form-reply.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "Edit reflection – Strands" }];

async function loadForm(request: Request, id: string) {
  const viewer = await requireViewer(request);
  const reflection = await getReflectionForEditing(getDb(), viewer, id);
  const options = (await getReflectionFormOptions(getDb(), viewer)).filter((o) => o.cohortId === reflection.cohortId);
  return { viewer, reflection, options, choices: reflectionChoicesFrom(options) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { reflection, options, choices } = await loadForm(request, params.reflectionId ?? "");
  return { id: params.reflectionId ?? "", reflection, options, choices };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.reflectionId ?? "";
  const { viewer, options, choices } = await loadForm(request, id);
  const formData = await readFormData(request);
  if (formData.get("intent") === "delete") {
    await deleteReflection(getDb(), viewer, id);
    return redirect("/reflections");
  }
  const submission = parseWithZod(formData, { schema: reflectionSchema(choices) });
  if (submission.status !== "success") return replyToInvalid(submission);
  return orFieldErrors(submission, async () => {
    await updateReflection(getDb(), viewer, options, id, submission.value);
    return redirect(`/reflections/${id}`);
  });
}

export default function EditReflection() {
  const { id, reflection, options, choices } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/reflections/${id}`}>Back to {reflection.title}</Link>
      </p>
      <h1>Edit reflection</h1>
      <ReflectionForm
        options={options}
        choices={choices}
        lastResult={lastResult}
        defaultValue={reflection}
        submitLabel="Save changes"
        cancelTo={`/reflections/${id}`}
      />
      <h2>Delete this reflection</h2>
      <p>Deleting a reflection removes it and its evidence for good.</p>
      <Form method="post">
        <input type="hidden" name="intent" value="delete" />
        <button type="submit" className="button button--warning">
          Delete reflection
        </button>
      </Form>
    </>
  );
}
