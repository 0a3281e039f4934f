import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { CriterionWithMappings, MappingOptions } from "~/accreditation/types";
import type { criterionWorkSchema, CriterionWorkChoices } from "~/accreditation/schema";
import type { z } from "~/schemas/zod";
import { CheckboxesField, ErrorSummary, TextareaField } from "~/components/forms";
import { useLazyValidation } from "~/components/lazy-validation";

type CriterionWorkValue = z.input<ReturnType<typeof criterionWorkSchema>>;

const LABELS: Record<string, string> = {
  statement: "How you meet this criterion",
  evidenceIds: "Evidence",
  entryIds: "Records",
};

const optionLabel = (option: MappingOptions["evidence"][number]) => (
  <>
    {option.title}{" "}
    <span className="muted">
      ({option.detail}
      {option.isPrivate ? "; private, so leads cannot see it" : ""})
    </span>
  </>
);

/** One criterion's statement and mapping, saved as a draft or submitted for review. Works without JavaScript. */
export function CriterionWorkForm({
  criterion,
  options,
  choices,
  lastResult,
}: {
  criterion: CriterionWithMappings;
  options: MappingOptions;
  choices: CriterionWorkChoices;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const validation = useLazyValidation(
    () => import("~/accreditation/schema"),
    (m) => m.criterionWorkSchema(choices),
  );
  const [form, fields] = useForm<CriterionWorkValue, z.output<ReturnType<typeof criterionWorkSchema>>>({
    id: `criterion-form-${criterion.id}`,
    lastResult,
    defaultValue: {
      criterionId: criterion.id,
      statement: criterion.statement,
      evidenceIds: criterion.evidence.map((e) => e.id),
      entryIds: criterion.records.map((r) => r.id),
    },
    ...validation.options,
  });
  const locked = criterion.status === "submitted" || criterion.status === "approved";
  const nothingToMap = options.evidence.length === 0 && options.records.length === 0;
  const body = (
    <>
      <ErrorSummary form={form} labels={LABELS} />
      <Form method="post" {...getFormProps(form)} {...validation.formProps} className="criterion-form">
        <input type="hidden" name="criterionId" value={criterion.id} />
        {locked ? (
          <p className="notice">
            {criterion.status === "approved"
              ? "This criterion is approved. If you change your statement or what is mapped, it goes back to “Not started” and needs submitting and approving again."
              : "This criterion is with your lead for review. If you change it now, it is taken back to “Not started” and you will need to submit it again."}
          </p>
        ) : null}
        <TextareaField
          field={fields.statement}
          label="How you meet this criterion"
          hint="In your own words: what you did, what it shows, and your critical reflection on it (what worked, what you would change)."
          rows={8}
        />
        {nothingToMap ? (
          <p className="notice">
            You have no records or evidence in this cohort yet. Add a reflection, your initiative or evidence first,
            then come back and map them here.
          </p>
        ) : null}
        <CheckboxesField
          field={fields.evidenceIds}
          legend="Which evidence backs it up?"
          hint={
            options.evidence.length === 0
              ? "You have no evidence in this cohort yet: attach files or links to your records on their pages."
              : "Your files and links in this cohort. Only evidence on records you share with your leads counts."
          }
          options={options.evidence.map((e) => ({ value: e.id, label: optionLabel(e) }))}
          small
        />
        <CheckboxesField
          field={fields.entryIds}
          legend="Which of your records show it?"
          hint="Your initiatives, reflections, audits and task responses in this cohort."
          options={options.records.map((r) => ({ value: r.id, label: optionLabel(r) }))}
          small
        />
        <div className="button-row">
          <button type="submit" name="intent" value="submit" className="button">
            {criterion.status === "needs_work" ? "Save and submit again" : "Save and submit for review"}
          </button>
          <button type="submit" name="intent" value="save" className="button button--secondary">
            Save as draft
          </button>
        </div>
      </Form>
    </>
  );
  // A criterion with the lead (or approved) is folded away: changing it sends it back, so it should be a choice.
  if (!locked) return body;
  return (
    <details className="criterion-change" open={lastResult !== undefined}>
      <summary>Change your statement or evidence</summary>
      {body}
    </details>
  );
}
