import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
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
          <DataTable
            wrap={false}
            caption="Tasks and how far participants have got with each"
            rows={tasks}
            rowKey={(task) => task.id}
            columns={[
              { header: "Task", cell: (task) => <Link to={task.id}>{task.title}</Link> },
              {
                header: "Set after",
                cell: (task) =>
                  task.afterWorkshop ? (
                    `Workshop ${task.afterWorkshop.number}`
                  ) : (
                    <span className="muted">No workshop</span>
                  ),
              },
              { header: "Due", cell: (task) => <DateText value={task.dueOn} /> },
              { header: "Done", cell: (task) => task.done, cellClassName: "task-number" },
              { header: "In progress", cell: (task) => task.inProgress, cellClassName: "task-number" },
              { header: "Not started", cell: (task) => task.notStarted, cellClassName: "task-number" },
              { header: "Overdue", cell: (task) => task.overdue, cellClassName: "task-number" },
            ]}
          />
        </div>
      )}
    </>
  );
}
