import type { DefaultValue, SubmissionResult } from "@conform-to/react";
import type { z } from "zod";
import type { TaskResponseOptions } from "~/tasks/response.server";
import type { TaskResponseChoices, taskResponseSchema } from "~/tasks/schema";
import { TASK_STATUS_LABELS, TASK_STATUSES } from "~/schemas/values";
import {
  type AnyField,
  FieldsetGroup,
  RadioItem,
  SelectField,
  SubmitRow,
  TextareaField,
  useLazyForm,
  ValidatedForm,
  VisibilityField,
} from "~/components/forms";
import { TagFields } from "~/components/tag-fields";

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
  return (
    <FieldsetGroup field={field} legend="How far have you got with this task?">
      <div className="checkboxes">
        {TASK_STATUSES.map((status, index) => (
          <RadioItem
            key={status}
            field={field}
            value={status}
            label={TASK_STATUS_LABELS[status]}
            carriesId={index === 0}
          />
        ))}
      </div>
    </FieldsetGroup>
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
  const { form, fields, validation } = useLazyForm({
    id: "task-response",
    lastResult,
    defaultValue,
    load: () => import("~/tasks/schema"),
    schema: (m) => m.taskResponseSchema(choices),
  });
  return (
    <ValidatedForm form={form} validation={validation} labels={LABELS} className="narrow task-form">
      <StatusRadios field={fields.status} />
      <TextareaField
        field={fields.body}
        label="Your response"
        hint="What you did, what you noticed and what you will do next. Needed when you mark the task as done."
        rows={10}
      />
      <VisibilityField
        field={fields.visibility}
        label="Who can read your response?"
        hint="Your cohort leads always see whether you have done the task and when you last saved it; this sets who can read what you write."
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
      <SubmitRow label="Save your response" />
    </ValidatedForm>
  );
}
