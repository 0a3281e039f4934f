import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { InitiativeForm } from "~/initiatives/form";
import { getDb } from "~/db.server";
import { getParticipantCohorts } from "~/entries/entries.server";
import { choicesFrom, createInitiative } from "~/initiatives/initiatives.server";
import { initiativeSchema, parseWithZod } from "~/schemas/all.server";
import { requireParticipantMembership, requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { orFieldErrors, replyToInvalid } from "~/utils/form-reply.server";

export const meta: MetaFunction = () => [{ title: "Create an initiative – Strands" }];

async function loadForm(request: Request) {
  const viewer = await requireViewer(request);
  requireParticipantMembership(viewer);
  const options = await getParticipantCohorts(getDb(), viewer);
  return { viewer, options, choices: choicesFrom(options) };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { options, choices } = await loadForm(request);
  return { options, choices };
}

export async function action({ request }: ActionFunctionArgs) {
  const { viewer, options, choices } = await loadForm(request);
  const submission = parseWithZod(await readFormData(request), { schema: initiativeSchema(choices) });
  if (submission.status !== "success") return replyToInvalid(submission);
  return orFieldErrors(submission, async () => {
    const id = await createInitiative(getDb(), viewer, options, submission.value);
    return redirect(`/initiatives/${id}`);
  });
}

export default function NewInitiative() {
  const { options, choices } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <h1>Create your initiative</h1>
      <p className="lead">
        Set out your improvement the way an implementation plan does: the problem, the approach, and how you will know
        it worked. You can change any of it later, and add the action plan next.
      </p>
      <InitiativeForm
        options={options}
        choices={choices}
        lastResult={lastResult}
        defaultValue={{
          cohortId: options[0]?.cohortId,
          status: "planning",
          visibility: "leads",
          implementationOutcomes: [{ description: "", measure: "", measuredWhen: "" }],
          finalOutcomes: [{ description: "", measure: "", measuredWhen: "" }],
        }}
        submitLabel="Save initiative"
        cancelTo="/initiatives"
      />
    </>
  );
}
