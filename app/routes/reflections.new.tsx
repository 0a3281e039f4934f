import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ReflectionForm } from "~/reflections/form";
import { getDb } from "~/db.server";
import { createReflection, getReflectionFormOptions, reflectionChoicesFrom } from "~/reflections/reflections.server";
import { parseWithZod, reflectionSchema } from "~/schemas/all.server";
import styles from "~/reflections/reflections.css";
import { todayInEngland } from "~/utils/dates";
import { requireParticipantMembership, requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { orFieldErrors, replyToInvalid } from "~/utils/form-reply.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "Write a reflection – Strands" }];

async function loadForm(request: Request) {
  const viewer = await requireViewer(request);
  requireParticipantMembership(viewer);
  const options = await getReflectionFormOptions(getDb(), viewer);
  return { viewer, options, choices: reflectionChoicesFrom(options) };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { options, choices } = await loadForm(request);
  const url = new URL(request.url);
  // Arriving from an initiative or a workshop pre-selects it.
  const initiativeId = url.searchParams.get("initiative") ?? undefined;
  const workshopId = url.searchParams.get("workshop") ?? undefined;
  return {
    options,
    choices,
    today: todayInEngland(),
    initiativeId: initiativeId && choices.initiativeIds.includes(initiativeId) ? initiativeId : undefined,
    workshopId: workshopId && choices.workshopIds.includes(workshopId) ? workshopId : undefined,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { viewer, options, choices } = await loadForm(request);
  const submission = parseWithZod(await readFormData(request), { schema: reflectionSchema(choices) });
  if (submission.status !== "success") return replyToInvalid(submission);
  return orFieldErrors(submission, async () => {
    const id = await createReflection(getDb(), viewer, options, submission.value);
    return redirect(`/reflections/${id}`);
  });
}

export default function NewReflection() {
  const { options, choices, today, initiativeId, workshopId } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <h1>Write a reflection</h1>
      <p className="lead">
        A few minutes after a workshop, a meeting or a lesson: what happened, what it means, and what you will do next.
      </p>
      <ReflectionForm
        options={options}
        choices={choices}
        lastResult={lastResult}
        defaultValue={{
          cohortId: options[0]?.cohortId,
          writtenOn: today,
          mode: "prompted",
          visibility: "leads",
          initiativeId,
          workshopId,
        }}
        submitLabel="Save reflection"
        cancelTo="/reflections"
      />
    </>
  );
}
