import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { TaskStatusTags } from "~/tasks/status";
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
        <div className="summary-list__row">
          <dt>Due</dt>
          <dd>
            <DateText value={task.dueOn} />
            {task.dueBefore ? ` (before workshop ${task.dueBefore.number})` : ""}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Set after</dt>
          <dd>{task.afterWorkshop ? task.afterWorkshop.title : "Not linked to a workshop"}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Strands</dt>
          <dd>{task.strands.length > 0 ? task.strands.map((s) => s.title).join(" · ") : "None chosen"}</dd>
        </div>
        {task.setByName ? (
          <div className="summary-list__row">
            <dt>Set by</dt>
            <dd>{task.setByName}</dd>
          </div>
        ) : null}
        <div className="summary-list__row">
          <dt>Instructions</dt>
          <dd>{task.instructions}</dd>
        </div>
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
          <table className="table">
            <caption className="visually-hidden">Each participant’s response to this task</caption>
            <thead>
              <tr>
                <th scope="col">Participant</th>
                <th scope="col">Trust</th>
                <th scope="col">Status</th>
                <th scope="col">Response</th>
                <th scope="col">Last updated</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <tr key={p.userId}>
                  <th scope="row">{p.name}</th>
                  <td>{p.trustName}</td>
                  <td>
                    <TaskStatusTags status={p.status} overdue={p.overdue} />
                  </td>
                  <td>
                    {p.responseId ? (
                      <Link to={`responses/${p.responseId}`}>
                        Read<span className="visually-hidden"> {p.name}’s</span> response
                      </Link>
                    ) : (
                      <span className="muted">
                        {p.response === "not_shared" ? "Not shared with you" : "Nothing written yet"}
                      </span>
                    )}
                  </td>
                  <td>{p.updatedAt ? <DateText value={p.updatedAt} /> : <span className="muted">Never</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
