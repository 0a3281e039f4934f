import { Link } from "@remix-run/react";
import type { ParticipantStory } from "~/dashboards/participant-story.server";
import { AUDIT_KIND_LABELS, EVIDENCE_KIND_LABELS } from "~/schemas/values";
import { TaskStatusTags } from "~/tasks/status";
import { DateText, OverdueTag, StatusTag } from "~/components/tags";

// The sections of a participant's story on the lead's drill-down page. Each takes what the loader sent (already
// limited to records shared with leads) and says plainly when there is nothing shared yet.

type Story = ParticipantStory;

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="muted">{children}</p>;
}

function formatMean(value: number | null): string {
  return value === null ? "Not rated" : value.toFixed(2);
}

function formatChange(value: number | null): string {
  if (value === null) return "–";
  if (value === 0) return "No change";
  return `${value > 0 ? "+" : "−"}${Math.abs(value).toFixed(2)}`;
}

function formatSize(bytes: number | null): string {
  if (bytes === null) return "";
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function StoryInitiatives({ initiatives }: { initiatives: Story["initiatives"] }) {
  return (
    <section className="story-section" aria-labelledby="story-initiatives">
      <h2 id="story-initiatives">Initiatives</h2>
      {initiatives.length === 0 ? (
        <Empty>No initiative shared with leads yet.</Empty>
      ) : (
        <ul className="card-list">
          {initiatives.map((i) => (
            <li key={i.id} className="card">
              <h3>
                <Link to={`/initiatives/${i.id}`}>{i.title}</Link>
              </h3>
              <p className="card__meta">
                <StatusTag status={i.status} />
                <span>
                  Action plan: {i.actionsDone} of {i.actionsTotal} {i.actionsTotal === 1 ? "action" : "actions"} done
                </span>
                <OverdueTag count={i.actionsOverdue} />
                {i.startsOn && i.endsOn ? (
                  <span>
                    <DateText value={i.startsOn} /> to <DateText value={i.endsOn} />
                  </span>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function StoryAudits({ audits }: { audits: Story["audits"] }) {
  return (
    <section className="story-section" aria-labelledby="story-audits">
      <h2 id="story-audits">Trust audits</h2>
      {audits.length === 0 ? (
        <Empty>No audit shared with leads yet.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">
              Audits with their mean rating (1 to 4) and change since the baseline
            </caption>
            <thead>
              <tr>
                <th scope="col">Audit</th>
                <th scope="col">Kind</th>
                <th scope="col">Date</th>
                <th scope="col">Mean rating (1 to 4)</th>
                <th scope="col">Change since baseline</th>
              </tr>
            </thead>
            <tbody>
              {audits.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={`/audits/${a.id}`}>{a.title}</Link>
                    {a.baseline ? (
                      <>
                        <br />
                        <span className="muted">
                          Follows <Link to={`/audits/${a.baseline.id}`}>{a.baseline.title}</Link>
                        </span>
                      </>
                    ) : null}
                  </th>
                  <td>{AUDIT_KIND_LABELS[a.kind]}</td>
                  <td>
                    <DateText value={a.conductedOn} />
                  </td>
                  <td className="story-number">{formatMean(a.mean)}</td>
                  <td className="story-number">{a.kind === "follow_up" ? formatChange(a.change) : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function StoryTasks({ cohortId, tasks }: { cohortId: string; tasks: Story["tasks"] }) {
  const done = tasks.filter((t) => t.status === "done").length;
  const overdue = tasks.filter((t) => t.overdue).length;
  return (
    <section className="story-section" aria-labelledby="story-tasks">
      <h2 id="story-tasks">Inter-sessional tasks</h2>
      {tasks.length === 0 ? (
        <Empty>No tasks set for this cohort yet.</Empty>
      ) : (
        <>
          <p>
            {done} of {tasks.length} done{overdue > 0 ? `, ${overdue} overdue` : ""}. A response’s text opens only when
            the participant has shared it with leads.
          </p>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Tasks and this participant’s responses</caption>
              <thead>
                <tr>
                  <th scope="col">Task</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                  <th scope="col">Response</th>
                </tr>
              </thead>
              <tbody>
                {tasks.map((t) => (
                  <tr key={t.taskId}>
                    <th scope="row">{t.title}</th>
                    <td>
                      <DateText value={t.dueOn} />
                    </td>
                    <td>
                      <TaskStatusTags status={t.status} overdue={t.overdue} />
                    </td>
                    <td>
                      {t.responseId ? (
                        <Link to={`/cohorts/${cohortId}/tasks/${t.taskId}/responses/${t.responseId}`}>
                          Read the response<span className="visually-hidden"> to {t.title}</span>
                        </Link>
                      ) : (
                        <span className="muted">Not shared</span>
                      )}
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

export function StoryReflections({ reflections }: { reflections: Story["reflections"] }) {
  return (
    <section className="story-section" aria-labelledby="story-reflections">
      <h2 id="story-reflections">Reflections</h2>
      {reflections.length === 0 ? (
        <Empty>No reflection shared with leads yet.</Empty>
      ) : (
        <ul className="card-list">
          {reflections.map((r) => (
            <li key={r.id} className="card">
              <h3>
                <Link to={`/reflections/${r.id}`}>{r.title}</Link>
              </h3>
              <p className="card__meta">
                <DateText value={r.writtenOn} />
                {r.workshopTitle ? <span>{r.workshopTitle}</span> : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function StoryEvidence({ evidence }: { evidence: Story["evidence"] }) {
  return (
    <section className="story-section" aria-labelledby="story-evidence">
      <h2 id="story-evidence">Evidence</h2>
      {evidence.length === 0 ? (
        <Empty>No evidence on records shared with leads yet.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Evidence on records shared with leads</caption>
            <thead>
              <tr>
                <th scope="col">Evidence</th>
                <th scope="col">Kind</th>
                <th scope="col">On the record</th>
              </tr>
            </thead>
            <tbody>
              {evidence.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    {e.href ? (
                      e.kind === "file" ? (
                        <a href={e.href} download>
                          {e.title}
                          <span className="visually-hidden"> (download {e.fileName})</span>
                        </a>
                      ) : (
                        <a href={e.href} rel="noopener noreferrer" target="_blank">
                          {e.title}
                          <span className="visually-hidden"> (opens in a new tab)</span>
                        </a>
                      )
                    ) : (
                      e.title
                    )}
                  </th>
                  <td>
                    {EVIDENCE_KIND_LABELS[e.kind]}
                    {e.kind === "file" && e.size !== null ? (
                      <span className="muted"> ({formatSize(e.size)})</span>
                    ) : null}
                  </td>
                  <td>
                    <Link to={e.record.href}>{e.record.title}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function StoryStrands({ strands }: { strands: Story["strands"] }) {
  return (
    <section className="story-section" aria-labelledby="story-strands">
      <h2 id="story-strands">Coverage of the outcome strands</h2>
      <p>Counted from records shared with leads only.</p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Records and outcome statements per strand</caption>
          <thead>
            <tr>
              <th scope="col">Strand</th>
              <th scope="col">Records tagged</th>
              <th scope="col">Outcome statements evidenced</th>
            </tr>
          </thead>
          <tbody>
            {strands.map((s) => (
              <tr key={s.strandId}>
                <th scope="row">{s.title}</th>
                <td className="story-number">{s.entries}</td>
                <td className="story-number">
                  {s.statementsEvidenced} of {s.statementsTotal}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
