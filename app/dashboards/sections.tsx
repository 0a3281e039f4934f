import { Link } from "@remix-run/react";
import { ChartFigure } from "~/components/charts/bar-chart";
import { HeatmapFigure } from "~/components/charts/heatmap";
import { LineChartFigure } from "~/components/charts/line-chart";
import { OKABE_ITO } from "~/components/charts/palette";
import { DataTable, type Column } from "~/components/data-table";
import { DateText } from "~/components/tags";
import { formatDate } from "~/utils/dates";
import type { CohortDashboard } from "~/dashboards/dashboard.server";

// The six sections of the cohort dashboard. Each has a one-sentence caption, a chart and the table of the same numbers.

const STATUS_LABELS: Record<string, string> = {
  planning: "Planning",
  in_progress: "In progress",
  evaluating: "Evaluating",
  complete: "Complete",
  paused: "Paused",
};

const LEVEL_LABELS = [
  "Reactions",
  "Learning",
  "Organisational support and change",
  "Use of new knowledge and skills",
  "Student outcomes",
];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const signed = (n: number) => (n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2));

function Change({ value }: { value: number }) {
  const word = value > 0 ? "up" : value < 0 ? "down" : "no change";
  return (
    <span className={value > 0 ? "change--up" : value < 0 ? "change--down" : undefined}>
      {signed(value)} <span className="visually-hidden">({word})</span>
    </span>
  );
}

// The cohort's groups and each follow-up audit are compared on the same three numbers.
function auditComparisonColumns<
  Row extends { baselineMean: number; followUpMean: number; change: number },
>(): Column<Row>[] {
  return [
    { header: "Baseline mean", numeric: true, cell: (r) => r.baselineMean.toFixed(2) },
    { header: "Follow-up mean", numeric: true, cell: (r) => r.followUpMean.toFixed(2) },
    { header: "Change", numeric: true, cell: (r) => <Change value={r.change} /> },
  ];
}

const initiativesCountColumn: Column<{ count: number }> = {
  header: "Initiatives",
  numeric: true,
  cell: (r) => r.count,
};

export function CoverageSection({
  cohortId,
  coverage,
  detailLinks,
  ignored,
}: {
  cohortId: string;
  coverage: CohortDashboard["coverage"];
  detailLinks: { strands: string; statements: string };
  ignored: string;
}) {
  const statements = coverage.detail === "statements";
  const what = statements ? "outcome statement" : "strand";
  return (
    <section className="dashboard-section" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Strand coverage</h2>
      <p>{statements ? "Showing every outcome statement, numbered by strand." : "Showing strands."}</p>
      <p className="no-print">
        {statements ? (
          <Link to={detailLinks.strands}>Show strands only</Link>
        ) : (
          <Link to={detailLinks.statements}>Show every outcome statement</Link>
        )}
      </p>
      {coverage.rows.length === 0 ? (
        <p>No participants match these filters.</p>
      ) : coverage.columns.length === 0 ? (
        <p>This programme has no {what}s to show.</p>
      ) : (
        <HeatmapFigure
          id="coverage"
          caption={`Records each participant has shared with leads, tagged to each ${what}, with the evidence items on them; ${plural(coverage.gaps, "gap")} where nothing is recorded yet${ignored}.`}
          rowHeading="Participant"
          columns={coverage.columns.map((c) => ({
            id: c.id,
            label: c.label,
            description: statements ? c.title : undefined,
          }))}
          totalHeading={statements ? undefined : "All strands"}
          rows={coverage.rows.map((row) => ({
            id: row.participant.id,
            header: <Link to={`/cohorts/${cohortId}/participants/${row.participant.id}`}>{row.participant.name}</Link>,
            cells: row.cells.map((c) => ({
              value: c.records,
              text: `${plural(c.records, "record")}, ${c.evidence} evidence`,
            })),
            total: `${plural(row.total.records, "tag")}, ${row.total.evidence} evidence`,
          }))}
          footer={
            statements ? (
              <details className="heatmap__statements">
                <summary>What the statement numbers mean</summary>
                <dl>
                  {coverage.columns.map((c) => (
                    <div key={c.id}>
                      <dt>{c.label}</dt>
                      <dd>
                        {c.title} <span className="muted">({c.strandTitle})</span>
                      </dd>
                    </div>
                  ))}
                </dl>
              </details>
            ) : null
          }
        />
      )}
    </section>
  );
}

export function TasksSection({ tasks, note }: { tasks: CohortDashboard["tasks"]; note: string }) {
  return (
    <section className="dashboard-section" aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">Inter-sessional tasks</h2>
      {tasks.length === 0 ? (
        <p>No tasks match these filters. Tasks you set appear here with how far each participant has got.</p>
      ) : (
        <ChartFigure
          id="tasks"
          caption={`How many participants have done each task, are working on it, have not started, or are past the due date without finishing${note}.`}
          chart={{
            data: tasks.map((t) => ({
              label: t.title,
              done: t.done,
              inProgress: t.inProgress,
              notStarted: t.notStarted,
              overdue: t.overdue,
            })),
            series: [
              { key: "done", name: "Done", colour: OKABE_ITO.green },
              { key: "inProgress", name: "In progress", colour: OKABE_ITO.skyBlue },
              { key: "notStarted", name: "Not started", colour: OKABE_ITO.orange },
              { key: "overdue", name: "Overdue", colour: OKABE_ITO.vermillion },
            ],
            layout: "horizontal-bars",
            height: Math.max(200, tasks.length * 90),
          }}
          table={
            <DataTable
              wrap={false}
              rows={tasks}
              rowKey={(t) => t.id}
              columns={[
                { header: "Task", cell: (t) => t.title },
                { header: "Due", cell: (t) => <DateText value={t.dueOn} /> },
                { header: "Done", numeric: true, cell: (t) => t.done },
                { header: "In progress", numeric: true, cell: (t) => t.inProgress },
                { header: "Not started", numeric: true, cell: (t) => t.notStarted },
                { header: "Overdue", numeric: true, cell: (t) => t.overdue },
                { header: "Participants", numeric: true, cell: (t) => t.participants },
              ]}
            />
          }
        />
      )}
    </section>
  );
}

export function AuditsSection({ audits, note }: { audits: CohortDashboard["audits"]; note: string }) {
  const groups = audits.cohort ? [audits.cohort, ...audits.trusts] : [];
  return (
    <section className="dashboard-section" aria-labelledby="audits-heading">
      <h2 id="audits-heading">Audit impact</h2>
      {groups.length === 0 ? (
        <p>No follow-up audits with ratings have been shared with leads yet{note}.</p>
      ) : (
        <>
          <ChartFigure
            id="audit-impact"
            caption={`Mean rating (1 to 4) of each participant’s baseline audit and its follow-up, averaged across the cohort and per trust${note}.`}
            chart={{
              data: groups.map((g) => ({ label: g.trustName, baseline: g.baselineMean, followUp: g.followUpMean })),
              series: [
                { key: "baseline", name: "Baseline", colour: OKABE_ITO.orange },
                { key: "followUp", name: "Follow-up", colour: OKABE_ITO.blue },
              ],
              // Trust names are long: bars run across so every name can be read.
              layout: "horizontal-bars",
              height: 80 + groups.length * 56,
              yMax: 4,
              yTicks: [0, 1, 2, 3, 4],
            }}
            table={
              <DataTable
                wrap={false}
                rows={groups}
                rowKey={(g) => g.trustId ?? "cohort"}
                columns={[
                  { header: "Group", cell: (g) => g.trustName },
                  { header: "Audits compared", numeric: true, cell: (g) => g.audits },
                  ...auditComparisonColumns<(typeof groups)[number]>(),
                ]}
              />
            }
          />
          <h3>Each follow-up audit</h3>
          <DataTable
            caption="Each follow-up audit against its baseline"
            rows={audits.audits}
            rowKey={(a) => a.auditId}
            columns={[
              { header: "Participant", cell: (a) => a.participantName },
              { header: "Trust", cell: (a) => a.trustName ?? "" },
              { header: "Focus", cell: (a) => <Link to={`/audits/${a.auditId}`}>{a.focus}</Link> },
              ...auditComparisonColumns<(typeof audits.audits)[number]>(),
            ]}
          />
        </>
      )}
    </section>
  );
}

export function InitiativesSection({
  statuses,
  levels,
  note,
}: {
  statuses: CohortDashboard["initiativeStatuses"];
  levels: CohortDashboard["evaluationLevels"];
  note: string;
}) {
  const total = statuses.reduce((n, s) => n + s.count, 0);
  const evaluated = levels.reduce((n, l) => n + l.count, 0);
  return (
    <section className="dashboard-section" aria-labelledby="initiatives-heading">
      <h2 id="initiatives-heading">Initiatives</h2>
      <ChartFigure
        id="initiative-status"
        caption={`${plural(total, "initiative")} shared with leads, by status${note}.`}
        chart={{
          data: statuses.map((s) => ({ label: STATUS_LABELS[s.status] ?? s.status, count: s.count })),
          series: [{ key: "count", name: "Initiatives", colour: OKABE_ITO.blue }],
          height: 260,
        }}
        table={
          <DataTable
            wrap={false}
            rows={statuses}
            rowKey={(s) => s.status}
            columns={[{ header: "Status", cell: (s) => STATUS_LABELS[s.status] ?? s.status }, initiativesCountColumn]}
          />
        }
      />
      <h3>Highest evaluation level with evidence</h3>
      {evaluated === 0 ? (
        <p>No evaluations are recorded yet, so no initiative has evidence at any of the five levels.</p>
      ) : (
        <ChartFigure
          id="initiative-levels"
          caption={`Initiatives by the highest of Guskey’s five evaluation levels they have evidence for${note}.`}
          chart={{
            data: levels.map((l) => ({ label: `Level ${l.level}`, count: l.count })),
            series: [{ key: "count", name: "Initiatives", colour: OKABE_ITO.green }],
            height: 260,
          }}
          table={
            <DataTable
              wrap={false}
              rows={levels}
              rowKey={(l) => l.level}
              columns={[
                {
                  header: "Highest level",
                  cell: (l) => (
                    <>
                      Level {l.level}: {LEVEL_LABELS[l.level - 1]}
                    </>
                  ),
                },
                initiativesCountColumn,
              ]}
            />
          }
        />
      )}
    </section>
  );
}

export function EngagementSection({ weeks, note }: { weeks: CohortDashboard["engagement"]; note: string }) {
  const label = (start: string) => formatDate(start);
  return (
    <section className="dashboard-section" aria-labelledby="engagement-heading">
      <h2 id="engagement-heading">Engagement over time</h2>
      {weeks.length === 0 ? (
        <p>No records shared with leads match these filters yet.</p>
      ) : (
        <LineChartFigure
          id="engagement"
          caption={`Records shared with leads per week (weeks start on Monday, by the day each record is about), with the workshops marked${note}.`}
          chart={{
            data: weeks.map((w) => ({ label: label(w.weekStart), records: w.records })),
            series: [{ key: "records", name: "Records", colour: OKABE_ITO.blue }],
            markers: weeks.flatMap((w) =>
              w.workshops.map((title) => ({ x: label(w.weekStart), label: title.split(":")[0] })),
            ),
          }}
          table={
            <DataTable
              wrap={false}
              rows={weeks}
              rowKey={(w) => w.weekStart}
              columns={[
                { header: "Week starting", cell: (w) => <DateText value={w.weekStart} /> },
                { header: "Records", numeric: true, cell: (w) => w.records },
                { header: "Workshop", cell: (w) => w.workshops.join("; ") },
              ]}
            />
          }
        />
      )}
    </section>
  );
}

export function ReadinessSection({
  readiness,
  cohortId,
  note,
}: {
  readiness: CohortDashboard["readiness"];
  cohortId: string;
  note: string;
}) {
  return (
    <section className="dashboard-section" aria-labelledby="ready-heading">
      <h2 id="ready-heading">Ready for the next workshop</h2>
      <p>For each workshop, how many of the tasks due before it each participant has done{note}.</p>
      {readiness.map((w) => {
        const notReady = w.participants.filter((p) => !p.ready).length;
        return (
          <div key={w.id}>
            <h3 id={`ready-${w.id}`}>
              {w.title} (<DateText value={w.heldOn} />)
            </h3>
            {w.taskCount === 0 ? (
              <p>No tasks were due before this workshop.</p>
            ) : w.participants.length === 0 ? (
              <p>No participants match these filters.</p>
            ) : (
              <>
                <p>
                  {plural(w.taskCount, "task")} due before it;{" "}
                  {notReady === 0 ? "everyone has done them all" : `${plural(notReady, "participant")} still to finish`}
                  .
                </p>
                <DataTable
                  labelledBy={`ready-${w.id}`}
                  rows={w.participants}
                  rowKey={(p) => p.id}
                  columns={[
                    {
                      header: "Participant",
                      cell: (p) => <Link to={`/cohorts/${cohortId}/participants/${p.id}`}>{p.name}</Link>,
                    },
                    {
                      header: "Tasks done",
                      cell: (p) => (
                        <>
                          {p.done} of {p.of}
                        </>
                      ),
                    },
                    {
                      header: "Ready?",
                      cell: (p) =>
                        p.ready ? (
                          <span className="ready--yes">✓ All done</span>
                        ) : (
                          <span className="ready--no">✗ Needs a nudge</span>
                        ),
                    },
                  ]}
                />
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
