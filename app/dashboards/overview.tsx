import { Link } from "@remix-run/react";
import { ChartFigure } from "~/components/charts/bar-chart";
import { OKABE_ITO } from "~/components/charts/palette";
import { DataTable } from "~/components/data-table";
import type { CohortMeasures } from "~/dashboards/dashboard.server";

// The programme admin's overview: one programme's cohorts side by side on the same measures.

const STATUSES: [string, string][] = [
  ["planning", "Planning"],
  ["in_progress", "In progress"],
  ["evaluating", "Evaluating"],
  ["complete", "Complete"],
  ["paused", "Paused"],
];

const show = (value: number | null, suffix = "") => (value === null ? "None yet" : `${value}${suffix}`);

function initiativesByStatus(c: CohortMeasures): string {
  const shared = STATUSES.filter(([key]) => c.initiativesByStatus[key]);
  return shared.length === 0
    ? "None shared"
    : shared.map(([key, label]) => `${label}: ${c.initiativesByStatus[key]}`).join(", ");
}

export function ProgrammeOverview({
  id,
  name,
  code,
  cohorts,
}: {
  id: string;
  name: string;
  code: string;
  cohorts: CohortMeasures[];
}) {
  return (
    <section className="overview-programme" aria-labelledby={`programme-${id}`}>
      <h2 id={`programme-${id}`}>
        {name} <span className="muted">({code})</span>
      </h2>
      {cohorts.length === 0 ? (
        <p>No cohorts yet.</p>
      ) : (
        <ChartFigure
          id={`overview-${id}`}
          caption={`Each cohort of ${name}: the share of participants with an initiative shared with leads, and the share of task responses done.`}
          chart={{
            data: cohorts.map((c) => ({
              label: c.name,
              initiative: c.withInitiativePercent ?? 0,
              tasks: c.taskCompletionPercent ?? 0,
            })),
            series: [
              { key: "initiative", name: "% with an initiative shared", colour: OKABE_ITO.blue },
              { key: "tasks", name: "% of tasks done", colour: OKABE_ITO.orange },
            ],
            yMax: 100,
            yTicks: [0, 25, 50, 75, 100],
            height: 280,
          }}
          table={
            <DataTable
              wrap={false}
              rows={cohorts}
              rowKey={(c) => c.id}
              columns={[
                {
                  header: "Cohort",
                  cell: (c) => (
                    <>
                      <Link to={`/cohorts/${c.id}/dashboard`}>{c.name}</Link>
                      <div className="muted">{c.academicYear}</div>
                    </>
                  ),
                },
                { header: "Participants", numeric: true, cell: (c) => c.participants },
                { header: "With an initiative shared", numeric: true, cell: (c) => show(c.withInitiativePercent, "%") },
                { header: "Records per participant", numeric: true, cell: (c) => show(c.recordsPerParticipant) },
                {
                  header: "Tasks done",
                  numeric: true,
                  cell: (c) => (
                    <>
                      {show(c.taskCompletionPercent, "%")}
                      {c.taskSlots > 0 ? <div className="muted">{`${c.tasksDone} of ${c.taskSlots}`}</div> : null}
                    </>
                  ),
                },
                {
                  header: "Mean audit change",
                  numeric: true,
                  cell: (c) => (
                    <>
                      {c.meanAuditChange === null
                        ? "None yet"
                        : `${c.meanAuditChange > 0 ? "+" : ""}${c.meanAuditChange.toFixed(2)}`}
                      {c.auditsCompared > 0 ? <div className="muted">{`${c.auditsCompared} audits`}</div> : null}
                    </>
                  ),
                },
                { header: "Initiatives by status", cell: (c) => initiativesByStatus(c) },
              ]}
            />
          }
        />
      )}
    </section>
  );
}
