import { Link } from "@remix-run/react";
import type { ParticipantStory } from "~/dashboards/participant-story.server";
import { AUDIT_KIND_LABELS, EVIDENCE_KIND_LABELS } from "~/schemas/values";
import { TaskStatusTags } from "~/tasks/status";
import { DateText, OverdueTag, StatusTag } from "~/components/tags";
import { DataTable } from "~/components/data-table";
import { StrandCoverageTable } from "~/progress/coverage-chart";

// The sections of a participant's story on the lead's drill-down page. Each takes what the loader sent (already
// limited to records shared with leads) and says plainly when there is nothing shared yet.

type Story = ParticipantStory;

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="muted">{children}</p>;
}

function StorySection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="story-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Initiatives and reflections are listed as cards: a linked title over a line of details. */
function StoryCard({ href, title, children }: { href: string; title: string; children: React.ReactNode }) {
  return (
    <li className="card">
      <h3>
        <Link to={href}>{title}</Link>
      </h3>
      <p className="card__meta">{children}</p>
    </li>
  );
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
    <StorySection id="story-initiatives" title="Initiatives">
      {initiatives.length === 0 ? (
        <Empty>No initiative shared with leads yet.</Empty>
      ) : (
        <ul className="card-list">
          {initiatives.map((i) => (
            <StoryCard key={i.id} href={`/initiatives/${i.id}`} title={i.title}>
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
            </StoryCard>
          ))}
        </ul>
      )}
    </StorySection>
  );
}

export function StoryAudits({ audits }: { audits: Story["audits"] }) {
  return (
    <StorySection id="story-audits" title="Trust audits">
      {audits.length === 0 ? (
        <Empty>No audit shared with leads yet.</Empty>
      ) : (
        <DataTable
          caption="Audits with their mean rating (1 to 4) and change since the baseline"
          rows={audits}
          rowKey={(a) => a.id}
          columns={[
            {
              header: "Audit",
              cell: (a) => (
                <>
                  <Link to={`/audits/${a.id}`}>{a.title}</Link>
                  {a.baseline ? (
                    <>
                      <br />
                      <span className="muted">
                        Follows <Link to={`/audits/${a.baseline.id}`}>{a.baseline.title}</Link>
                      </span>
                    </>
                  ) : null}
                </>
              ),
            },
            { header: "Kind", cell: (a) => AUDIT_KIND_LABELS[a.kind] },
            { header: "Date", cell: (a) => <DateText value={a.conductedOn} /> },
            { header: "Mean rating (1 to 4)", cellClassName: "story-number", cell: (a) => formatMean(a.mean) },
            {
              header: "Change since baseline",
              cellClassName: "story-number",
              cell: (a) => (a.kind === "follow_up" ? formatChange(a.change) : "–"),
            },
          ]}
        />
      )}
    </StorySection>
  );
}

export function StoryTasks({ cohortId, tasks }: { cohortId: string; tasks: Story["tasks"] }) {
  const done = tasks.filter((t) => t.status === "done").length;
  const overdue = tasks.filter((t) => t.overdue).length;
  return (
    <StorySection id="story-tasks" title="Inter-sessional tasks">
      {tasks.length === 0 ? (
        <Empty>No tasks set for this cohort yet.</Empty>
      ) : (
        <>
          <p>
            {done} of {tasks.length} done{overdue > 0 ? `, ${overdue} overdue` : ""}. A response’s text opens only when
            the participant has shared it with leads.
          </p>
          <DataTable
            caption="Tasks and this participant’s responses"
            rows={tasks}
            rowKey={(t) => t.taskId}
            columns={[
              { header: "Task", cell: (t) => t.title },
              { header: "Due", cell: (t) => <DateText value={t.dueOn} /> },
              { header: "Status", cell: (t) => <TaskStatusTags status={t.status} overdue={t.overdue} /> },
              {
                header: "Response",
                cell: (t) =>
                  t.responseId ? (
                    <Link to={`/cohorts/${cohortId}/tasks/${t.taskId}/responses/${t.responseId}`}>
                      Read the response<span className="visually-hidden"> to {t.title}</span>
                    </Link>
                  ) : (
                    <span className="muted">Not shared</span>
                  ),
              },
            ]}
          />
        </>
      )}
    </StorySection>
  );
}

export function StoryReflections({ reflections }: { reflections: Story["reflections"] }) {
  return (
    <StorySection id="story-reflections" title="Reflections">
      {reflections.length === 0 ? (
        <Empty>No reflection shared with leads yet.</Empty>
      ) : (
        <ul className="card-list">
          {reflections.map((r) => (
            <StoryCard key={r.id} href={`/reflections/${r.id}`} title={r.title}>
              <DateText value={r.writtenOn} />
              {r.workshopTitle ? <span>{r.workshopTitle}</span> : null}
            </StoryCard>
          ))}
        </ul>
      )}
    </StorySection>
  );
}

function EvidenceLink({ evidence: e }: { evidence: Story["evidence"][number] }) {
  if (!e.href) return <>{e.title}</>;
  return e.kind === "file" ? (
    <a href={e.href} download>
      {e.title}
      <span className="visually-hidden"> (download {e.fileName})</span>
    </a>
  ) : (
    <a href={e.href} rel="noopener noreferrer" target="_blank">
      {e.title}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

export function StoryEvidence({ evidence }: { evidence: Story["evidence"] }) {
  return (
    <StorySection id="story-evidence" title="Evidence">
      {evidence.length === 0 ? (
        <Empty>No evidence on records shared with leads yet.</Empty>
      ) : (
        <DataTable
          caption="Evidence on records shared with leads"
          rows={evidence}
          rowKey={(e) => e.id}
          columns={[
            { header: "Evidence", cell: (e) => <EvidenceLink evidence={e} /> },
            {
              header: "Kind",
              cell: (e) => (
                <>
                  {EVIDENCE_KIND_LABELS[e.kind]}
                  {e.kind === "file" && e.size !== null ? <span className="muted"> ({formatSize(e.size)})</span> : null}
                </>
              ),
            },
            { header: "On the record", cell: (e) => <Link to={e.record.href}>{e.record.title}</Link> },
          ]}
        />
      )}
    </StorySection>
  );
}

export function StoryStrands({ strands }: { strands: Story["strands"] }) {
  return (
    <StorySection id="story-strands" title="Coverage of the outcome strands">
      <p>Counted from records shared with leads only.</p>
      <StrandCoverageTable
        caption="Records and outcome statements per strand"
        strands={strands}
        numberClassName="story-number"
      />
    </StorySection>
  );
}
