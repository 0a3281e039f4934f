import { DataTable } from "~/components/data-table";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { getDb } from "~/db.server";
import { listPeople } from "~/data-protection/data-protection.server";
import { requireViewer } from "~/utils/permissions.server";

export const meta: MetaFunction = () => [{ title: "People and their data – Strands" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return { people: await listPeople(getDb(), viewer) };
}

export default function AdminPeople() {
  const { people } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const erased = searchParams.get("erased");
  return (
    <div>
      <h1>People and their data</h1>
      <p className="lead">
        Export everything Strands holds about a person when they ask for it, or erase them when they ask to be
        forgotten. Both are recorded in the <Link to="/admin/audit-log">audit log</Link>.
      </p>
      {erased ? (
        <p className="notice" role="status">
          {erased} has been erased. Their records, evidence, sessions and memberships are gone.
        </p>
      ) : null}
      <DataTable
        caption={`Everyone with an account (${people.length})`}
        captionVisible
        rows={people}
        rowKey={(p) => p.id}
        rowHeaders={false}
        columns={[
          {
            header: "Name",
            cell: (p) => (
              <>
                <Link to={`/admin/people/${p.id}`}>{p.name}</Link>
                {p.isAdmin ? <span className="muted"> (programme admin)</span> : null}
              </>
            ),
          },
          { header: "Email address", cell: (p) => p.email },
          {
            header: "Cohorts",
            cell: (p) =>
              p.memberships.length === 0 ? "None" : p.memberships.map((m) => `${m.cohortName} (${m.role})`).join("; "),
          },
          { header: "Records", cell: (p) => p.recordCount },
        ]}
      />
    </div>
  );
}
