import type { DefaultValue, SubmissionResult } from "@conform-to/react";
import type { z } from "zod";
import type { actionSchema } from "~/initiatives/schema";
import { RAG_LABELS, RAGS } from "~/schemas/values";
import {
  CheckboxesField,
  SelectField,
  SubmitRow,
  TextareaField,
  TextField,
  useLazyForm,
  ValidatedForm,
} from "~/components/forms";

const LABELS: Record<string, string> = {
  description: "Action",
  ownerName: "Owner",
  schoolIds: "Schools",
  dueOn: "Due date",
  successCriteria: "Success criteria",
  rag: "Status",
  why: "Why you are making this change",
};

export function ActionForm({
  schools,
  lastResult,
  defaultValue,
  submitLabel,
  cancelTo,
  askWhy = false,
}: {
  /** Once the initiative has started, changes to the plan need a reason for the adaptation log. */
  askWhy?: boolean;
  schools: { id: string; name: string }[];
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: DefaultValue<z.input<ReturnType<typeof actionSchema>>>;
  submitLabel: string;
  cancelTo: string;
}) {
  const { form, fields, validation } = useLazyForm({
    id: "action",
    lastResult,
    defaultValue,
    load: () => import("~/initiatives/schema"),
    schema: (m) => m.actionSchema(schools.map((s) => s.id)),
  });
  return (
    <ValidatedForm form={form} validation={validation} labels={LABELS} className="narrow">
      <TextareaField field={fields.description} label="What will be done?" rows={3} />
      <TextField
        field={fields.ownerName}
        label="Who owns this action?"
        hint="A name or role, for example “Heads of maths” or “A. Patel”."
        width="medium"
      />
      <CheckboxesField
        field={fields.schoolIds}
        legend="Which schools?"
        hint="The schools your initiative covers."
        options={schools.map((s) => ({ value: s.id, label: s.name }))}
      />
      <TextField field={fields.dueOn} label="Due date" type="date" width="short" />
      <TextareaField
        field={fields.successCriteria}
        label="Success criteria"
        hint="What you will see when this action has been done well."
        rows={3}
      />
      <SelectField field={fields.rag} label="Status" options={RAGS.map((r) => ({ value: r, label: RAG_LABELS[r] }))} />
      {askWhy ? (
        <TextareaField
          field={fields.why}
          label="Why are you changing the plan?"
          hint="Your initiative has started, so changes to its action plan are kept in its adaptation log with your reason. Not needed if you only change the status."
          rows={3}
        />
      ) : null}
      <SubmitRow label={submitLabel} cancelTo={cancelTo} />
    </ValidatedForm>
  );
}
