import type { DefaultValue, SubmissionResult } from "@conform-to/react";
import type { z } from "zod";
import type { TaskFormOptions } from "~/tasks/lead.server";
import type { taskSchema, TaskChoices } from "~/tasks/schema";
import {
  CheckboxesField,
  SelectField,
  SubmitRow,
  TextareaField,
  TextField,
  useLazyForm,
  ValidatedForm,
} from "~/components/forms";
import { formatDate } from "~/utils/dates";

type TaskFormValue = z.input<ReturnType<typeof taskSchema>>;

const LABELS: Record<string, string> = {
  title: "Title",
  instructions: "Instructions",
  afterWorkshopId: "After which workshop",
  dueOn: "Due date",
  strandIds: "Strands",
};

/** The lead's form to set or change an inter-sessional task. */
export function TaskForm({
  options,
  choices,
  lastResult,
  defaultValue,
  submitLabel,
  cancelTo,
}: {
  options: Pick<TaskFormOptions, "workshops" | "strands">;
  choices: TaskChoices;
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue?: DefaultValue<TaskFormValue>;
  submitLabel: string;
  cancelTo: string;
}) {
  const { form, fields, validation } = useLazyForm({
    id: "task",
    lastResult,
    defaultValue,
    load: () => import("~/tasks/schema"),
    schema: (m) => m.taskSchema(choices),
  });
  return (
    <ValidatedForm form={form} validation={validation} labels={LABELS} className="narrow task-form">
      <TextField
        field={fields.title}
        label="Title"
        hint="A short name participants will recognise, like “Audit one aspect of pedagogy”."
      />
      <TextareaField
        field={fields.instructions}
        label="Instructions"
        hint="What participants should do, what to bring back, and how it links to their initiative."
        rows={8}
      />
      <SelectField
        field={fields.afterWorkshopId}
        label="After which workshop is it set?"
        hint="Optional."
        options={[
          { value: "", label: "Not linked to a workshop" },
          ...options.workshops.map((w) => ({ value: w.id, label: `${w.title} (${formatDate(w.heldOn)})` })),
        ]}
      />
      <TextField field={fields.dueOn} label="Due date" type="date" width="short" hint="For example, 2025-01-31." />
      <CheckboxesField
        field={fields.strandIds}
        legend="Which strands does this task contribute to?"
        hint="Optional. Participants’ responses start tagged with these strands."
        options={options.strands.map((s) => ({ value: s.id, label: s.title }))}
      />
      <SubmitRow label={submitLabel} cancelTo={cancelTo} />
    </ValidatedForm>
  );
}
