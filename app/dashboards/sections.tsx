import { Link } from "@remix-run/react";
import { ChartFigure } from "~/components/charts/bar-chart";
import { HeatmapFigure } from "~/components/charts/heatmap";
import { LineChartFigure } from "~/components/charts/line-chart";
import { OKABE_ITO } from "~/components/charts/palette";
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
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Task</th>
                  <th scope="col">Due</th>
                  <th scope="col" className="number">
                    Done
                  </th>
                  <th scope="col" className="number">
                    In progress
                  </th>
                  <th scope="col" className="number">
                    Not started
                  </th>
                  <th scope="col" className="number">
                    Overdue
                  </th>
                  <th scope="col" className="number">
                    Participants
                  </th>
                </tr>
              </thead>
              <tbody>
                {tasks.map((t) => (
                  <tr key={t.id}>
                    <th scope="row">{t.title}</th>
                    <td>
                      <DateText value={t.dueOn} />
                    </td>
                    <td className="number">{t.done}</td>
                    <td className="number">{t.inProgress}</td>
                    <td className="number">{t.notStarted}</td>
                    <td className="number">{t.overdue}</td>
                    <td className="number">{t.participants}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Group</th>
                    <th scope="col" className="number">
                      Audits compared
                    </th>
                    <th scope="col" className="number">
                      Baseline mean
                    </th>
                    <th scope="col" className="number">
                      Follow-up mean
                    </th>
                    <th scope="col" className="number">
                      Change
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {groups.map((g) => (
                    <tr key={g.trustId ?? "cohort"}>
                      <th scope="row">{g.trustName}</th>
                      <td className="number">{g.audits}</td>
                      <td className="number">{g.baselineMean.toFixed(2)}</td>
                      <td className="number">{g.followUpMean.toFixed(2)}</td>
                      <td className="number">
                        <Change value={g.change} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
          <h3>Each follow-up audit</h3>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Each follow-up audit against its baseline</caption>
              <thead>
                <tr>
                  <th scope="col">Participant</th>
                  <th scope="col">Trust</th>
                  <th scope="col">Focus</th>
                  <th scope="col" className="number">
                    Baseline mean
                  </th>
                  <th scope="col" className="number">
                    Follow-up mean
                  </th>
                  <th scope="col" className="number">
                    Change
                  </th>
                </tr>
              </thead>
              <tbody>
                {audits.audits.map((a) => (
                  <tr key={a.auditId}>
                    <th scope="row">{a.participantName}</th>
                    <td>{a.trustName ?? ""}</td>
                    <td>
                      <Link to={`/audits/${a.auditId}`}>{a.focus}</Link>
                    </td>
                    <td className="number">{a.baselineMean.toFixed(2)}</td>
                    <td className="number">{a.followUpMean.toFixed(2)}</td>
                    <td className="number">
                      <Change value={a.change} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col" className="number">
                  Initiatives
                </th>
              </tr>
            </thead>
            <tbody>
              {statuses.map((s) => (
                <tr key={s.status}>
                  <th scope="row">{STATUS_LABELS[s.status] ?? s.status}</th>
                  <td className="number">{s.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Highest level</th>
                  <th scope="col" className="number">
                    Initiatives
                  </th>
                </tr>
              </thead>
              <tbody>
                {levels.map((l) => (
                  <tr key={l.level}>
                    <th scope="row">
                      Level {l.level}: {LEVEL_LABELS[l.level - 1]}
                    </th>
                    <td className="number">{l.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Week starting</th>
                  <th scope="col" className="number">
                    Records
                  </th>
                  <th scope="col">Workshop</th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((w) => (
                  <tr key={w.weekStart}>
                    <th scope="row">
                      <DateText value={w.weekStart} />
                    </th>
                    <td className="number">{w.records}</td>
                    <td>{w.workshops.join("; ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
                <div className="table-wrap">
                  <table className="table" aria-labelledby={`ready-${w.id}`}>
                    <thead>
                      <tr>
                        <th scope="col">Participant</th>
                        <th scope="col">Tasks done</th>
                        <th scope="col">Ready?</th>
                      </tr>
                    </thead>
                    <tbody>
                      {w.participants.map((p) => (
                        <tr key={p.id}>
                          <th scope="row">
                            <Link to={`/cohorts/${cohortId}/participants/${p.id}`}>{p.name}</Link>
                          </th>
                          <td>
                            {p.done} of {p.of}
                          </td>
                          <td>
                            {p.ready ? (
                              <span className="ready--yes">✓ All done</span>
                            ) : (
                              <span className="ready--no">✗ Needs a nudge</span>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
