import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { TaskStatusTags } from "~/tasks/status";
import { DateText } from "~/components/tags";
import { getDb } from "~/db.server";
import { listOwnTasks } from "~/tasks/tasks.server";
import styles from "~/tasks/tasks.css";
import { requireViewer } from "~/utils/permissions.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = () => [{ title: "Your tasks – Strands" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const tasks = await listOwnTasks(getDb(), viewer);
  // After saving a response the page says so, naming the task (only one of the viewer's own).
  const savedId = new URL(request.url).searchParams.get("saved");
  const saved = savedId
    ? tasks.cohorts.flatMap((c) => c.groups.flatMap((g) => g.tasks)).find((t) => t.id === savedId)
    : undefined;
  return { ...tasks, savedTitle: saved?.title ?? null };
}

function summary(toDo: number, overdue: number, total: number) {
  if (total === 0) return null;
  if (toDo === 0) return "You have done every task set so far.";
  const still = `${toDo} ${toDo === 1 ? "task is" : "tasks are"} still to do`;
  return overdue > 0 ? `${still}, ${overdue} of them overdue.` : `${still}.`;
}

export default function Tasks() {
  const { cohorts, toDoCount, overdueCount, totalCount, savedTitle } = useLoaderData<typeof loader>();
  const several = cohorts.length > 1;
  const GroupHeading = several ? "h3" : "h2";
  const TaskHeading = several ? "h4" : "h3";
  const toDo = cohorts
    .flatMap((c) => c.groups.flatMap((g) => g.tasks))
    .filter((t) => t.status !== "done")
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <>
      <h1>Your tasks</h1>
      {savedTitle ? (
        <p className="notice" role="status">
          Your response to “{savedTitle}” has been saved.
        </p>
      ) : null}
      <p className="lead">
        Your cohort leads set these tasks for the time between workshops. Open a task to read what to do and to write
        your response.
      </p>
      {totalCount === 0 ? (
        <p>
          {cohorts.length === 0
            ? "You are not a participant in any cohort."
            : "No tasks have been set yet. They will appear here when your cohort lead sets one."}
        </p>
      ) : toDoCount === 0 ? (
        <p>
          <strong>{summary(toDoCount, overdueCount, totalCount)}</strong>
        </p>
      ) : null}
      {toDo.length > 0 ? (
        <section className="panel" aria-labelledby="still-to-do">
          <h2 id="still-to-do">Still to do</h2>
          <p>{summary(toDoCount, overdueCount, totalCount)}</p>
          <ul>
            {toDo.map((task) => (
              <li key={task.id}>
                <Link to={`/tasks/${task.id}`}>{task.title}</Link>, due <DateText value={task.dueOn} />
                {task.overdue ? (
                  <>
                    {" "}
                    <span className="tag tag--overdue">Overdue</span>
                  </>
                ) : null}
                {several ? <span className="muted"> ({task.cohortName})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {cohorts.map((cohort) => (
        <section key={cohort.cohortId} aria-labelledby={several ? `cohort-${cohort.cohortId}` : undefined}>
          {several ? <h2 id={`cohort-${cohort.cohortId}`}>{cohort.cohortName}</h2> : null}
          {several && cohort.groups.length === 0 ? <p>No tasks set yet.</p> : null}
          {cohort.groups.map((group) => {
            const headingId = `due-${cohort.cohortId}-${group.workshop?.id ?? "after"}`;
            return (
              <section key={headingId} aria-labelledby={headingId} className="task-group">
                <GroupHeading id={headingId}>
                  {group.workshop ? `Due before workshop ${group.workshop.number}` : "Due after the last workshop"}
                </GroupHeading>
                {group.workshop ? (
                  <p className="task-group__workshop">
                    {group.workshop.title}, <DateText value={group.workshop.heldOn} />
                  </p>
                ) : null}
                <ul className="card-list">
                  {group.tasks.map((task) => (
                    <li
                      key={task.id}
                      className={`card${task.status === "done" ? " task-card--done" : task.overdue ? " task-card--overdue" : ""}`}
                    >
                      <TaskHeading>
                        <Link to={`/tasks/${task.id}`}>{task.title}</Link>
                      </TaskHeading>
                      <p className="card__meta">
                        <TaskStatusTags status={task.status} overdue={task.overdue} />
                        <span>
                          Due <DateText value={task.dueOn} />
                        </span>
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      ))}
    </>
  );
}
