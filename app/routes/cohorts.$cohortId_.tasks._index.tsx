import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DateText } from "~/components/tags";
import { getDb } from "~/db.server";
import { listCohortTasks } from "~/tasks/lead.server";
import styles from "~/tasks/tasks.css";
import { requireViewer } from "~/utils/permissions.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Inter-sessional tasks${data && "cohort" in data ? ` – ${data.cohort.name}` : ""} – Strands` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return listCohortTasks(getDb(), viewer, params.cohortId ?? "");
}

export default function CohortTasks() {
  const { cohort, tasks } = useLoaderData<typeof loader>();
  const participantCount = tasks[0]?.participantCount;
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/cohorts/${cohort.id}`}>{cohort.name}</Link>
      </p>
      <span className="caption">{cohort.name}</span>
      <h1>Inter-sessional tasks</h1>
      <p className="lead">
        Tasks you set for the gap between workshops. Participants see them under Tasks, with the due date, and answer
        each one.
      </p>
      <p>
        <Link to="new" className="button">
          Set a task
        </Link>
      </p>
      {tasks.length === 0 ? (
        <p>No tasks set yet. Set the first one after a workshop, with the date it is due.</p>
      ) : (
        <div className="table-wrap task-table-wrap">
          <p>
            Soonest due first, with how many of the cohort’s {participantCount} participants have done each task, are
            working on it or have not started. Overdue counts everyone past the due date who has not finished.
          </p>
          <table className="table">
            <caption className="visually-hidden">Tasks and how far participants have got with each</caption>
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">Set after</th>
                <th scope="col">Due</th>
                <th scope="col">Done</th>
                <th scope="col">In progress</th>
                <th scope="col">Not started</th>
                <th scope="col">Overdue</th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => (
                <tr key={task.id}>
                  <th scope="row">
                    <Link to={task.id}>{task.title}</Link>
                  </th>
                  <td>
                    {task.afterWorkshop ? (
                      `Workshop ${task.afterWorkshop.number}`
                    ) : (
                      <span className="muted">No workshop</span>
                    )}
                  </td>
                  <td>
                    <DateText value={task.dueOn} />
                  </td>
                  <td className="task-number">{task.done}</td>
                  <td className="task-number">{task.inProgress}</td>
                  <td className="task-number">{task.notStarted}</td>
                  <td className="task-number">{task.overdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
