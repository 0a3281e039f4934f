import { getInputProps, type SubmissionResult, type useForm } from "@conform-to/react";
import type { z } from "~/schemas/zod";
import type { evidenceSchema } from "~/evidence/schema";
import { EVIDENCE_ACCEPT } from "~/evidence/values";
import { formatFileSize } from "~/schemas/values";
import { EVIDENCE_TYPE_LABELS, EVIDENCE_TYPES } from "~/evaluations/values";
import {
  type AnyField,
  ErrorMessage,
  FieldsetGroup,
  groupClass,
  RadioItem,
  SelectField,
  SubmitRow,
  TextareaField,
  TextField,
  useLazyForm,
  ValidatedForm,
} from "~/components/forms";
import { OutcomeStatementsField } from "~/components/tag-fields";

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

/** Which outcome statements the evidence shows: the same question when adding and when changing it. */
function EvidenceOutcomesField({ field, strands }: { field: AnyField; strands: EvidenceStrand[] }) {
  return (
    <OutcomeStatementsField
      field={field}
      strands={strands}
      legend="Which outcome statements does this evidence show?"
      hint="Optional. Choose the statements of your programme that this evidence shows progress towards."
    />
  );
}

/** A file or a link: each choice reveals its own field, by CSS alone. */
function KindField({ fields, maxFileBytes }: { fields: EvidenceFields; maxFileBytes: number }) {
  return (
    <FieldsetGroup field={fields.kind} legend="What are you adding?">
      <div className="evidence-choice">
        <RadioItem field={fields.kind} value="file" label="A file" carriesId block="evidence-choice" />
        <div className="evidence-choice__conditional evidence-choice__conditional--file">
          <FileField field={fields.file} maxFileBytes={maxFileBytes} />
        </div>
        <RadioItem
          field={fields.kind}
          value="link"
          label="A link to a web page or shared document"
          carriesId={false}
          block="evidence-choice"
        />
        <div className="evidence-choice__conditional evidence-choice__conditional--link">
          <TextField
            field={fields.url}
            label="Link"
            hint="The full address, starting with https://. Strands does not open it; check who can see what it points to."
            type="url"
          />
        </div>
      </div>
    </FieldsetGroup>
  );
}

function FileField({ field, maxFileBytes }: { field: AnyField; maxFileBytes: number }) {
  const hintId = `${field.id}-hint`;
  const { key, ...props } = getInputProps(field, { type: "file", ariaDescribedBy: hintId });
  return (
    <div className={groupClass(field)}>
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
type EvidenceFields = ReturnType<typeof useForm<EvidenceFormValues>>[1];

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
  const { form, fields, validation } = useLazyForm({
    id: "evidence",
    lastResult,
    load: () => import("~/evidence/schema"),
    schema: (m) =>
      m.evidenceSchema({ outcomeIds: strands.flatMap((s) => s.statements.map((st) => st.id)), maxFileBytes }),
  });
  return (
    <ValidatedForm
      form={form}
      validation={validation}
      labels={LABELS}
      className="narrow evidence-form"
      encType="multipart/form-data"
    >
      <KindField fields={fields} maxFileBytes={maxFileBytes} />
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
      <EvidenceOutcomesField field={fields.outcomeIds} strands={strands} />
      <SubmitRow label="Add evidence" cancelTo={cancelTo} />
    </ValidatedForm>
  );
}

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
  const { form, fields, validation } = useLazyForm({
    id: "evidence-edit",
    lastResult,
    defaultValue,
    load: () => import("~/evidence/schema"),
    schema: (m) => m.evidenceUpdateSchema({ outcomeIds: strands.flatMap((s) => s.statements.map((st) => st.id)) }),
  });
  return (
    <ValidatedForm form={form} validation={validation} labels={LABELS} className="narrow">
      <TextField field={fields.title} label="Title" />
      <TextareaField field={fields.description} label="What does this evidence show?" rows={4} />
      <EvidenceTypeField field={fields.evidenceType} />
      <EvidenceOutcomesField field={fields.outcomeIds} strands={strands} />
      <SubmitRow label="Save evidence" cancelTo={cancelTo} />
    </ValidatedForm>
  );
}
