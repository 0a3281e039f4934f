import { getFormProps, getInputProps, useForm, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import type { z } from "zod";
import type { StrandOption } from "~/frameworks/frameworks.server";
import type { AuditEditChoices, auditEditSchema } from "~/audits/schema";
import { CRITERION_MAX, MAX_CRITERIA, VISIBILITIES, VISIBILITY_LABELS } from "~/schemas/values";
import { NO_INITIATIVE } from "./form";
import { ErrorMessage, ErrorSummary, SelectField, TextareaField, TextField } from "~/components/forms";
import { TagFields } from "~/components/tag-fields";
import { useLazyValidation } from "~/components/lazy-validation";

type AuditEditValue = z.input<ReturnType<typeof auditEditSchema>>;

const LABELS: Record<string, string> = {
  focus: "Focus",
  conductedOn: "Date of the audit",
  initiativeId: "Initiative",
  visibility: "Who can see it",
  strandIds: "Strands",
  outcomeIds: "Outcome statements",
  criteria: "Criteria",
};

function labelFor(name: string): string | undefined {
  const row = /^criteria\[(\d+)\]\.(\w+)$/.exec(name);
  if (row) return `Criterion ${Number(row[1]) + 1}`;
  return LABELS[name];
}

export function AuditEditForm({
  id,
  initiatives,
  strands,
  choices,
  lastResult,
  defaultValue,
  isFollowUp,
}: {
  id: string;
  initiatives: { id: string; title: string }[];
  strands: StrandOption[];
  choices: AuditEditChoices;
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: DefaultValue<AuditEditValue>;
  isFollowUp: boolean;
}) {
  const validation = useLazyValidation(
    () => import("~/audits/schema"),
    (m) => m.auditEditSchema(choices),
  );
  const [form, fields] = useForm<AuditEditValue, z.output<ReturnType<typeof auditEditSchema>>>({
    id: "audit-edit",
    lastResult,
    defaultValue,
    ...validation.options,
  });
  const criteria = fields.criteria.getFieldList();
  return (
    <>
      <ErrorSummary form={form} labels={labelFor} />
      <Form method="post" {...getFormProps(form)} {...validation.formProps} className="narrow audit-form">
        {/* Enter in a field submits through the first submit button: make that the save, not "Remove". */}
        <button type="submit" className="visually-hidden" tabIndex={-1} aria-hidden="true">
          Save changes
        </button>
        <TextField field={fields.focus} label="What are you auditing?" />
        <TextField field={fields.conductedOn} label="Date of the audit" type="date" width="short" />
        <SelectField
          field={fields.initiativeId}
          label="Which initiative is it part of?"
          options={[NO_INITIATIVE, ...initiatives.map((i) => ({ value: i.id, label: i.title }))]}
        />

        <fieldset
          className={`fieldset fieldset--section form-group${fields.criteria.errors?.length ? " form-group--error" : ""}`}
          id={fields.criteria.id}
          tabIndex={-1}
        >
          <legend className="fieldset__legend">Criteria</legend>
          <p className="hint">
            Reword a criterion to make it clearer. Removing one removes its ratings too.
            {isFollowUp ? " A criterion added here has no baseline to compare with." : ""} Up to {MAX_CRITERIA}{" "}
            criteria, each up to {CRITERION_MAX} characters.
          </p>
          <ErrorMessage field={fields.criteria} />
          <ol className="audit-criteria-list">
            {criteria.map((row, index) => {
              const item = row.getFieldset();
              const { key: idKey, ...idProps } = getInputProps(item.id, { type: "hidden" });
              return (
                <li key={row.key} className="audit-criteria-list__item">
                  <input key={idKey} {...idProps} />
                  <ErrorMessage field={item.id} />
                  <TextareaField field={item.text} label={`Criterion ${index + 1}`} rows={2} />
                  {criteria.length > 1 ? (
                    <button
                      className="button button--secondary button--small"
                      {...form.remove.getButtonProps({ name: fields.criteria.name, index })}
                    >
                      Remove criterion {index + 1}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {criteria.length < MAX_CRITERIA ? (
            <button
              className="button button--secondary button--small"
              {...form.insert.getButtonProps({ name: fields.criteria.name, defaultValue: { text: "" } })}
            >
              Add another criterion
            </button>
          ) : null}
        </fieldset>

        <h2>Sharing and outcome strands</h2>
        <SelectField
          field={fields.visibility}
          label="Who can see this audit"
          options={VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABELS[v] }))}
        />
        <TagFields strandIds={fields.strandIds} outcomeIds={fields.outcomeIds} strands={strands} noun="audit" />

        <div className="button-row">
          <button type="submit" className="button">
            Save changes
          </button>
          <Link to={`/audits/${id}`}>Cancel</Link>
        </div>
      </Form>
    </>
  );
}
