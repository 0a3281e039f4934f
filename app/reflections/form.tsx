import type { DefaultValue, SubmissionResult, useForm } from "@conform-to/react";
import type { ReflectionCohortOptions } from "~/reflections/reflections.server";
import type { ReflectionChoices, reflectionSchema } from "~/reflections/schema";
import type { z } from "~/schemas/zod";
import {
  type AnyField,
  CohortField,
  FieldsetGroup,
  RadioItem,
  SelectField,
  SubmitRow,
  TextareaField,
  TextField,
  useLazyForm,
  ValidatedForm,
  VisibilityField,
} from "~/components/forms";
import { TagFields } from "~/components/tag-fields";
import { formatDate } from "~/utils/dates";

type ReflectionFormValue = z.input<ReturnType<typeof reflectionSchema>>;
type ReflectionFields = ReturnType<typeof useForm<ReflectionFormValue>>[1];
type Option = { value: string; label: string };

const LABELS: Record<string, string> = {
  cohortId: "Cohort",
  title: "Title",
  writtenOn: "Date",
  mode: "How you write it",
  body: "Your reflection",
  promptWhat: "What happened",
  promptSoWhat: "So what",
  promptNowWhat: "Now what",
  workshopId: "Workshop",
  initiativeId: "Initiative",
  visibility: "Who can see it",
  strandIds: "Strands",
  outcomeIds: "Outcome statements",
};

/** Free text, or the three prompts; CSS shows the fields of the chosen way (the free radio carries the id). */
function ModeField({ field }: { field: AnyField }) {
  return (
    <FieldsetGroup field={field} legend="How do you want to write it?" describe={false}>
      <div className="radios">
        <RadioItem
          field={field}
          value="prompted"
          label="With prompts"
          hint="What happened? So what? Now what?"
          carriesId={false}
          block="radios"
        />
        <RadioItem
          field={field}
          value="free"
          label="Free text"
          hint="Write in your own way."
          carriesId
          block="radios"
        />
      </div>
    </FieldsetGroup>
  );
}

function WritingFields({ fields }: { fields: ReflectionFields }) {
  return (
    <>
      <div className="reflection-form__prompted">
        <TextareaField
          field={fields.promptWhat}
          label="What happened?"
          hint="Describe the event, session or change you are reflecting on."
          rows={4}
        />
        <TextareaField
          field={fields.promptSoWhat}
          label="So what?"
          hint="What does it mean for you, your colleagues or your pupils? What did you learn?"
          rows={4}
        />
        <TextareaField
          field={fields.promptNowWhat}
          label="Now what?"
          hint="What will you do next, and how will you know it made a difference?"
          rows={4}
        />
      </div>
      <div className="reflection-form__free">
        <TextareaField field={fields.body} label="Your reflection" rows={8} />
      </div>
    </>
  );
}

function LinksSection({
  fields,
  workshops,
  initiatives,
}: {
  fields: ReflectionFields;
  workshops: Option[];
  initiatives: Option[];
}) {
  return (
    <>
      <h2>Links</h2>
      <SelectField
        field={fields.workshopId}
        label="Workshop (optional)"
        hint="If this reflection follows a workshop day."
        options={[{ value: "", label: "Not linked to a workshop" }, ...workshops]}
      />
      <SelectField
        field={fields.initiativeId}
        label="Initiative (optional)"
        options={[{ value: "", label: "Not linked to an initiative" }, ...initiatives]}
      />
      <VisibilityField
        field={fields.visibility}
        label="Who can see this reflection"
        hint="Your cohort leads can give feedback on anything shared with them."
      />
    </>
  );
}

export function ReflectionForm({
  options,
  choices,
  lastResult,
  defaultValue,
  submitLabel,
  cancelTo,
}: {
  options: ReflectionCohortOptions[];
  choices: ReflectionChoices;
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: DefaultValue<ReflectionFormValue>;
  submitLabel: string;
  cancelTo: string;
}) {
  const { form, fields, validation } = useLazyForm({
    id: "reflection",
    lastResult,
    defaultValue,
    load: () => import("~/reflections/schema"),
    schema: (m) => m.reflectionSchema(choices),
  });
  const several = options.length > 1;
  const label = (text: string, cohortName: string) => (several ? `${text} (${cohortName})` : text);
  const workshops = options.flatMap((o) =>
    o.workshops.map((w) => ({ value: w.id, label: label(`${w.title}, ${formatDate(w.heldOn)}`, o.cohortName) })),
  );
  const initiatives = options.flatMap((o) =>
    o.initiatives.map((i) => ({ value: i.id, label: label(i.title, o.cohortName) })),
  );
  const strands = options.flatMap((o) => o.strands.map((s) => ({ ...s, cohortName: o.cohortName })));

  return (
    <ValidatedForm form={form} validation={validation} labels={LABELS} className="narrow reflection-form">
      <CohortField field={fields.cohortId} options={options} />
      <TextField field={fields.title} label="Title" hint="A few words you will recognise later." />
      <TextField field={fields.writtenOn} label="Date" type="date" width="short" />
      <ModeField field={fields.mode} />
      <WritingFields fields={fields} />
      <LinksSection fields={fields} workshops={workshops} initiatives={initiatives} />

      <h2>Outcome strands</h2>
      <TagFields
        strandIds={fields.strandIds}
        outcomeIds={fields.outcomeIds}
        strands={strands}
        noun="reflection"
        strandLabel={(s) => label(s.title, s.cohortName)}
      />
      <SubmitRow label={submitLabel} cancelTo={cancelTo} />
    </ValidatedForm>
  );
}
