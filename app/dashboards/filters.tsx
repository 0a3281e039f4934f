import { Form, Link } from "@remix-run/react";
import { DateFilter, FilterErrorSummary, SelectFilter } from "~/components/filters";
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
  return (
    <>
      <FilterErrorSummary errors={errors} />
      <Form method="get" action={action} className="filters" role="search" aria-label="Filter the dashboard">
        {detail === "statements" ? <input type="hidden" name="detail" value="statements" /> : null}
        <SelectFilter
          name="track"
          label="Participants"
          value={values.track}
          errors={errors}
          noFilter="New and continuing"
          options={TRACKS.map((t) => ({ value: t, label: `${TRACK_LABELS[t]} only` }))}
        />
        <SelectFilter
          name="trust"
          label="Trust"
          value={values.trust}
          errors={errors}
          noFilter="Every trust"
          options={trusts.map((t) => ({ value: t.id, label: t.name }))}
        />
        <SelectFilter
          name="strand"
          label="Strand"
          value={values.strand}
          errors={errors}
          noFilter="Every strand"
          options={strands.map((s) => ({ value: s.id, label: s.title }))}
        />
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
