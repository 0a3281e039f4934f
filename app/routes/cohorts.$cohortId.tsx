import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { DateText, OverdueTag, StatusTag } from "~/components/tags";
import { getDb } from "~/db.server";
import { cohortHasAccreditation } from "~/accreditation/access.server";
import { getCohortOverview } from "~/cohorts/cohorts.server";
import { requireViewer } from "~/utils/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data && "cohort" in data ? data.cohort.name : "Cohort"} – Strands` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const overview = await getCohortOverview(getDb(), viewer, params.cohortId ?? "");
  return { ...overview, hasAccreditation: await cohortHasAccreditation(getDb(), overview.cohort.id) };
}

export default function Cohort() {
  const { cohort, workshops, leads, participants, hasAccreditation } = useLoaderData<typeof loader>();
  const withInitiative = participants.filter((p) => p.initiatives.length > 0).length;
  const newCount = participants.filter((p) => p.track === "new").length;
  return (
    <>
      <span className="caption">
        {cohort.programmeName} · {cohort.academicYear}
      </span>
      <h1>{cohort.name}</h1>
      <p className="lead">
        {participants.length} participants ({newCount} new, {participants.length - newCount} continuing);{" "}
        {withInitiative} have shared an initiative with you.
      </p>
      <h2>Workshops</h2>
      <ol>
        {workshops.map((w) => (
          <li key={w.id}>
            {w.title}: <DateText value={w.heldOn} />
          </li>
        ))}
      </ol>
      <nav aria-label="This cohort" className="cohort-links">
        <ul>
          <li>
            <Link to={`/cohorts/${cohort.id}/dashboard`}>Dashboard</Link>
          </li>
          <li>
            <Link to={`/cohorts/${cohort.id}/tasks`}>Inter-sessional tasks</Link>
          </li>
          {hasAccreditation ? (
            <li>
              <Link to={`/cohorts/${cohort.id}/accreditation`}>Accreditation</Link>
            </li>
          ) : null}
          <li>
            <Link to={`/cohorts/${cohort.id}/export`}>Export data</Link>
          </li>
        </ul>
      </nav>
      <p className="muted">Led by {leads.map((l) => l.name).join(", ")}.</p>
      <h2>Participants</h2>
      <DataTable
        caption="Participants and their initiatives"
        rows={participants}
        rowKey={(p) => p.id}
        columns={[
          {
            header: "Participant",
            cell: (p) => <Link to={`/cohorts/${cohort.id}/participants/${p.id}`}>{p.name}</Link>,
          },
          { header: "Trust", cell: (p) => p.trustName },
          { header: "Track", cell: (p) => (p.track === "new" ? "New" : "Continuing") },
          {
            header: "Initiatives shared with leads",
            cell: (p) =>
              p.initiatives.length === 0 ? (
                <span className="muted">None shared yet</span>
              ) : (
                <ul className="statement-list">
                  {p.initiatives.map((i) => (
                    <li key={i.id}>
                      <Link to={`/initiatives/${i.id}`}>{i.title}</Link> <StatusTag status={i.status} />{" "}
                      <OverdueTag count={i.overdueCount} />
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </>
  );
}
