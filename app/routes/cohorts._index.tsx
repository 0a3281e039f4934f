import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { getDb } from "~/db.server";
import { listViewableCohorts } from "~/cohorts/cohorts.server";
import { requireViewer } from "~/utils/permissions.server";

export const meta: MetaFunction = () => [{ title: "Cohorts – Strands" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return { cohorts: await listViewableCohorts(getDb(), viewer), isAdmin: viewer.isAdmin };
}

export default function Cohorts() {
  const { cohorts, isAdmin } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{isAdmin ? "Cohorts" : "Cohorts you lead"}</h1>
      {cohorts.length === 0 ? (
        <p>You do not lead a cohort.</p>
      ) : (
        <DataTable
          caption="Cohorts"
          rows={cohorts}
          rowKey={(cohort) => cohort.id}
          rowHeaders={false}
          columns={[
            { header: "Cohort", cell: (cohort) => <Link to={`/cohorts/${cohort.id}`}>{cohort.name}</Link> },
            {
              header: "Programme",
              cell: (cohort) => (
                <>
                  {cohort.programmeName} ({cohort.programmeCode})
                </>
              ),
            },
            { header: "Year", cell: (cohort) => cohort.academicYear },
            { header: "Participants", cell: (cohort) => cohort.participantCount },
          ]}
        />
      )}
    </>
  );
}
