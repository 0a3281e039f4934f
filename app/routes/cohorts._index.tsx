import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
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
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Cohorts</caption>
            <thead>
              <tr>
                <th scope="col">Cohort</th>
                <th scope="col">Programme</th>
                <th scope="col">Year</th>
                <th scope="col">Participants</th>
              </tr>
            </thead>
            <tbody>
              {cohorts.map((cohort) => (
                <tr key={cohort.id}>
                  <td>
                    <Link to={`/cohorts/${cohort.id}`}>{cohort.name}</Link>
                  </td>
                  <td>
                    {cohort.programmeName} ({cohort.programmeCode})
                  </td>
                  <td>{cohort.academicYear}</td>
                  <td>{cohort.participantCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
