import type { SubmissionResult } from "@conform-to/react";
import { Link } from "@remix-run/react";
import {
  EVALUATION_METHODS,
  JUDGEMENT_LABELS,
  JUDGEMENTS,
  METHOD_LABELS,
  type EvaluationMethod,
  type Judgement,
} from "~/evaluations/values";
import type { EvidenceType } from "../../db/schema";
import { JudgementTag, typeLabel } from "./facts";
import {
  type AnyField,
  CheckboxesField,
  ErrorMessage,
  FieldsetGroup,
  RadioItem,
  TextareaField,
  useLazyForm,
  ValidatedForm,
} from "~/components/forms";

// One level of an initiative's evaluation: the owner's form (each level its own form, working without
// JavaScript), or the same answers read-only for a lead; and the warnings when a claim of impact rests on weak
// evidence.

export interface EvidenceChoice {
  id: string;
  title: string;
  evidenceType: EvidenceType | null;
  record: { id: string; title: string; href: string; isInitiative: boolean };
}

export interface LevelData {
  level: number;
  title: string;
  question: string;
  lookedFor: string;
  methods: EvaluationMethod[];
  findings: string;
  judgement: Judgement;
  evidenceIds: string[];
  evidence: EvidenceChoice[];
  flags: { code: string; title: string; advice: string }[];
  updatedAt: string | null;
}

export function StrengthFlags({ flags, level }: { flags: LevelData["flags"]; level: number }) {
  if (flags.length === 0) return null;
  return (
    <div className="evaluation-flags" role="note" aria-labelledby={`level-${level}-flags`}>
      <p className="evaluation-flags__title" id={`level-${level}-flags`}>
        <span aria-hidden="true" className="evaluation-flags__icon">
          !
        </span>{" "}
        Warning: the evidence for level {level} is weak
      </p>
      <ul className="evaluation-flags__list">
        {flags.map((flag) => (
          <li key={flag.code} data-flag={flag.code}>
            <strong>{flag.title}.</strong> {flag.advice}
          </li>
        ))}
      </ul>
    </div>
  );
}

const LABELS: Record<string, string> = {
  level: "Level",
  lookedFor: "What you looked for",
  methods: "How you looked",
  findings: "What you found",
  judgement: "Judgement",
  evidenceIds: "Evidence",
};

function JudgementField({ field }: { field: AnyField }) {
  return (
    <FieldsetGroup field={field} legend="Your judgement">
      <div className="checkboxes">
        {JUDGEMENTS.map((value, index) => (
          <RadioItem key={value} field={field} value={value} label={JUDGEMENT_LABELS[value]} carriesId={index === 0} />
        ))}
      </div>
    </FieldsetGroup>
  );
}

/** The evidence a judgement rests on; with none yet, a way to add some. */
function EvidenceField({
  field,
  choices,
  addEvidenceHref,
}: {
  field: AnyField;
  choices: EvidenceChoice[];
  addEvidenceHref: string;
}) {
  if (choices.length === 0) {
    return (
      <div className="form-group">
        <p className="fieldset__legend">Which evidence does your judgement rest on?</p>
        <ErrorMessage field={field} />
        <p>
          This initiative has no evidence yet. <Link to={addEvidenceHref}>Add evidence</Link> first, then choose it
          here.
        </p>
      </div>
    );
  }
  return (
    <CheckboxesField
      field={field}
      legend="Which evidence does your judgement rest on?"
      hint={
        <>
          A claim of impact is stronger when it rests on more than one kind of evidence.{" "}
          <Link to={addEvidenceHref}>Add evidence</Link>
        </>
      }
      options={choices.map((c) => ({
        value: c.id,
        label: (
          <>
            {c.title}{" "}
            <span className="muted">
              ({typeLabel(c.evidenceType)}
              {c.record.isInitiative ? "" : `, on “${c.record.title}”`})
            </span>
          </>
        ),
      }))}
      small
    />
  );
}

export function EvaluationLevelForm({
  level,
  choices,
  lastResult,
  addEvidenceHref,
}: {
  level: LevelData;
  choices: EvidenceChoice[];
  lastResult: SubmissionResult<string[]> | undefined;
  addEvidenceHref: string;
}) {
  const { form, fields, validation } = useLazyForm({
    id: `level-${level.level}-form`,
    lastResult,
    defaultValue: {
      level: String(level.level),
      lookedFor: level.lookedFor,
      methods: level.methods,
      findings: level.findings,
      judgement: level.judgement,
      evidenceIds: level.evidenceIds,
    },
    load: () => import("~/evaluations/schema"),
    schema: (m) => m.evaluationLevelSchema({ evidenceIds: choices.map((c) => c.id) }),
  });
  return (
    <ValidatedForm form={form} validation={validation} labels={LABELS} className="evaluation-form" preventScrollReset>
      <input type="hidden" name="intent" value="save-level" />
      <input type="hidden" name="level" value={level.level} />
      <TextareaField
        field={fields.lookedFor}
        label="What did you look for?"
        hint="The change you hoped to see at this level, in a sentence or two."
        rows={3}
      />
      <CheckboxesField
        field={fields.methods}
        legend="How did you look?"
        hint="Choose all that apply."
        options={EVALUATION_METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] }))}
        small
      />
      <TextareaField
        field={fields.findings}
        label="What did you find?"
        hint="What you saw or measured, with numbers where you have them."
        rows={4}
      />
      <JudgementField field={fields.judgement} />
      <EvidenceField field={fields.evidenceIds} choices={choices} addEvidenceHref={addEvidenceHref} />
      <button type="submit" className="button">
        Save level {level.level}
      </button>
    </ValidatedForm>
  );
}

/** The level as someone who may read but not change it sees it. */
export function EvaluationLevelReadOnly({ level }: { level: LevelData }) {
  const empty =
    !level.lookedFor && !level.findings && level.methods.length === 0 && level.judgement === "not_evaluated";
  if (empty) return <p className="muted">Not evaluated yet.</p>;
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>Looked for</dt>
        <dd>{level.lookedFor || "Not given"}</dd>
      </div>
      <div className="summary-list__row">
        <dt>How</dt>
        <dd>{level.methods.length ? level.methods.map((m) => METHOD_LABELS[m]).join(", ") : "Not given"}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Found</dt>
        <dd>{level.findings || "Not given"}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Judgement</dt>
        <dd>
          <JudgementTag judgement={level.judgement} />
        </dd>
      </div>
      <div className="summary-list__row">
        <dt>Rests on</dt>
        <dd>
          {level.evidence.length === 0 ? (
            "No evidence chosen"
          ) : (
            <ul className="evaluation-facts__list">
              {level.evidence.map((e) => (
                <li key={e.id}>
                  <Link to={`${e.record.href}#evidence-${e.id}`}>{e.title}</Link>{" "}
                  <span className="muted">({typeLabel(e.evidenceType)})</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
