import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { TRACK_LABELS, TRACKS, type ParsedDashboardFilters } from "~/schemas/dashboard";

// The dashboard's filters: a GET form that works without JavaScript; the URL holds the view, so it can be bookmarked.

function Filter({ name, label, error, children }: { name: string; label: string; error?: string; children: ReactNode }) {
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

export function DashboardFilters({
  action,
  values,
  errors,
  detail,
  trusts,
  strands,
  filtered,
}: {
  action: string;
  values: ParsedDashboardFilters["values"];
  errors: ParsedDashboardFilters["errors"];
  detail: ParsedDashboardFilters["detail"];
  trusts: { id: string; name: string }[];
  strands: { id: string; title: string }[];
  filtered: boolean;
}) {
  const described = (name: keyof typeof errors) =>
    errors[name] ? { "aria-describedby": `filter-${name}-error`, "aria-invalid": true as const } : {};
  const errorList = Object.entries(errors);
  return (
    <>
      {errorList.length > 0 ? (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title">Some filters were not used</h2>
          <ul className="error-summary__list">
            {errorList.map(([name, message]) => (
              <li key={name}>
                <a href={`#filter-${name}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Form method="get" action={action} className="filters" role="search" aria-label="Filter the dashboard">
        {detail === "statements" ? <input type="hidden" name="detail" value="statements" /> : null}
        <Filter name="track" label="Participants" error={errors.track}>
          <select id="filter-track" name="track" className="select" defaultValue={values.track} {...described("track")}>
            <option value="">New and continuing</option>
            {TRACKS.map((t) => (
              <option key={t} value={t}>
                {TRACK_LABELS[t]} only
              </option>
            ))}
          </select>
        </Filter>
        <Filter name="trust" label="Trust" error={errors.trust}>
          <select id="filter-trust" name="trust" className="select" defaultValue={values.trust} {...described("trust")}>
            <option value="">Every trust</option>
            {trusts.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </Filter>
        <Filter name="strand" label="Strand" error={errors.strand}>
          <select id="filter-strand" name="strand" className="select" defaultValue={values.strand} {...described("strand")}>
            <option value="">Every strand</option>
            {strands.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </Filter>
        <Filter name="from" label="Records from" error={errors.from}>
          <input id="filter-from" name="from" type="date" className="input input--short" defaultValue={values.from} {...described("from")} />
        </Filter>
        <Filter name="to" label="Records to" error={errors.to}>
          <input id="filter-to" name="to" type="date" className="input input--short" defaultValue={values.to} {...described("to")} />
        </Filter>
        <div className="button-row">
          <button type="submit" className="button">
            Show dashboard
          </button>
          {filtered ? <Link to={action}>Clear filters</Link> : null}
        </div>
      </Form>
    </>
  );
}
