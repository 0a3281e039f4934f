import { getFormProps, useForm, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { z } from "zod";
import type { TaskResponseOptions } from "~/tasks/response.server";
import type { TaskResponseChoices, taskResponseSchema } from "~/tasks/schema";
import { TASK_STATUS_LABELS, TASK_STATUSES, VISIBILITIES, VISIBILITY_LABELS } from "~/schemas/values";
import { type AnyField, ErrorMessage, ErrorSummary, SelectField, TextareaField } from "~/components/forms";
import { TagFields } from "~/components/tag-fields";
import { useLazyValidation } from "~/components/lazy-validation";

type ResponseFormValue = z.input<ReturnType<typeof taskResponseSchema>>;

const LABELS: Record<string, string> = {
  status: "How far you have got",
  body: "Your response",
  visibility: "Who can read it",
  initiativeId: "Initiative",
  strandIds: "Strands",
  outcomeIds: "Outcome statements",
};

/** GOV.UK radios: one question, a few answers; the first radio carries the field's id for the error summary. */
function StatusRadios({ field }: { field: AnyField }) {
  const chosen = typeof field.initialValue === "string" ? field.initialValue : undefined;
  const describedBy = field.errors?.length ? field.errorId : undefined;
  return (
    <div className={`form-group${field.errors?.length ? " form-group--error" : ""}`}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="fieldset__legend">How far have you got with this task?</legend>
        <ErrorMessage field={field} />
        <div className="checkboxes">
          {TASK_STATUSES.map((status, index) => {
            const id = index === 0 ? field.id : `${field.id}-${status}`;
            return (
              <div className="checkboxes__item" key={status}>
                <input
                  className="checkboxes__input"
                  type="radio"
                  id={id}
                  name={field.name}
                  value={status}
                  defaultChecked={chosen === status}
                  form={field.formId}
                  key={`${field.key ?? ""}${status}`}
                  aria-invalid={field.errors?.length ? true : undefined}
                />
                <label className="checkboxes__label" htmlFor={id}>
                  {TASK_STATUS_LABELS[status]}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A participant's response to one task: status, text, who can read it, an initiative and tags. */
export function TaskResponseForm({
  options,
  choices,
  lastResult,
  defaultValue,
  noun = "response",
}: {
  options: TaskResponseOptions;
  choices: TaskResponseChoices;
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: DefaultValue<ResponseFormValue>;
  noun?: string;
}) {
  const validation = useLazyValidation(
    () => import("~/tasks/schema"),
    (m) => m.taskResponseSchema(choices),
  );
  const [form, fields] = useForm<ResponseFormValue, z.output<ReturnType<typeof taskResponseSchema>>>({
    id: "task-response",
    lastResult,
    defaultValue,
    ...validation.options,
  });
  return (
    <>
      <ErrorSummary form={form} labels={LABELS} />
      <Form method="post" {...getFormProps(form)} {...validation.formProps} className="narrow task-form">
        <StatusRadios field={fields.status} />
        <TextareaField
          field={fields.body}
          label="Your response"
          hint="What you did, what you noticed and what you will do next. Needed when you mark the task as done."
          rows={10}
        />
        <SelectField
          field={fields.visibility}
          label="Who can read your response?"
          hint="Your cohort leads always see whether you have done the task and when you last saved it; this sets who can read what you write."
          options={VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABELS[v] }))}
        />
        {options.initiatives.length > 0 ? (
          <SelectField
            field={fields.initiativeId}
            label="Is it part of one of your initiatives?"
            hint="Optional."
            options={[
              { value: "", label: "Not linked to an initiative" },
              ...options.initiatives.map((i) => ({ value: i.id, label: i.title })),
            ]}
          />
        ) : null}
        <h2>Outcome strands</h2>
        <TagFields strandIds={fields.strandIds} outcomeIds={fields.outcomeIds} strands={options.strands} noun={noun} />
        <div className="button-row">
          <button type="submit" className="button">
            Save your response
          </button>
        </div>
      </Form>
    </>
  );
}
