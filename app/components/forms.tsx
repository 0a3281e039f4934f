import {
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type FieldMetadata,
  type FormMetadata,
} from "@conform-to/react";
import { useEffect, useRef, useState, type ReactNode } from "react";

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
    <div className={`form-group${field.errors?.length ? " form-group--error" : ""}`}>
      <label className="label" htmlFor={field.id}>
        {label}
      </label>
      {hint ? (
        <p className="hint" id={hintId(field)}>
          {hint}
        </p>
      ) : null}
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
  const describedBy = [hint ? hintId(field) : null, field.errors?.length ? field.errorId : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={`form-group${field.errors?.length ? " form-group--error" : ""}`}>
      <fieldset className="fieldset" aria-describedby={describedBy || undefined}>
        <legend className="fieldset__legend">{legend}</legend>
        {hint ? (
          <p className="hint" id={hintId(field)}>
            {hint}
          </p>
        ) : null}
        <ErrorMessage field={field} />
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
      </fieldset>
    </div>
  );
}
