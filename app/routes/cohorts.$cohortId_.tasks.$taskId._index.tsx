import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SummaryRow } from "~/tasks/summary-row";
import { TaskStatusTags } from "~/tasks/status";
import { DataTable } from "~/components/data-table";
import { DateText } from "~/components/tags";
import { getDb } from "~/db.server";
import { getTaskForLead } from "~/tasks/lead.server";
import styles from "~/tasks/tasks.css";
import { requireViewer } from "~/utils/permissions.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data && "task" in data ? data.task.title : "Task"} – Strands` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return getTaskForLead(getDb(), viewer, params.cohortId ?? "", params.taskId ?? "");
}

export default function LeadTask() {
  const { cohort, task, counts, participants } = useLoaderData<typeof loader>();
  const figures = [
    { label: "Done", value: counts.done },
    { label: "In progress", value: counts.inProgress },
    { label: "Not started", value: counts.notStarted },
    { label: "Overdue", value: counts.overdue, overdue: true },
  ];
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/cohorts/${cohort.id}`}>{cohort.name}</Link> ›{" "}
        <Link to={`/cohorts/${cohort.id}/tasks`}>Inter-sessional tasks</Link>
      </p>
      <span className="caption">Task · {cohort.name}</span>
      <h1>{task.title}</h1>
      <dl className="summary-list">
        <SummaryRow term="Due">
          <DateText value={task.dueOn} />
          {task.dueBefore ? ` (before workshop ${task.dueBefore.number})` : ""}
        </SummaryRow>
        <SummaryRow term="Set after">
          {task.afterWorkshop ? task.afterWorkshop.title : "Not linked to a workshop"}
        </SummaryRow>
        <SummaryRow term="Strands">
          {task.strands.length > 0 ? task.strands.map((s) => s.title).join(" · ") : "None chosen"}
        </SummaryRow>
        {task.setByName ? <SummaryRow term="Set by">{task.setByName}</SummaryRow> : null}
        <SummaryRow term="Instructions">{task.instructions}</SummaryRow>
      </dl>
      <p>
        <Link to="edit" className="button button--secondary">
          Edit task
        </Link>
      </p>

      <h2 id="responses">Responses</h2>
      <p>
        You see how far each of the {counts.participantCount} participants has got. You can read a response when its
        author has shared it with you.
      </p>
      <ul className="task-counts" aria-label="Responses so far">
        {figures.map((f) => (
          <li key={f.label} className={`task-counts__item${f.overdue ? " task-counts__item--overdue" : ""}`}>
            <span className="task-counts__number">{f.value}</span> {f.label}
          </li>
        ))}
      </ul>
      {participants.length === 0 ? (
        <p>This cohort has no participants yet.</p>
      ) : (
        <div className="table-wrap task-table-wrap">
          <DataTable
            wrap={false}
            caption="Each participant’s response to this task"
            rows={participants}
            rowKey={(p) => p.userId}
            columns={[
              { header: "Participant", cell: (p) => p.name },
              { header: "Trust", cell: (p) => p.trustName },
              { header: "Status", cell: (p) => <TaskStatusTags status={p.status} overdue={p.overdue} /> },
              {
                header: "Response",
                cell: (p) =>
                  p.responseId ? (
                    <Link to={`responses/${p.responseId}`}>
                      Read<span className="visually-hidden"> {p.name}’s</span> response
                    </Link>
                  ) : (
                    <span className="muted">
                      {p.response === "not_shared" ? "Not shared with you" : "Nothing written yet"}
                    </span>
                  ),
              },
              {
                header: "Last updated",
                cell: (p) => (p.updatedAt ? <DateText value={p.updatedAt} /> : <span className="muted">Never</span>),
              },
            ]}
          />
        </div>
      )}
    </>
  );
}
