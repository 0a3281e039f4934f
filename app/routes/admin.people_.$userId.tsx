import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/forms";
import { getDb } from "~/db.server";
import { erasePerson, getPerson } from "~/data-protection/data-protection.server";
import { EraseSchema, parseWithZod } from "~/schemas/all.server";
import { readFormData } from "~/utils/form-data.server";
import { requireViewer } from "~/utils/permissions.server";
import { useLazyValidation } from "~/components/lazy-validation";
import type { z } from "~/schemas/zod";
import { orFieldErrors, replyToInvalid } from "~/utils/form-reply.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data && "person" in data ? data.person.name : "Person"} – People and their data – Strands` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return { person: await getPerson(getDb(), viewer, params.userId ?? "") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: EraseSchema });
  // Checks the viewer is an admin and the person exists before saying anything about the form.
  await getPerson(getDb(), viewer, params.userId ?? "");
  if (submission.status !== "success") return replyToInvalid(submission);
  return orFieldErrors(submission, async () => {
    const result = await erasePerson(getDb(), viewer, params.userId ?? "", submission.value.confirmEmail);
    return redirect(`/admin/people?erased=${encodeURIComponent(result.name)}`);
  });
}

export default function AdminPerson() {
  const { person } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const confirming = searchParams.get("erase") === "confirm" || lastResult != null;
  const validation = useLazyValidation(
    () => import("~/audit-trail/schema"),
    (m) => m.EraseSchema,
    "onSubmit",
  );
  const [form, fields] = useForm<z.input<typeof EraseSchema>, z.output<typeof EraseSchema>>({
    id: "erase",
    lastResult,
    ...validation.options,
  });
  return (
    <div className="narrow">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/admin/people">People and their data</Link>
      </nav>
      <h1>{person.name}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Email address</dt>
          <dd>{person.email}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Cohorts</dt>
          <dd>
            {person.memberships.length === 0
              ? "None"
              : person.memberships.map((m) => `${m.cohortName} (${m.role})`).join("; ")}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Records</dt>
          <dd>{person.recordCount}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Evidence items</dt>
          <dd>{person.evidenceCount}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Comments written</dt>
          <dd>{person.commentCount}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Signed in on</dt>
          <dd>
            {person.sessionCount} {person.sessionCount === 1 ? "device or browser" : "devices or browsers"}
          </dd>
        </div>
      </dl>

      <h2>Export everything</h2>
      <p>
        A zip file with every record, detail, tag, comment and evidence file Strands holds about {person.name}, as JSON
        and CSV. Passwords are never included. The export is recorded in the audit log.
      </p>
      <p>
        <a className="button" href={`/admin/people/${person.id}/export`} download>
          Export everything
        </a>
      </p>
      <p>
        <Link to={`/admin/audit-log?person=${person.id}`}>See the audit log for {person.name}</Link>
      </p>

      <h2>Erase</h2>
      {person.isSelf ? (
        <p>You cannot erase your own account. Ask another programme admin.</p>
      ) : confirming ? (
        <>
          <div className="notice" role="note">
            <p>
              <strong>This cannot be undone.</strong> Erasing {person.name} deletes their account, sessions,
              memberships, all {person.recordCount} of their records with their evidence and the comments on them.
              Comments they wrote on other people’s records will show as “[removed]” with no name. Cohort counts drop by
              their records.
            </p>
          </div>
          <ErrorSummary form={form} labels={{ confirmEmail: "Email address" }} />
          <Form method="post" {...getFormProps(form)} {...validation.formProps}>
            <input type="hidden" name="intent" value="erase" />
            <TextField
              field={fields.confirmEmail}
              label="Email address"
              hint={`To confirm, type ${person.email}`}
              autoComplete="off"
            />
            <div className="button-row">
              <button type="submit" className="button button--warning">
                Erase {person.name}
              </button>
              <Link to={`/admin/people/${person.id}`}>Cancel</Link>
            </div>
          </Form>
        </>
      ) : (
        <>
          <p>Erase {person.name} when they ask to be forgotten. You will be asked to confirm.</p>
          <p>
            <Link className="button button--warning" to={`/admin/people/${person.id}?erase=confirm`}>
              Erase this person
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
