import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type DefaultValue,
  type FieldMetadata,
  type FormMetadata,
  type SubmissionResult,
} from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { type LazyValidation, useLazyValidation } from "~/components/lazy-validation";
import { VISIBILITIES, VISIBILITY_LABELS } from "~/schemas/values";
import type { z } from "~/schemas/zod";

// Accessible form pieces after the GOV.UK Design System patterns: label above, hint under it, the error
// beside the field, and an error summary at the top that links to each field and takes focus.

// One field component serves every form, whatever its schema: conform's metadata is generic over each form's own
// shape, which a shared component cannot name. The one place `any` is allowed in app code.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type AnyField = FieldMetadata<any, any, any>;
export type AnyForm = FormMetadata<any, any>;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Names a field in the summary: a fixed label per field, or a function for fields inside lists. */
export type FieldLabels = Record<string, string> | ((name: string) => string | undefined);

export function ErrorSummary({ form, labels = {} }: { form: AnyForm; labels?: FieldLabels }) {
  const labelFor = (name: string) => (typeof labels === "function" ? labels(name) : labels[name]);
  const ref = useRef<HTMLDivElement>(null);
  const errors = Object.entries(form.allErrors as Record<string, string[] | undefined>).flatMap(([name, messages]) =>
    (messages ?? []).map((message) => ({ name, message })),
  );
  const signature = errors.map((e) => `${e.name}:${e.message}`).join("|");
  // Take focus after each attempt to submit, never while someone is typing: errors are also revalidated on
  // input, and moving focus then would pull the caret out of the field being corrected.
  const [attempts, setAttempts] = useState(0);
  const pendingFocus = useRef(false);
  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      if (!(event.target instanceof HTMLFormElement) || event.target.id !== form.id) return;
      // Buttons that add or remove a row submit an intent, not the form: they are not an attempt to save.
      if (event.submitter?.getAttribute("name") === "__intent__") return;
      pendingFocus.current = true;
      // After this event: the form library moves focus to the first invalid field while handling it.
      window.setTimeout(() => setAttempts((n) => n + 1), 0);
    };
    document.addEventListener("submit", onSubmit, true);
    return () => document.removeEventListener("submit", onSubmit, true);
  }, [form.id]);
  useEffect(() => {
    if (pendingFocus.current && signature) {
      pendingFocus.current = false;
      ref.current?.focus();
    }
  }, [attempts, signature]);
  if (errors.length === 0) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      autoFocus
      aria-labelledby={`${form.id}-summary-title`}
    >
      <h2 className="error-summary__title" id={`${form.id}-summary-title`}>
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {errors.map(({ name, message }) => (
          <li key={`${name}:${message}`}>
            {name ? (
              <a href={`#${form.id}-${name}`}>{labelFor(name) ? `${labelFor(name)}: ${message}` : message}</a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorMessage({ field }: { field: AnyField }) {
  if (!field.errors?.length) return null;
  return (
    <p className="field-error" id={field.errorId}>
      <span className="visually-hidden">Error: </span>
      {field.errors.join(". ")}
    </p>
  );
}

function hintId(field: AnyField) {
  return `${field.id}-hint`;
}

/** The wrapper of every field: red-edged while it shows an error. */
export function groupClass(field: AnyField) {
  return `form-group${field.errors?.length ? " form-group--error" : ""}`;
}

function Hint({ field, hint }: { field: AnyField; hint?: ReactNode }) {
  if (!hint) return null;
  return (
    <p className="hint" id={hintId(field)}>
      {hint}
    </p>
  );
}

function FieldShell({
  field,
  label,
  hint,
  children,
}: {
  field: AnyField;
  label: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className={groupClass(field)}>
      <label className="label" htmlFor={field.id}>
        {label}
      </label>
      <Hint field={field} hint={hint} />
      <ErrorMessage field={field} />
      {children}
    </div>
  );
}

export function TextField({
  field,
  label,
  hint,
  type = "text",
  autoComplete,
  width,
}: {
  field: AnyField;
  label: ReactNode;
  hint?: ReactNode;
  type?: "text" | "email" | "password" | "date" | "url";
  autoComplete?: string;
  width?: "short" | "medium";
}) {
  const { key, ...props } = getInputProps(field, { type, ariaDescribedBy: hint ? hintId(field) : undefined });
  return (
    <FieldShell field={field} label={label} hint={hint}>
      <input
        key={key}
        {...props}
        {...(type === "password" ? { defaultValue: undefined } : {})}
        autoComplete={autoComplete}
        className={`input${width ? ` input--${width}` : ""}`}
      />
    </FieldShell>
  );
}

export function TextareaField({
  field,
  label,
  hint,
  rows = 5,
}: {
  field: AnyField;
  label: ReactNode;
  hint?: ReactNode;
  rows?: number;
}) {
  const { key, ...props } = getTextareaProps(field, { ariaDescribedBy: hint ? hintId(field) : undefined });
  return (
    <FieldShell field={field} label={label} hint={hint}>
      <textarea key={key} {...props} rows={rows} className="textarea" />
    </FieldShell>
  );
}

export function SelectField({
  field,
  label,
  hint,
  options,
}: {
  field: AnyField;
  label: ReactNode;
  hint?: ReactNode;
  options: { value: string; label: string }[];
}) {
  const { key, ...props } = getSelectProps(field, { ariaDescribedBy: hint ? hintId(field) : undefined });
  return (
    <FieldShell field={field} label={label} hint={hint}>
      <select key={key} {...props} className="select">
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/**
 * A group of boxes or radios under one legend, with its hint and error. The fieldset is described by both, unless
 * `describe` is false (each input then carries its own description).
 */
export function FieldsetGroup({
  field,
  legend,
  hint,
  describe = true,
  children,
}: {
  field: AnyField;
  legend: ReactNode;
  hint?: ReactNode;
  describe?: boolean;
  children: ReactNode;
}) {
  const describedBy = [hint ? hintId(field) : null, field.errors?.length ? field.errorId : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={groupClass(field)}>
      <fieldset className="fieldset" aria-describedby={describe ? describedBy || undefined : undefined}>
        <legend className="fieldset__legend">{legend}</legend>
        <Hint field={field} hint={hint} />
        <ErrorMessage field={field} />
        {children}
      </fieldset>
    </div>
  );
}

/**
 * One radio of a group, styled by `block` ("checkboxes", "radios", "evidence-choice"): the radio that `carriesId`
 * takes the field's own id, so the error summary can link to it; the others add their value to it.
 */
export function RadioItem({
  field,
  value,
  label,
  hint,
  carriesId,
  block = "checkboxes",
}: {
  field: AnyField;
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  carriesId: boolean;
  block?: "checkboxes" | "radios" | "evidence-choice";
}) {
  const id = carriesId ? field.id : `${field.id}-${value}`;
  const { key, ...props } = getInputProps(field, { type: "radio", value });
  return (
    <div className={`${block}__item`}>
      <input
        key={key}
        {...props}
        id={id}
        className={`${block}__input`}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label className={`${block}__label`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className={`hint ${block}__hint`} id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A group of checkboxes under one legend; the first box carries the field's id so the summary can link to it. */
export function CheckboxesField({
  field,
  legend,
  hint,
  options,
  small,
}: {
  field: AnyField;
  legend: ReactNode;
  hint?: ReactNode;
  options: { value: string; label: ReactNode; indent?: boolean }[];
  small?: boolean;
}) {
  const initial = field.initialValue;
  const chosen = new Set(Array.isArray(initial) ? initial : typeof initial === "string" ? [initial] : []);
  return (
    <FieldsetGroup field={field} legend={legend} hint={hint}>
      <div className={`checkboxes${small ? " checkboxes--small" : ""}`}>
        {options.map((option, index) => {
          const id = index === 0 ? field.id : `${field.id}-${option.value}`;
          return (
            <div className={`checkboxes__item${option.indent ? " checkboxes__item--indent" : ""}`} key={option.value}>
              <input
                className="checkboxes__input"
                type="checkbox"
                id={id}
                name={field.name}
                value={option.value}
                defaultChecked={chosen.has(option.value)}
                form={field.formId}
                key={`${field.key ?? ""}${option.value}`}
              />
              <label className="checkboxes__label" htmlFor={id}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}

/** Which cohort a record belongs to: a choice for someone in several cohorts, otherwise their one cohort. */
export function CohortField({
  field,
  options,
}: {
  field: AnyField;
  options: { cohortId: string; cohortName: string }[];
}) {
  if (options.length <= 1) return <input type="hidden" name={field.name} value={options[0]?.cohortId ?? ""} />;
  return (
    <SelectField
      field={field}
      label="Cohort"
      options={options.map((o) => ({ value: o.cohortId, label: o.cohortName }))}
    />
  );
}

const VISIBILITY_OPTIONS = VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABELS[v] }));

/** Who can see a record. */
export function VisibilityField({ field, label, hint }: { field: AnyField; label: ReactNode; hint: ReactNode }) {
  return <SelectField field={field} label={label} hint={hint} options={VISIBILITY_OPTIONS} />;
}

type FormShape = Record<string, unknown>;

/**
 * A form checked in the browser by its schema once that has loaded (see useLazyValidation): `load` imports the
 * schema's module, `schema` builds the schema from it; the form's values are typed from the schema.
 */
export function useLazyForm<Module, Schema extends z.ZodType<FormShape, FormShape>>({
  id,
  lastResult,
  defaultValue,
  load,
  schema,
}: {
  id: string;
  lastResult: SubmissionResult<string[]> | undefined;
  /** Typed by each form's own props: typing it here by the schema would stop TypeScript inferring the schema. */
  defaultValue?: object | null;
  load: () => Promise<Module>;
  schema: (module: Module) => Schema;
}) {
  const validation = useLazyValidation(load, schema);
  const [form, fields] = useForm<z.input<Schema>, z.output<Schema>>({
    id,
    lastResult,
    defaultValue: defaultValue as DefaultValue<z.input<Schema>>,
    ...validation.options,
  });
  return { form, fields, validation };
}

/** A form that posts to its route, with the error summary above it: the frame of every form. */
export function ValidatedForm({
  form,
  validation,
  labels,
  className,
  encType,
  preventScrollReset,
  children,
}: {
  form: AnyForm;
  validation: LazyValidation;
  labels?: FieldLabels;
  className?: string;
  encType?: "multipart/form-data";
  preventScrollReset?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <ErrorSummary form={form} labels={labels} />
      <Form
        method="post"
        encType={encType}
        {...getFormProps(form)}
        {...validation.formProps}
        className={className}
        preventScrollReset={preventScrollReset}
      >
        {children}
      </Form>
    </>
  );
}

/** The save button, and a way back without saving when there is one. */
export function SubmitRow({ label, cancelTo }: { label: ReactNode; cancelTo?: string }) {
  return (
    <div className="button-row">
      <button type="submit" className="button">
        {label}
      </button>
      {cancelTo ? <Link to={cancelTo}>Cancel</Link> : null}
    </div>
  );
}
