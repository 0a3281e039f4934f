import { Form, Link } from "@remix-run/react";
import { FilterErrorSummary, DateFilter, FilterField, filterErrorProps } from "~/components/filters";
import { TRACK_LABELS, TRACKS, type ParsedDashboardFilters } from "~/dashboards/schema";

// The dashboard's filters: a GET form that works without JavaScript; the URL holds the view, so it can be bookmarked.

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
  const described = (name: keyof typeof errors) => filterErrorProps(errors, name);
  return (
    <>
      <FilterErrorSummary errors={errors} />
      <Form method="get" action={action} className="filters" role="search" aria-label="Filter the dashboard">
        {detail === "statements" ? <input type="hidden" name="detail" value="statements" /> : null}
        <FilterField name="track" label="Participants" error={errors.track}>
          <select id="filter-track" name="track" className="select" defaultValue={values.track} {...described("track")}>
            <option value="">New and continuing</option>
            {TRACKS.map((t) => (
              <option key={t} value={t}>
                {TRACK_LABELS[t]} only
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField name="trust" label="Trust" error={errors.trust}>
          <select id="filter-trust" name="trust" className="select" defaultValue={values.trust} {...described("trust")}>
            <option value="">Every trust</option>
            {trusts.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField name="strand" label="Strand" error={errors.strand}>
          <select
            id="filter-strand"
            name="strand"
            className="select"
            defaultValue={values.strand}
            {...described("strand")}
          >
            <option value="">Every strand</option>
            {strands.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </FilterField>
        <DateFilter name="from" label="Records from" value={values.from} errors={errors} />
        <DateFilter name="to" label="Records to" value={values.to} errors={errors} />
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
