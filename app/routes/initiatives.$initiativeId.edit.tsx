import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { InitiativeForm } from "~/initiatives/form";
import { getDb } from "~/db.server";
import { getParticipantCohorts } from "~/entries/entries.server";
import { choicesFrom, getInitiativeForEditing, updateInitiative } from "~/initiatives/initiatives.server";
import { initiativeHasStarted } from "~/initiatives/adaptations.server";
import { initiativeSchema, parseWithZod } from "~/schemas/all.server";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { orFieldErrors, replyToInvalid } from "~/utils/form-reply.server";

export const meta: MetaFunction = () => [{ title: "Edit initiative – Strands" }];

async function loadForm(request: Request, initiativeId: string) {
  const viewer = await requireViewer(request);
  const initiative = await getInitiativeForEditing(getDb(), viewer, initiativeId);
  const options = (await getParticipantCohorts(getDb(), viewer)).filter((o) => o.cohortId === initiative.cohortId);
  return { viewer, initiative, options, choices: choicesFrom(options) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { initiative, options, choices } = await loadForm(request, params.initiativeId ?? "");
  const id = params.initiativeId ?? "";
  return { id, initiative, options, choices, started: await initiativeHasStarted(getDb(), id) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.initiativeId ?? "";
  const { viewer, options, choices } = await loadForm(request, id);
  const submission = parseWithZod(await readFormData(request), { schema: initiativeSchema(choices) });
  if (submission.status !== "success") return replyToInvalid(submission);
  return orFieldErrors(submission, async () => {
    await updateInitiative(getDb(), viewer, options, id, submission.value);
    return redirect(`/initiatives/${id}`);
  });
}

export default function EditInitiative() {
  const { id, initiative, options, choices, started } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/initiatives/${id}`}>Back to {initiative.title}</Link>
      </p>
      <h1>Edit your initiative</h1>
      <InitiativeForm
        options={options}
        choices={choices}
        lastResult={lastResult}
        defaultValue={initiative}
        submitLabel="Save changes"
        cancelTo={`/initiatives/${id}`}
        askWhy={started}
      />
    </>
  );
}
