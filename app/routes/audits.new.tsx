import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { AuditForm } from "~/audits/form";
import { getDb } from "~/db.server";
import { auditChoicesFrom, createAudit, getAuditFormOptions } from "~/audits/audits.server";
import { auditSchema, parseWithZod } from "~/schemas/all.server";
import styles from "~/audits/audits.css";
import { todayInEngland } from "~/utils/dates";
import { requireParticipantMembership, requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { orFieldErrors, replyToInvalid } from "~/utils/form-reply.server";

export const meta: MetaFunction = () => [{ title: "Start an audit – Strands" }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

async function loadForm(request: Request) {
  const viewer = await requireViewer(request);
  requireParticipantMembership(viewer);
  const options = await getAuditFormOptions(getDb(), viewer);
  return { viewer, options, choices: auditChoicesFrom(options) };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { options, choices } = await loadForm(request);
  return { options, choices, today: todayInEngland() };
}

export async function action({ request }: ActionFunctionArgs) {
  const { viewer, options, choices } = await loadForm(request);
  const submission = parseWithZod(await readFormData(request), { schema: auditSchema(choices) });
  if (submission.status !== "success") return replyToInvalid(submission);
  return orFieldErrors(submission, async () => {
    const id = await createAudit(getDb(), viewer, options, submission.value);
    return redirect(`/audits/${id}/ratings`);
  });
}

export default function NewAudit() {
  const { options, choices, today } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/audits">Your audits</Link>
      </p>
      <h1>Start a baseline audit</h1>
      <p className="lead">
        Choose what to audit, the schools and the criteria. Next you rate each school against each criterion; you can
        save part of the grid and finish it later.
      </p>
      <AuditForm
        options={options}
        choices={choices}
        lastResult={lastResult}
        defaultValue={{ cohortId: options[0]?.cohortId, conductedOn: today, visibility: "leads" }}
      />
    </>
  );
}
