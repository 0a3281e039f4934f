import { getFormProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, TextareaField } from "~/components/forms";
import { getDb } from "~/db.server";
import { requireOwnInitiative } from "~/initiatives/adaptations.server";
import { getMoveToConfirm, moveAction } from "~/initiatives/action-plan.server";
import { MoveActionSchema, MoveWithReasonSchema, parseWithZod } from "~/schemas/all.server";
import { readFormData } from "~/utils/form-data.server";
import { notFound, requireViewer } from "~/utils/permissions.server";
import { useLazyValidation } from "~/components/lazy-validation";
import type { z } from "~/schemas/zod";
import { replyToInvalid } from "~/utils/form-reply.server";

// Once an initiative has started, changing the order of its plan asks why (docs/decisions/0007-adaptation-log.md).

export const meta: MetaFunction = () => [{ title: "Change the order of your plan – Strands" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  await requireOwnInitiative(getDb(), viewer, params.initiativeId ?? "");
  const url = new URL(request.url);
  const parsed = MoveActionSchema.safeParse({
    actionId: url.searchParams.get("actionId") ?? undefined,
    direction: url.searchParams.get("direction") ?? undefined,
  });
  if (!parsed.success) notFound("We could not find that action.");
  return getMoveToConfirm(getDb(), viewer, params.initiativeId ?? "", parsed.data.actionId, parsed.data.direction);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const initiativeId = params.initiativeId ?? "";
  await requireOwnInitiative(getDb(), viewer, initiativeId);
  const submission = parseWithZod(await readFormData(request), { schema: MoveWithReasonSchema });
  if (submission.status !== "success") return replyToInvalid(submission);
  const { actionId, direction, why } = submission.value;
  await moveAction(getDb(), viewer, initiativeId, actionId, direction, why);
  return redirect(`/initiatives/${initiativeId}#action-${actionId}`);
}

export default function ConfirmMove() {
  const { initiative, action: moving, direction, from, to, possible } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const validation = useLazyValidation(
    () => import("~/initiatives/schema"),
    (m) => m.MoveWithReasonSchema,
  );
  const [form, fields] = useForm<z.input<typeof MoveWithReasonSchema>, z.output<typeof MoveWithReasonSchema>>({
    id: "move",
    lastResult,
    ...validation.options,
  });
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/initiatives/${initiative.id}#action-plan`}>Back to {initiative.title}</Link>
      </p>
      <span className="caption">{initiative.title}</span>
      <h1>Change the order of your plan</h1>
      {possible ? (
        <>
          <p>
            You are moving “{moving.description}” from number {from} to number {to}. Your initiative has started, so the
            new order is kept in its adaptation log with your reason.
          </p>
          <ErrorSummary form={form} labels={{ why: "Why" }} />
          <Form method="post" {...getFormProps(form)} {...validation.formProps} className="narrow">
            <input type="hidden" name="actionId" value={moving.id} />
            <input type="hidden" name="direction" value={direction} />
            <TextareaField field={fields.why} label="Why are you changing the order?" rows={3} />
            <div className="button-row">
              <button type="submit" className="button">
                Move the action
              </button>
              <Link to={`/initiatives/${initiative.id}#action-plan`}>Cancel</Link>
            </div>
          </Form>
        </>
      ) : (
        <p>That action cannot move {direction} any further.</p>
      )}
    </>
  );
}
