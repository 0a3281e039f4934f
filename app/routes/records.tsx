import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { DateFilter, FilterErrorSummary, FilterField, filterErrorProps, SelectFilter } from "~/components/filters";
import { DateText } from "~/components/tags";
import { getDb } from "~/db.server";
import { getRecordFilterOptions, searchOwnRecords } from "~/records/records.server";
import { parseRecordFilters, RECORD_KIND_LABELS, RECORD_KINDS } from "~/records/schema";
import { requireViewer } from "~/utils/permissions.server";

export const meta: MetaFunction = () => [{ title: "Search your records – Strands" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const db = getDb();
  const options = await getRecordFilterOptions(db, viewer);
  const { values, filters, errors } = parseRecordFilters(new URL(request.url).searchParams, {
    strandIds: options.strands.map((s) => s.id),
    initiativeIds: options.initiatives.map((i) => i.id),
  });
  const records = await searchOwnRecords(db, viewer, filters);
  return { options, values, errors, records, filtered: Object.keys(filters).length > 0 };
}

export default function Records() {
  const { options, values, errors, records, filtered } = useLoaderData<typeof loader>();
  const described = (name: string) => filterErrorProps(errors, name);
  return (
    <>
      <h1>Search your records</h1>
      <p className="lead">Everything you have written: initiatives, audits, task responses and reflections.</p>
      <FilterErrorSummary errors={errors} />
      <Form method="get" className="filters" role="search" aria-label="Filter your records">
        <FilterField name="q" label="Title contains" error={errors.q}>
          <input
            id="filter-q"
            name="q"
            type="search"
            className="input input--medium"
            defaultValue={values.q}
            {...described("q")}
          />
        </FilterField>
        <SelectFilter
          name="kind"
          label="Kind"
          value={values.kind}
          errors={errors}
          noFilter="Any kind"
          options={RECORD_KINDS.map((kind) => ({ value: kind, label: RECORD_KIND_LABELS[kind] }))}
        />
        <SelectFilter
          name="strand"
          label="Strand"
          value={values.strand}
          errors={errors}
          noFilter="Any strand"
          options={options.strands.map((s) => ({ value: s.id, label: s.title }))}
        />
        <SelectFilter
          name="initiative"
          label="Initiative"
          value={values.initiative}
          errors={errors}
          noFilter="Any initiative"
          options={options.initiatives.map((i) => ({ value: i.id, label: i.title }))}
        />
        <DateFilter name="from" label="From" value={values.from} errors={errors} />
        <DateFilter name="to" label="To" value={values.to} errors={errors} />
        <div className="button-row">
          <button type="submit" className="button">
            Show records
          </button>
          {filtered ? <Link to="/records">Clear filters</Link> : null}
        </div>
      </Form>

      <h2 id="results" aria-live="polite">
        {records.length === 0 ? "No records found" : `${records.length} ${records.length === 1 ? "record" : "records"}`}
      </h2>
      {records.length > 0 ? (
        <DataTable
          labelledBy="results"
          rows={records}
          rowKey={(record) => record.id}
          rowHeaders={false}
          columns={[
            { header: "Date", cell: (record) => <DateText value={record.occurredOn} /> },
            { header: "Kind", cell: (record) => RECORD_KIND_LABELS[record.kind] },
            { header: "Title", cell: (record) => <Link to={record.path}>{record.title}</Link> },
            { header: "Initiative", cell: (record) => record.initiativeTitle ?? "" },
            { header: "Strands", cell: (record) => record.strands.join(", ") },
          ]}
        />
      ) : filtered ? (
        <p>Try fewer filters.</p>
      ) : (
        <p>You have not written any records yet.</p>
      )}
    </>
  );
}
