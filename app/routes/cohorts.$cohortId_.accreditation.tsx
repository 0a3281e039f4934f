import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CriterionStatusTag } from "~/accreditation/status";
import { DataTable } from "~/components/data-table";
import { getDb } from "~/db.server";
import { getCohortAccreditation } from "~/accreditation/cohort.server";
import styles from "~/accreditation/accreditation.css";
import { requireViewer } from "~/utils/permissions.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Accreditation${data && "cohort" in data ? `: ${data.cohort.name}` : ""} – Strands` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return getCohortAccreditation(getDb(), viewer, params.cohortId ?? "");
}

export default function CohortAccreditation() {
  const { cohort, criteria, participants, viewerMayReview } = useLoaderData<typeof loader>();
  const waiting = participants.reduce((n, p) => n + p.statuses.filter((s) => s.status === "submitted").length, 0);
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/cohorts/${cohort.id}`}>Back to {cohort.name}</Link>
      </p>
      <span className="caption">{cohort.programmeName}</span>
      <h1>Accreditation: {cohort.name}</h1>
      <p className="lead">
        {waiting === 0
          ? "No criteria are waiting for your review."
          : `${waiting} ${waiting === 1 ? "criterion is" : "criteria are"} waiting for ${
              viewerMayReview ? "your" : "a lead’s"
            } review.`}
      </p>
      {viewerMayReview ? null : (
        <p className="notice">You can read this cohort’s accreditation; only its leads review criteria.</p>
      )}
      <h2>Criteria</h2>
      <ol className="statement-list">
        {criteria.map((c) => (
          <li key={c.id}>{c.text}</li>
        ))}
      </ol>
      <h2>Participants</h2>
      {participants.length === 0 ? (
        <p>This cohort has no participants yet.</p>
      ) : (
        <DataTable
          className="accreditation-table"
          caption="Each participant’s status per criterion and readiness for accreditation"
          rows={participants}
          rowKey={(p) => p.userId}
          columns={[
            {
              header: "Participant",
              cell: (p) => (
                <>
                  <Link to={`/cohorts/${cohort.id}/accreditation/${p.userId}`}>{p.name}</Link>
                  {p.trustName ? <span className="muted accreditation-table__trust">{p.trustName}</span> : null}
                </>
              ),
            },
            ...criteria.map((c, index) => ({
              header: <>Criterion {c.number}</>,
              cell: (p: (typeof participants)[number]) => <CriterionStatusTag status={p.statuses[index].status} />,
            })),
            {
              header: "Ready",
              cell: (p) => (
                <>
                  {p.readiness.met} of {p.readiness.total} ({p.readiness.percent}%)
                </>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
