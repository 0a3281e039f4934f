import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import type { z } from "~/schemas/zod";
import type { evidenceSchema, evidenceUpdateSchema } from "~/evidence/schema";
import { EVIDENCE_ACCEPT } from "~/evidence/values";
import { formatFileSize } from "~/schemas/values";
import { EVIDENCE_TYPE_LABELS, EVIDENCE_TYPES } from "~/evaluations/values";
import { type AnyField, ErrorMessage, ErrorSummary, SelectField, TextareaField, TextField } from "~/components/forms";
import { OutcomeStatementsField } from "~/components/tag-fields";
import { useLazyValidation } from "~/components/lazy-validation";

// The "Add evidence" and "Edit evidence" forms. Both work without JavaScript: the file-or-link choice shows
// its own field by CSS alone (app/evidence/evidence.css), and every check runs again on the server.

export interface EvidenceStrand {
  id: string;
  title: string;
  statements: { id: string; text: string; parentId: string | null }[];
}

const LABELS: Record<string, string> = {
  kind: "File or link",
  file: "File",
  url: "Link",
  title: "Title",
  description: "Description",
  outcomeIds: "Outcome statements",
  evidenceType: "Kind of evidence",
};

const EVIDENCE_TYPE_OPTIONS = [
  { value: "", label: "Not sure yet" },
  ...EVIDENCE_TYPES.map((type) => ({ value: type, label: EVIDENCE_TYPE_LABELS[type] })),
];

/** What kind of evidence it is: how strong a source, from how people felt to pupils' results. */
function EvidenceTypeField({ field }: { field: AnyField }) {
  return (
    <SelectField
      field={field}
      label="What kind of evidence is this?"
      hint="This says how strong a source it is. Reactions and self-report show how people felt or what they say; artefacts, observations and pupil data show what changed."
      options={EVIDENCE_TYPE_OPTIONS}
    />
  );
}

function FileField({ field, maxFileBytes }: { field: AnyField; maxFileBytes: number }) {
  const hintId = `${field.id}-hint`;
  const { key, ...props } = getInputProps(field, { type: "file", ariaDescribedBy: hintId });
  return (
    <div className={`form-group${field.errors?.length ? " form-group--error" : ""}`}>
      <label className="label" htmlFor={field.id}>
        Upload a file
      </label>
      <p className="hint" id={hintId}>
        A PDF, Word, Excel, PowerPoint or OpenDocument file, or a PNG, JPEG, GIF or WebP image, up to{" "}
        {formatFileSize(maxFileBytes)}. Leave out pupils’ names and other personal details.
      </p>
      <ErrorMessage field={field} />
      <input key={key} {...props} accept={EVIDENCE_ACCEPT} className="evidence-file-input" />
    </div>
  );
}

type EvidenceFormValues = z.input<ReturnType<typeof evidenceSchema>>;

/** Adding evidence to a record: a file or a link, a title, a description and outcome statements. */
export function EvidenceForm({
  strands,
  maxFileBytes,
  lastResult,
  cancelTo,
}: {
  strands: EvidenceStrand[];
  maxFileBytes: number;
  lastResult: SubmissionResult<string[]> | undefined;
  cancelTo: string;
}) {
  const validation = useLazyValidation(
    () => import("~/evidence/schema"),
    (m) => m.evidenceSchema({ outcomeIds: strands.flatMap((s) => s.statements.map((st) => st.id)), maxFileBytes }),
  );
  const [form, fields] = useForm<EvidenceFormValues>({
    id: "evidence",
    lastResult,
    ...validation.options,
  });
  const kindOption = (value: "file" | "link", text: string) => {
    const id = value === "file" ? fields.kind.id : `${fields.kind.id}-${value}`;
    const { key, ...props } = getInputProps(fields.kind, { type: "radio", value });
    return (
      <div className="evidence-choice__item">
        <input key={key} {...props} id={id} className="evidence-choice__input" aria-describedby={undefined} />
        <label className="evidence-choice__label" htmlFor={id}>
          {text}
        </label>
      </div>
    );
  };
  return (
    <>
      <ErrorSummary form={form} labels={LABELS} />
      <Form
        method="post"
        encType="multipart/form-data"
        {...getFormProps(form)}
        {...validation.formProps}
        className="narrow evidence-form"
      >
        <div className={`form-group${fields.kind.errors?.length ? " form-group--error" : ""}`}>
          <fieldset
            className="fieldset"
            aria-describedby={fields.kind.errors?.length ? fields.kind.errorId : undefined}
          >
            <legend className="fieldset__legend">What are you adding?</legend>
            <ErrorMessage field={fields.kind} />
            <div className="evidence-choice">
              {kindOption("file", "A file")}
              <div className="evidence-choice__conditional evidence-choice__conditional--file">
                <FileField field={fields.file} maxFileBytes={maxFileBytes} />
              </div>
              {kindOption("link", "A link to a web page or shared document")}
              <div className="evidence-choice__conditional evidence-choice__conditional--link">
                <TextField
                  field={fields.url}
                  label="Link"
                  hint="The full address, starting with https://. Strands does not open it; check who can see what it points to."
                  type="url"
                />
              </div>
            </div>
          </fieldset>
        </div>
        <TextField
          field={fields.title}
          label="Title"
          hint="A few words you will recognise later, for example “Year 7 baseline check results”."
        />
        <TextareaField
          field={fields.description}
          label="What does this evidence show?"
          hint="Say what it is and what it tells you, in a sentence or two."
          rows={4}
        />
        <EvidenceTypeField field={fields.evidenceType} />
        <OutcomeStatementsField
          field={fields.outcomeIds}
          strands={strands}
          legend="Which outcome statements does this evidence show?"
          hint="Optional. Choose the statements of your programme that this evidence shows progress towards."
        />
        <div className="button-row">
          <button type="submit" className="button">
            Add evidence
          </button>
          <Link to={cancelTo}>Cancel</Link>
        </div>
      </Form>
    </>
  );
}

type EvidenceUpdateValues = z.input<ReturnType<typeof evidenceUpdateSchema>>;

/** Changing evidence: its title, description and outcome statements. */
export function EvidenceDetailsForm({
  strands,
  lastResult,
  defaultValue,
  cancelTo,
}: {
  strands: EvidenceStrand[];
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: { title: string; description: string; outcomeIds: string[]; evidenceType: string };
  cancelTo: string;
}) {
  const validation = useLazyValidation(
    () => import("~/evidence/schema"),
    (m) => m.evidenceUpdateSchema({ outcomeIds: strands.flatMap((s) => s.statements.map((st) => st.id)) }),
  );
  const [form, fields] = useForm<EvidenceUpdateValues>({
    id: "evidence-edit",
    lastResult,
    defaultValue,
    ...validation.options,
  });
  return (
    <>
      <ErrorSummary form={form} labels={LABELS} />
      <Form method="post" {...getFormProps(form)} {...validation.formProps} className="narrow">
        <TextField field={fields.title} label="Title" />
        <TextareaField field={fields.description} label="What does this evidence show?" rows={4} />
        <EvidenceTypeField field={fields.evidenceType} />
        <OutcomeStatementsField
          field={fields.outcomeIds}
          strands={strands}
          legend="Which outcome statements does this evidence show?"
          hint="Optional. Choose the statements of your programme that this evidence shows progress towards."
        />
        <div className="button-row">
          <button type="submit" className="button">
            Save evidence
          </button>
          <Link to={cancelTo}>Cancel</Link>
        </div>
      </Form>
    </>
  );
}
