import type { ReactNode } from "react";

// GET filter forms (search, dashboard): a filter that makes no sense is explained beside its field and in a
// summary, and ignored; the URL holds the rest, so a view can be bookmarked and shared.

export function FilterField({
  name,
  label,
  error,
  children,
}: {
  name: string;
  label: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={`form-group filter${error ? " form-group--error" : ""}`}>
      <label className="label" htmlFor={`filter-${name}`}>
        {label}
      </label>
      {error ? (
        <p className="field-error" id={`filter-${name}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** The attributes that tie a filter's control to its error, when it has one. */
export function filterErrorProps(errors: Partial<Record<string, string>>, name: string) {
  return errors[name] ? { "aria-describedby": `filter-${name}-error`, "aria-invalid": true as const } : {};
}

/** A date filter ('from' or 'to'): a native date input, its label above and its error beside it. */
export function DateFilter({
  name,
  label,
  value,
  errors,
}: {
  name: string;
  label: string;
  value: string | undefined;
  errors: Partial<Record<string, string>>;
}) {
  return (
    <FilterField name={name} label={label} error={errors[name]}>
      <input
        id={`filter-${name}`}
        name={name}
        type="date"
        className="input input--short"
        defaultValue={value}
        {...filterErrorProps(errors, name)}
      />
    </FilterField>
  );
}

/** A choice from a list, with a first option that applies no filter ("Every trust", "Any kind"). */
export function SelectFilter({
  name,
  label,
  value,
  errors,
  noFilter,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  errors: Partial<Record<string, string>>;
  noFilter: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <FilterField name={name} label={label} error={errors[name]}>
      <select
        id={`filter-${name}`}
        name={name}
        className="select"
        defaultValue={value}
        {...filterErrorProps(errors, name)}
      >
        <option value="">{noFilter}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

export function FilterErrorSummary({ errors }: { errors: Partial<Record<string, string>> }) {
  const list = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (list.length === 0) return null;
  return (
    <div className="error-summary" role="alert">
      <h2 className="error-summary__title">Some filters were not used</h2>
      <ul className="error-summary__list">
        {list.map(([name, message]) => (
          <li key={name}>
            <a href={`#filter-${name}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
