import type { DefaultValue, SubmissionResult, useForm } from "@conform-to/react";
import type { z } from "zod";
import type { CohortChoice } from "~/initiatives/initiatives.server";
import type { initiativeSchema, InitiativeChoices } from "~/initiatives/schema";
import { INITIATIVE_STATUSES, INITIATIVE_STATUS_LABELS } from "~/schemas/values";
import {
  type AnyField,
  CheckboxesField,
  CohortField,
  ErrorMessage,
  groupClass,
  SelectField,
  SubmitRow,
  TextareaField,
  TextField,
  useLazyForm,
  ValidatedForm,
  VisibilityField,
} from "~/components/forms";
import { TagFields } from "~/components/tag-fields";

type InitiativeFormValue = z.input<ReturnType<typeof initiativeSchema>>;
type InitiativeFormMeta = ReturnType<typeof useForm<InitiativeFormValue>>[0];
type InitiativeFields = ReturnType<typeof useForm<InitiativeFormValue>>[1];

const EMPTY_OUTCOME = { description: "", measure: "", measuredWhen: "" };

const OUTCOME_FIELD_LABELS: Record<string, string> = {
  description: "what you intend to see",
  measure: "how it will be measured",
  measuredWhen: "when it will be measured",
};

// "implementationOutcomes[1].measure" reads as "Implementation outcome 2, how it will be measured".
function labelFor(name: string): string | undefined {
  const row = /^(implementationOutcomes|finalOutcomes)\[(\d+)\]\.(\w+)$/.exec(name);
  if (row) {
    const noun = row[1] === "implementationOutcomes" ? "Implementation outcome" : "Final outcome";
    return `${noun} ${Number(row[2]) + 1}, ${OUTCOME_FIELD_LABELS[row[3]] ?? row[3]}`;
  }
  return LABELS[name];
}

const LABELS: Record<string, string> = {
  cohortId: "Cohort",
  title: "Title",
  status: "Status",
  visibility: "Who can see it",
  problem: "Problem",
  evidenceOfNeed: "Evidence of need",
  approach: "Approach",
  activeIngredients: "Active ingredients",
  schoolIds: "Schools",
  startsOn: "Start date",
  endsOn: "End date",
  implementationOutcomes: "Implementation outcomes",
  finalOutcomes: "Final outcomes",
  strandIds: "Strands",
  outcomeIds: "Outcome statements",
  why: "Why you are making this change",
};

type OutcomeKind = "implementationOutcomes" | "finalOutcomes";

const OUTCOME_SECTIONS: Record<OutcomeKind, { noun: string; legend: string; hint: string }> = {
  implementationOutcomes: {
    noun: "Implementation outcome",
    legend: "Intended implementation outcomes",
    hint: "How well the approach is put into practice: for example adoption (who uses it), fidelity (used as intended), reach.",
  },
  finalOutcomes: {
    noun: "Final outcome",
    legend: "Final outcomes for pupils",
    hint: "The difference for pupils you expect to see if the approach works.",
  },
};

/** A list of intended outcomes, one row each, with buttons to add and remove rows. */
function OutcomesFieldset({
  kind,
  form,
  fields,
}: {
  kind: OutcomeKind;
  form: InitiativeFormMeta;
  fields: InitiativeFields;
}) {
  const list = fields[kind];
  const rows = list.getFieldList();
  const { noun, legend, hint } = OUTCOME_SECTIONS[kind];
  return (
    <fieldset className={`fieldset ${groupClass(list)}`} id={list.id} tabIndex={-1}>
      <legend className="fieldset__legend">{legend}</legend>
      <p className="hint">{hint}</p>
      <ErrorMessage field={list} />
      {rows.map((row, index) => {
        const item = row.getFieldset();
        return (
          <fieldset className="outcome-row" key={row.key}>
            <legend className="outcome-row__legend">
              {noun} {index + 1}
            </legend>
            <TextareaField field={item.description} label="What you intend to see" rows={2} />
            <TextField field={item.measure} label="How it will be measured" />
            <TextField field={item.measuredWhen} label="When it will be measured" width="medium" />
            {rows.length > 1 ? (
              <button
                className="button button--secondary button--small"
                {...form.remove.getButtonProps({ name: list.name, index })}
              >
                Remove {noun.toLowerCase()} {index + 1}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <button
        className="button button--secondary button--small"
        {...form.insert.getButtonProps({ name: list.name, defaultValue: EMPTY_OUTCOME })}
      >
        Add another {noun.toLowerCase()}
      </button>
    </fieldset>
  );
}

function ProblemSection({ fields }: { fields: InitiativeFields }) {
  return (
    <>
      <h2>The problem</h2>
      <TextareaField
        field={fields.problem}
        label="What problem are you addressing?"
        hint="Be specific about which pupils, teachers or schools, and what is not yet happening."
      />
      <TextareaField
        field={fields.evidenceOfNeed}
        label="What is the evidence of need?"
        hint="For example a trust audit, data, work scrutiny, pupil or teacher voice."
      />
    </>
  );
}

function ApproachSection({
  fields,
  schoolOptions,
}: {
  fields: InitiativeFields;
  schoolOptions: { value: string; label: string }[];
}) {
  return (
    <>
      <h2>The approach</h2>
      <TextareaField field={fields.approach} label="What will you do?" />
      <TextareaField
        field={fields.activeIngredients}
        label="What are its active ingredients?"
        hint="The few essential parts that must be kept for the approach to work."
      />
      <CheckboxesField
        field={fields.schoolIds}
        legend="Which schools of your trust does it cover?"
        options={schoolOptions}
      />
      <TextField field={fields.startsOn} label="Start date" type="date" width="short" />
      <TextField field={fields.endsOn} label="End date" type="date" width="short" />
    </>
  );
}

const STATUS_OPTIONS = INITIATIVE_STATUSES.map((s) => ({ value: s, label: INITIATIVE_STATUS_LABELS[s] }));

function StatusSection({ fields }: { fields: InitiativeFields }) {
  return (
    <>
      <h2>Status and sharing</h2>
      <SelectField field={fields.status} label="Status" options={STATUS_OPTIONS} />
      <VisibilityField
        field={fields.visibility}
        label="Who can see this initiative"
        hint="Your cohort leads can give feedback on anything shared with them."
      />
    </>
  );
}

/** Once the initiative has started, design changes need a reason for the adaptation log. */
function WhySection({ field }: { field: AnyField }) {
  return (
    <>
      <h2>Why are you making this change?</h2>
      <TextareaField
        field={field}
        label="Why are you changing the design?"
        hint="Your initiative has started, so changes to the problem, approach, active ingredients, schools, dates or outcomes are kept in its adaptation log with your reason. Needed only if you change one of those."
        rows={3}
      />
    </>
  );
}

export function InitiativeForm({
  options,
  choices,
  lastResult,
  defaultValue,
  submitLabel,
  cancelTo,
  askWhy = false,
}: {
  /** Once the initiative has started, design changes need a reason for the adaptation log. */
  askWhy?: boolean;
  options: CohortChoice[];
  choices: InitiativeChoices;
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: DefaultValue<InitiativeFormValue>;
  submitLabel: string;
  cancelTo: string;
}) {
  const { form, fields, validation } = useLazyForm({
    id: "initiative",
    lastResult,
    defaultValue,
    load: () => import("~/initiatives/schema"),
    schema: (m) => m.initiativeSchema(choices),
  });
  const several = options.length > 1;
  const schoolOptions = options.flatMap((o) =>
    o.schools.map((s) => ({ value: s.id, label: several ? `${s.name} (${o.cohortName})` : s.name })),
  );
  const strands = options.flatMap((o) => o.strands.map((s) => ({ ...s, cohortName: o.cohortName })));

  return (
    <ValidatedForm form={form} validation={validation} labels={labelFor} className="narrow">
      {/* Enter in a field submits through the first submit button: make that the save, not "Remove". */}
      <button type="submit" className="visually-hidden" tabIndex={-1} aria-hidden="true">
        {submitLabel}
      </button>
      <CohortField field={fields.cohortId} options={options} />
      <TextField field={fields.title} label="Title" hint="A short name you and your cohort lead will recognise." />
      <ProblemSection fields={fields} />
      <ApproachSection fields={fields} schoolOptions={schoolOptions} />

      <h2>How you will know it worked</h2>
      <OutcomesFieldset kind="implementationOutcomes" form={form} fields={fields} />
      <OutcomesFieldset kind="finalOutcomes" form={form} fields={fields} />

      <StatusSection fields={fields} />

      <h2>Outcome strands</h2>
      <TagFields
        strandIds={fields.strandIds}
        outcomeIds={fields.outcomeIds}
        strands={strands}
        noun="initiative"
        strandLabel={(s) => (several ? `${s.title} (${s.cohortName})` : s.title)}
      />

      {askWhy ? <WhySection field={fields.why} /> : null}
      <SubmitRow label={submitLabel} cancelTo={cancelTo} />
    </ValidatedForm>
  );
}
