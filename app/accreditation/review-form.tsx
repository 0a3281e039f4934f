import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { criterionReviewSchema } from "~/accreditation/schema";
import type { z } from "~/schemas/zod";
import { ErrorMessage, ErrorSummary, TextareaField } from "~/components/forms";
import { useLazyValidation } from "~/components/lazy-validation";

type ReviewValue = z.input<typeof criterionReviewSchema>;

const LABELS: Record<string, string> = {
  decision: "Your decision",
  comment: "Comment",
};

/** A lead's decision on one submitted criterion: approve, or needs work with a comment saying what. */
export function CriterionReviewForm({
  criterionId,
  participantName,
  lastResult,
  canApprove,
}: {
  criterionId: string;
  participantName: string;
  /** False once approved: the lead can only send it back for more work. */
  canApprove: boolean;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const validation = useLazyValidation(
    () => import("~/accreditation/schema"),
    (m) => m.criterionReviewSchema,
  );
  const [form, fields] = useForm<ReviewValue, z.output<typeof criterionReviewSchema>>({
    id: `review-form-${criterionId}`,
    lastResult,
    defaultValue: { criterionId },
    ...validation.options,
  });
  const option = (value: "approve" | "needs_work", text: string) => {
    const id = value === "approve" ? fields.decision.id : `${fields.decision.id}-${value}`;
    const { key, ...props } = getInputProps(fields.decision, {
      type: "radio",
      value,
    });
    return (
      <div className="radios__item">
        <input key={key} {...props} id={id} className="radios__input" />
        <label className="radios__label" htmlFor={id}>
          {text}
        </label>
      </div>
    );
  };
  return (
    <>
      <ErrorSummary form={form} labels={LABELS} />
      <Form method="post" {...getFormProps(form)} {...validation.formProps} className="review-form">
        <input type="hidden" name="criterionId" value={criterionId} />
        {canApprove ? (
          <div className={`form-group${fields.decision.errors?.length ? " form-group--error" : ""}`}>
            <fieldset
              className="fieldset"
              aria-describedby={fields.decision.errors?.length ? fields.decision.errorId : undefined}
            >
              <legend className="fieldset__legend">Your decision</legend>
              <ErrorMessage field={fields.decision} />
              <div className="radios">
                {option("approve", "Approve: the statement and evidence meet this criterion")}
                {option("needs_work", "Needs work: say what is missing below")}
              </div>
            </fieldset>
          </div>
        ) : (
          <>
            <input type="hidden" name="decision" value="needs_work" />
            <ErrorMessage field={fields.decision} />
          </>
        )}
        <TextareaField
          field={fields.comment}
          label="Comment"
          hint={`Required when it needs work: tell ${participantName} what to add or change. Optional with an approval.`}
          rows={4}
        />
        <button type="submit" className="button">
          {canApprove ? "Save review" : "Send back for more work"}
        </button>
      </Form>
    </>
  );
}
