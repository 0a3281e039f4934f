import { getFormProps, getInputProps, useForm, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import type { ReflectionCohortOptions } from "~/reflections/reflections.server";
import type { ReflectionChoices, reflectionSchema } from "~/reflections/schema";
import { VISIBILITIES, VISIBILITY_LABELS } from "~/schemas/values";
import type { z } from "~/schemas/zod";
import { ErrorMessage, ErrorSummary, SelectField, TextareaField, TextField } from "~/components/forms";
import { TagFields } from "~/components/tag-fields";
import { formatDate } from "~/utils/dates";
import { useLazyValidation } from "~/components/lazy-validation";

type ReflectionFormValue = z.input<ReturnType<typeof reflectionSchema>>;

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
  const validation = useLazyValidation(
    () => import("~/reflections/schema"),
    (m) => m.reflectionSchema(choices),
  );
  const [form, fields] = useForm<ReflectionFormValue, z.output<ReturnType<typeof reflectionSchema>>>({
    id: "reflection",
    lastResult,
    defaultValue,
    ...validation.options,
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

  const modeOption = (value: "free" | "prompted", text: string, hint: string) => {
    const id = value === "free" ? fields.mode.id : `${fields.mode.id}-${value}`;
    const { key, ...props } = getInputProps(fields.mode, { type: "radio", value });
    return (
      <div className="radios__item">
        <input key={key} {...props} id={id} className="radios__input" aria-describedby={`${id}-hint`} />
        <label className="radios__label" htmlFor={id}>
          {text}
        </label>
        <p className="hint radios__hint" id={`${id}-hint`}>
          {hint}
        </p>
      </div>
    );
  };

  return (
    <>
      <ErrorSummary form={form} labels={LABELS} />
      <Form method="post" {...getFormProps(form)} {...validation.formProps} className="narrow reflection-form">
        {several ? (
          <SelectField
            field={fields.cohortId}
            label="Cohort"
            options={options.map((o) => ({ value: o.cohortId, label: o.cohortName }))}
          />
        ) : (
          <input type="hidden" name={fields.cohortId.name} value={options[0]?.cohortId ?? ""} />
        )}
        <TextField field={fields.title} label="Title" hint="A few words you will recognise later." />
        <TextField field={fields.writtenOn} label="Date" type="date" width="short" />

        <div className={`form-group${fields.mode.errors?.length ? " form-group--error" : ""}`}>
          <fieldset className="fieldset">
            <legend className="fieldset__legend">How do you want to write it?</legend>
            <ErrorMessage field={fields.mode} />
            <div className="radios">
              {modeOption("prompted", "With prompts", "What happened? So what? Now what?")}
              {modeOption("free", "Free text", "Write in your own way.")}
            </div>
          </fieldset>
        </div>

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
        <SelectField
          field={fields.visibility}
          label="Who can see this reflection"
          hint="Your cohort leads can give feedback on anything shared with them."
          options={VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABELS[v] }))}
        />

        <h2>Outcome strands</h2>
        <TagFields
          strandIds={fields.strandIds}
          outcomeIds={fields.outcomeIds}
          strands={strands}
          noun="reflection"
          strandLabel={(s) => label(s.title, s.cohortName)}
        />

        <div className="button-row">
          <button type="submit" className="button">
            {submitLabel}
          </button>
          <Link to={cancelTo}>Cancel</Link>
        </div>
      </Form>
    </>
  );
}
