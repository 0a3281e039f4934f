import { getFormProps, useForm, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import type { z } from "zod";
import { Form, Link } from "@remix-run/react";
import type { CohortChoice } from "~/initiatives/initiatives.server";
import type { initiativeSchema, InitiativeChoices } from "~/initiatives/schema";
import { INITIATIVE_STATUSES, INITIATIVE_STATUS_LABELS, VISIBILITIES, VISIBILITY_LABELS } from "~/schemas/values";
import { CheckboxesField, ErrorMessage, ErrorSummary, SelectField, TextareaField, TextField } from "~/components/forms";
import { TagFields } from "~/components/tag-fields";
import { useLazyValidation } from "~/components/lazy-validation";

type InitiativeFormValue = z.input<ReturnType<typeof initiativeSchema>>;

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
  const validation = useLazyValidation(
    () => import("~/initiatives/schema"),
    (m) => m.initiativeSchema(choices),
  );
  const [form, fields] = useForm<InitiativeFormValue>({
    id: "initiative",
    lastResult,
    defaultValue,
    ...validation.options,
  });
  const several = options.length > 1;
  const schoolOptions = options.flatMap((o) =>
    o.schools.map((s) => ({ value: s.id, label: several ? `${s.name} (${o.cohortName})` : s.name })),
  );
  const strands = options.flatMap((o) => o.strands.map((s) => ({ ...s, cohortName: o.cohortName })));

  const outcomeSection = (kind: "implementationOutcomes" | "finalOutcomes") => {
    const list = fields[kind];
    const rows = list.getFieldList();
    const noun = kind === "implementationOutcomes" ? "Implementation outcome" : "Final outcome";
    return (
      <fieldset
        className={`fieldset form-group${list.errors?.length ? " form-group--error" : ""}`}
        id={list.id}
        tabIndex={-1}
      >
        <legend className="fieldset__legend">
          {kind === "implementationOutcomes" ? "Intended implementation outcomes" : "Final outcomes for pupils"}
        </legend>
        <p className="hint">
          {kind === "implementationOutcomes"
            ? "How well the approach is put into practice: for example adoption (who uses it), fidelity (used as intended), reach."
            : "The difference for pupils you expect to see if the approach works."}
        </p>
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
  };

  return (
    <>
      <ErrorSummary form={form} labels={labelFor} />
      <Form method="post" {...getFormProps(form)} {...validation.formProps} className="narrow">
        {/* Enter in a field submits through the first submit button: make that the save, not "Remove". */}
        <button type="submit" className="visually-hidden" tabIndex={-1} aria-hidden="true">
          {submitLabel}
        </button>
        {several ? (
          <SelectField
            field={fields.cohortId}
            label="Cohort"
            options={options.map((o) => ({ value: o.cohortId, label: o.cohortName }))}
          />
        ) : (
          <input type="hidden" name={fields.cohortId.name} value={options[0]?.cohortId ?? ""} />
        )}
        <TextField field={fields.title} label="Title" hint="A short name you and your cohort lead will recognise." />

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

        <h2>How you will know it worked</h2>
        {outcomeSection("implementationOutcomes")}
        {outcomeSection("finalOutcomes")}

        <h2>Status and sharing</h2>
        <SelectField
          field={fields.status}
          label="Status"
          options={INITIATIVE_STATUSES.map((s) => ({ value: s, label: INITIATIVE_STATUS_LABELS[s] }))}
        />
        <SelectField
          field={fields.visibility}
          label="Who can see this initiative"
          hint="Your cohort leads can give feedback on anything shared with them."
          options={VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABELS[v] }))}
        />

        <h2>Outcome strands</h2>
        <TagFields
          strandIds={fields.strandIds}
          outcomeIds={fields.outcomeIds}
          strands={strands}
          noun="initiative"
          strandLabel={(s) => (several ? `${s.title} (${s.cohortName})` : s.title)}
        />

        {askWhy ? (
          <>
            <h2>Why are you making this change?</h2>
            <TextareaField
              field={fields.why}
              label="Why are you changing the design?"
              hint="Your initiative has started, so changes to the problem, approach, active ingredients, schools, dates or outcomes are kept in its adaptation log with your reason. Needed only if you change one of those."
              rows={3}
            />
          </>
        ) : null}

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
