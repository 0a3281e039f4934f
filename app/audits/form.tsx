import type { DefaultValue, SubmissionResult } from "@conform-to/react";
import type { z } from "zod";
import type { AuditCohortOptions } from "~/audits/audits.server";
import type { AuditChoices, auditSchema } from "~/audits/schema";
import { CRITERION_MAX, MAX_CRITERIA, statementAsCriterion } from "~/schemas/values";
import {
  type AnyField,
  CheckboxesField,
  CohortField,
  SelectField,
  SubmitRow,
  TextareaField,
  TextField,
  useLazyForm,
  ValidatedForm,
  VisibilityField,
} from "~/components/forms";
import { chosenValues, OutcomeStatementsField, TagFields } from "~/components/tag-fields";

type AuditFormValue = z.input<ReturnType<typeof auditSchema>>;

const LABELS: Record<string, string> = {
  cohortId: "Cohort",
  focus: "Focus",
  conductedOn: "Date of the audit",
  initiativeId: "Initiative",
  schoolIds: "Schools",
  criteriaText: "Criteria",
  templateIds: "Criteria from outcome statements",
  visibility: "Who can see it",
  strandIds: "Strands",
  outcomeIds: "Outcome statements",
};

export const NO_INITIATIVE = { value: "", label: "Not part of an initiative" };

/** The programme's outcome statements as a template: each ticked statement becomes a criterion. */
function TemplateField({
  field,
  strands,
}: {
  field: AnyField;
  strands: (AuditCohortOptions["strands"][number] & { label: string })[];
}) {
  const open = chosenValues(field).size > 0 || Boolean(field.errors?.length);
  return (
    <details className="audit-template" open={open}>
      <summary className="audit-template__summary">Choose criteria from your programme’s outcome statements</summary>
      <OutcomeStatementsField
        field={field}
        strands={strands.map((strand) => ({ ...strand, title: strand.label }))}
        legend="Outcome statements to use as criteria"
        hint="Each statement you tick becomes a criterion, after the ones you wrote. You can reword any criterion after saving."
        statementLabel={statementAsCriterion}
      />
    </details>
  );
}

export function AuditForm({
  options,
  choices,
  lastResult,
  defaultValue,
}: {
  options: AuditCohortOptions[];
  choices: AuditChoices;
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: DefaultValue<AuditFormValue>;
}) {
  const { form, fields, validation } = useLazyForm({
    id: "audit",
    lastResult,
    defaultValue,
    load: () => import("~/audits/schema"),
    schema: (m) => m.auditSchema(choices),
  });
  const several = options.length > 1;
  const named = (name: string, cohortName: string) => (several ? `${name} (${cohortName})` : name);
  const schoolOptions = options.flatMap((o) =>
    o.schools.map((s) => ({ value: s.id, label: named(s.name, o.cohortName) })),
  );
  const initiativeOptions = [
    NO_INITIATIVE,
    ...options.flatMap((o) => o.initiatives.map((i) => ({ value: i.id, label: named(i.title, o.cohortName) }))),
  ];
  const strands = options.flatMap((o) =>
    o.strands.map((s) => ({ ...s, cohortName: o.cohortName, label: named(s.title, o.cohortName) })),
  );

  return (
    <ValidatedForm form={form} validation={validation} labels={LABELS} className="narrow audit-form">
      <CohortField field={fields.cohortId} options={options} />
      <TextField
        field={fields.focus}
        label="What are you auditing?"
        hint="The aspect of pedagogy or curriculum, for example “Use of representations in KS3 lessons”."
      />
      <TextField
        field={fields.conductedOn}
        label="Date of the audit"
        hint="The day you carried it out, or will."
        type="date"
        width="short"
      />
      <SelectField
        field={fields.initiativeId}
        label="Which initiative is it part of?"
        hint="Optional. A baseline audit is often the evidence of need for an initiative."
        options={initiativeOptions}
      />
      <CheckboxesField
        field={fields.schoolIds}
        legend="Which schools of your trust will you audit?"
        hint="Each school is a column of the rating grid. A follow-up audit rates the same schools."
        options={schoolOptions}
      />

      <h2>Criteria</h2>
      <p>
        Each criterion is rated in each school as Not yet evident, Emerging, Established or Embedded. Write what you
        would see if the aspect were embedded, for example “Pupils use bar models to represent ratio problems”.
      </p>
      <TextareaField
        field={fields.criteriaText}
        label="Write your criteria"
        hint={`One criterion per line, up to ${MAX_CRITERIA} in all, each up to ${CRITERION_MAX} characters.`}
        rows={8}
      />
      <TemplateField field={fields.templateIds} strands={strands} />

      <h2>Sharing and outcome strands</h2>
      <VisibilityField
        field={fields.visibility}
        label="Who can see this audit"
        hint="Your cohort leads can read anything shared with them. Only you can rate the schools."
      />
      <TagFields
        strandIds={fields.strandIds}
        outcomeIds={fields.outcomeIds}
        strands={strands}
        noun="audit"
        strandLabel={(s) => s.label}
      />

      <SubmitRow label="Save and rate the schools" cancelTo="/audits" />
    </ValidatedForm>
  );
}
