import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import {
  AuditsSection,
  CoverageSection,
  EngagementSection,
  InitiativesSection,
  ReadinessSection,
  TasksSection,
} from "~/dashboards/sections";
import { DashboardFilters } from "~/dashboards/filters";
import { SchoolsToWatch } from "~/initiatives/health-schools";
import { getDb } from "~/db.server";
import { getCohortDashboard } from "~/dashboards/dashboard.server";
import { dashboardQuery, TRACK_LABELS } from "~/dashboards/schema";
import styles from "~/dashboards/dashboards.css";
import { requireViewer } from "~/utils/permissions.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Dashboard${data && "cohort" in data ? ` – ${data.cohort.name}` : ""} – Strands` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return getCohortDashboard(getDb(), viewer, params.cohortId ?? "", new URL(request.url).searchParams);
}

function PrintButton() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <p className="dashboard-print">
      {hydrated ? (
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this dashboard
        </button>
      ) : (
        <span className="muted">
          To print this dashboard, use your browser’s Print command (Ctrl+P, or ⌘P on a Mac).
        </span>
      )}
    </p>
  );
}

export default function CohortDashboardPage() {
  const data = useLoaderData<typeof loader>();
  const { cohort, filters, values, errors, detail } = data;
  const path = `/cohorts/${cohort.id}/dashboard`;
  const filtered = Object.keys(filters).length > 0;
  const applied = [
    filters.track ? `${TRACK_LABELS[filters.track]} participants` : null,
    filters.trustId ? data.trusts.find((t) => t.id === filters.trustId)?.name : null,
    filters.strandId ? `Strand: ${data.strands.find((s) => s.id === filters.strandId)?.title}` : null,
    filters.from ? `From ${filters.from}` : null,
    filters.to ? `To ${filters.to}` : null,
  ].filter(Boolean);
  const datesSet = Boolean(filters.from || filters.to);
  const taskNote = datesSet ? "; the date range applies to the tasks’ due dates" : "";
  const initiativeNote = datesSet ? "; the date range applies to each initiative’s start date" : "";
  const auditNote = datesSet ? "; the date range applies to the follow-up audit’s date" : "";
  const readyNote =
    filters.strandId || datesSet
      ? " (the strand and date filters do not apply here: every task due before the workshop counts)"
      : "";
  return (
    <div className="dashboard">
      <p className="breadcrumbs no-print">
        <Link to={`/cohorts/${cohort.id}`}>{cohort.name}</Link>
      </p>
      <span className="caption">
        {cohort.programmeName} · {cohort.academicYear}
      </span>
      <h1>Dashboard: {cohort.name}</h1>
      <p className="lead">Where the cohort is, who needs a nudge, and what has changed in their schools.</p>
      <PrintButton />
      <DashboardFilters
        action={path}
        values={values}
        errors={errors}
        detail={detail}
        trusts={data.trusts}
        strands={data.strands}
        filtered={filtered}
      />
      <p className="dashboard-applied" aria-live="polite">
        {applied.length > 0
          ? `Showing: ${applied.join("; ")}.`
          : "Showing every participant and every record shared with leads."}{" "}
        {`${data.participants.length} ${data.participants.length === 1 ? "participant" : "participants"}.`}
      </p>
      <CoverageSection
        cohortId={cohort.id}
        coverage={data.coverage}
        ignored=""
        detailLinks={{
          strands: path + dashboardQuery(values, { detail: "" }),
          statements: path + dashboardQuery(values, { detail: "statements" }),
        }}
      />
      <TasksSection tasks={data.tasks} note={taskNote} />
      <AuditsSection audits={data.audits} note={auditNote} />
      <InitiativesSection statuses={data.initiativeStatuses} levels={data.evaluationLevels} note={initiativeNote} />
      <SchoolsToWatch cohortId={cohort.id} schools={data.schoolsToWatch} />
      <EngagementSection weeks={data.engagement} note="" />
      <ReadinessSection readiness={data.readiness} cohortId={cohort.id} note={readyNote} />
    </div>
  );
}
