import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { FilterErrorSummary, DateFilter, FilterField, filterErrorProps } from "~/components/filters";
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
        <FilterField name="kind" label="Kind" error={errors.kind}>
          <select id="filter-kind" name="kind" className="select" defaultValue={values.kind} {...described("kind")}>
            <option value="">Any kind</option>
            {RECORD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {RECORD_KIND_LABELS[kind]}
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
            <option value="">Any strand</option>
            {options.strands.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField name="initiative" label="Initiative" error={errors.initiative}>
          <select
            id="filter-initiative"
            name="initiative"
            className="select"
            defaultValue={values.initiative}
            {...described("initiative")}
          >
            <option value="">Any initiative</option>
            {options.initiatives.map((i) => (
              <option key={i.id} value={i.id}>
                {i.title}
              </option>
            ))}
          </select>
        </FilterField>
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
        <div className="table-wrap">
          <table className="table" aria-labelledby="results">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Kind</th>
                <th scope="col">Title</th>
                <th scope="col">Initiative</th>
                <th scope="col">Strands</th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr key={record.id}>
                  <td>
                    <DateText value={record.occurredOn} />
                  </td>
                  <td>{RECORD_KIND_LABELS[record.kind]}</td>
                  <td>
                    <Link to={record.path}>{record.title}</Link>
                  </td>
                  <td>{record.initiativeTitle ?? ""}</td>
                  <td>{record.strands.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : filtered ? (
        <p>Try fewer filters.</p>
      ) : (
        <p>You have not written any records yet.</p>
      )}
    </>
  );
}
