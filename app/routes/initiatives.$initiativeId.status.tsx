import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, SelectField, TextareaField } from "~/components/forms";
import { healthStylesheet, InitiativeHealthSummary } from "~/initiatives/health";
import { DataTable } from "~/components/data-table";
import { DateText, RagTag } from "~/components/tags";
import { getDb } from "~/db.server";
import { InputError } from "~/utils/errors.server";
import { requireOwnInitiative } from "~/initiatives/adaptations.server";
import { getStatusPage, overrideInitiativeStatus, toHealthView } from "~/initiatives/health.server";
import { ClearOverrideSchema, parseWithZod, StatusOverrideSchema } from "~/schemas/all.server";
import { RAG_LABELS, RAGS } from "~/schemas/values";
import { readFormData } from "~/utils/form-data.server";
import { requireViewer } from "~/utils/permissions.server";
import { useLazyValidation } from "~/components/lazy-validation";
import type { z } from "~/schemas/zod";
import { replyToInvalid } from "~/utils/form-reply.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Status${data && "initiative" in data ? ` of ${data.initiative.title}` : ""} – Strands` },
];

export const links: LinksFunction = () => [healthStylesheet];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const page = await getStatusPage(getDb(), viewer, params.initiativeId ?? "");
  return { ...page, health: toHealthView(page.status) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const initiativeId = params.initiativeId ?? "";
  await requireOwnInitiative(getDb(), viewer, initiativeId);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  if (intent === "clear") {
    const parsed = ClearOverrideSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return data({ clearError: "Keep the reason to 2,000 characters or fewer" }, { status: 400 });
    try {
      await overrideInitiativeStatus(getDb(), viewer, initiativeId, { rag: null, reason: parsed.data.reason ?? "" });
    } catch (error) {
      if (error instanceof InputError)
        return data({ clearError: error.fieldErrors.reason?.[0] ?? "Check the reason" }, { status: 400 });
      throw error;
    }
    return redirect(`/initiatives/${initiativeId}/status`);
  }
  if (intent !== "override") return data({ clearError: "That is not something this page does." }, { status: 400 });
  const submission = parseWithZod(formData, { schema: StatusOverrideSchema });
  if (submission.status !== "success") return replyToInvalid(submission);
  try {
    await overrideInitiativeStatus(getDb(), viewer, initiativeId, submission.value);
  } catch (error) {
    if (error instanceof InputError) return data(submission.reply({ fieldErrors: error.fieldErrors }), { status: 400 });
    throw error;
  }
  return redirect(`/initiatives/${initiativeId}/status`);
}

const LABELS = { rag: "Status", reason: "Why" };

function OverrideForm({ current }: { current: string }) {
  const result = useActionData<typeof action>();
  const lastResult = result && !("clearError" in result) ? result : undefined;
  const validation = useLazyValidation(
    () => import("~/initiatives/schema"),
    (m) => m.StatusOverrideSchema,
  );
  const [form, fields] = useForm<z.input<typeof StatusOverrideSchema>, z.output<typeof StatusOverrideSchema>>({
    id: "status-override",
    lastResult,
    defaultValue: { rag: current },
    ...validation.options,
  });
  return (
    <>
      <ErrorSummary form={form} labels={LABELS} />
      <Form method="post" {...getFormProps(form)} {...validation.formProps} className="narrow">
        <input type="hidden" name="intent" value="override" />
        <SelectField
          field={fields.rag}
          label="Status to show"
          options={RAGS.map((r) => ({ value: r, label: RAG_LABELS[r] }))}
        />
        <TextareaField
          field={fields.reason}
          label="Why are you setting it yourself?"
          hint="Your cohort leads see this reason beside the status, with the computed status alongside."
          rows={3}
        />
        <button type="submit" className="button">
          Set the status
        </button>
      </Form>
    </>
  );
}

export default function InitiativeStatusPage() {
  const { initiative, health, history, canEdit } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const clearError = result && "clearError" in result ? result.clearError : null;
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/initiatives/${initiative.id}`}>Back to {initiative.title}</Link>
      </p>
      <span className="caption">{initiative.title}</span>
      <h1>How it is going</h1>
      <p>
        Strands works out a status from your action plan (overdue actions, how many of those due are done, actions off
        track), whether your outcomes say how they will be measured, and how recently you added evidence or a
        reflection. You can set the status yourself when you know better, with a reason.
      </p>
      <InitiativeHealthSummary initiativeId={initiative.id} health={health} canEdit={canEdit} showLinks={false} />
      <p>
        <Link to={`/initiatives/${initiative.id}/adaptations`}>Changes since it started</Link>
      </p>

      {canEdit ? (
        <>
          <h2>Set the status yourself</h2>
          <OverrideForm current={health.rag} />
          {health.overrideReason !== null ? (
            <>
              <h2>Go back to the computed status</h2>
              {clearError ? (
                <p className="field-error" role="alert">
                  {clearError}
                </p>
              ) : null}
              <Form method="post" className="narrow">
                <input type="hidden" name="intent" value="clear" />
                <div className="form-group">
                  <label className="label" htmlFor="clear-reason">
                    Why (optional)
                  </label>
                  <textarea id="clear-reason" name="reason" rows={2} className="textarea" />
                </div>
                <button type="submit" className="button button--secondary">
                  Use the computed status ({RAG_LABELS[health.computedRag as keyof typeof RAG_LABELS]})
                </button>
              </Form>
            </>
          ) : null}
        </>
      ) : null}

      <h2>History</h2>
      {history.length === 0 ? (
        <p>The status has always been the computed one.</p>
      ) : (
        <DataTable
          caption="Every time the status was set by hand, newest first"
          captionVisible
          rows={history}
          rowKey={(change) => change.id}
          rowHeaders={false}
          columns={[
            { header: "When", cell: (change) => <DateText value={change.at} /> },
            { header: "Who", cell: (change) => change.byName ?? "A former user" },
            { header: "From", cell: (change) => (change.from ? <RagTag rag={change.from} /> : "Computed status") },
            { header: "To", cell: (change) => (change.to ? <RagTag rag={change.to} /> : "Computed status") },
            { header: "Why", cell: (change) => change.reason || "No reason given" },
          ]}
        />
      )}
    </>
  );
}
