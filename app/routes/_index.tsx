import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { InitiativeCards } from "~/initiatives/cards";
import { CoverageChart } from "~/progress/coverage-chart";
import { DateText, RagTag } from "~/components/tags";
import { TaskStatusTags } from "~/tasks/status";
import { getDb } from "~/db.server";
import { listViewableCohorts } from "~/cohorts/cohorts.server";
import { listOwnInitiatives, listOwnOverdueActions } from "~/initiatives/initiatives.server";
import { listUnreadFeedbackForOwner } from "~/feedback/feedback.server";
import { getStrandCoverage } from "~/progress/progress.server";
import { listOwnTasksDue } from "~/tasks/tasks.server";
import { listRecentRecords } from "~/records/records.server";
import { RECORD_KIND_LABELS } from "~/records/schema";
import { todayInEngland } from "~/utils/dates";
import { participantMemberships, requireViewer } from "~/utils/permissions.server";

export const meta: MetaFunction = () => [{ title: "Home – Strands" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const db = getDb();
  const isParticipant = participantMemberships(viewer).length > 0;
  // One date for every section: working out England's date costs a time-zone lookup each time (bench profile).
  const today = todayInEngland();
  const [initiatives, overdue, tasksDue, feedback, recent, coverage, cohorts] = await Promise.all([
    isParticipant ? listOwnInitiatives(db, viewer, today) : [],
    isParticipant ? listOwnOverdueActions(db, viewer, today) : [],
    isParticipant ? listOwnTasksDue(db, viewer, today) : [],
    isParticipant ? listUnreadFeedbackForOwner(db, viewer) : [],
    isParticipant ? listRecentRecords(db, viewer) : [],
    isParticipant ? getStrandCoverage(db, viewer) : [],
    listViewableCohorts(db, viewer),
  ]);
  return {
    name: viewer.name,
    isParticipant,
    isAdmin: viewer.isAdmin,
    initiatives,
    overdue,
    tasksDue,
    feedback,
    recent,
    coverage,
    cohorts,
  };
}

export default function Home() {
  const { name, isParticipant, isAdmin, initiatives, overdue, tasksDue, feedback, recent, coverage, cohorts } =
    useLoaderData<typeof loader>();
  return (
    <>
      <h1>Hello, {name.split(" ")[0]}</h1>
      {isParticipant && feedback.length > 0 ? (
        <section aria-labelledby="new-feedback" className="notice">
          <h2 id="new-feedback">New feedback from your cohort leads</h2>
          <ul>
            {feedback.map((item) => (
              <li key={item.entryId}>
                <Link to={`${item.path}#feedback`}>{item.entryTitle}</Link>: {item.threadCount}{" "}
                {item.threadCount === 1 ? "conversation" : "conversations"} with something new, latest from{" "}
                {item.latestAuthor} on <DateText value={item.latestAt} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {isParticipant ? (
        <section aria-labelledby="your-initiatives">
          <h2 id="your-initiatives">Your initiatives</h2>
          {initiatives.length === 0 ? (
            <div className="notice">
              <p>
                <strong>Start here.</strong> Your initiative is the improvement you will carry out and evaluate across
                schools in your trust between the workshops. Set out the problem, your approach and how you will know it
                worked; then plan the actions.
              </p>
              <Link to="/initiatives/new" className="button">
                Create your initiative
              </Link>
            </div>
          ) : (
            <>
              <InitiativeCards initiatives={initiatives} headingLevel={3} />
              <Link to="/initiatives/new" className="button button--secondary">
                Create another initiative
              </Link>
            </>
          )}
          {overdue.length > 0 ? (
            <section aria-labelledby="overdue-actions" className="panel">
              <h2 id="overdue-actions">Overdue actions</h2>
              <p>These actions are past their due date and not yet done.</p>
              <ul>
                {overdue.map((action) => (
                  <li key={action.id}>
                    <Link to={`/initiatives/${action.initiativeId}#action-${action.id}`}>{action.description}</Link>{" "}
                    (due <DateText value={action.dueOn} />, <RagTag rag={action.rag} />)
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="tasks-due">
            <h2 id="tasks-due">Inter-sessional tasks to do</h2>
            {tasksDue.length === 0 ? (
              <p>You have no tasks waiting. Well done.</p>
            ) : (
              <ul>
                {tasksDue.map((task) => (
                  <li key={task.id}>
                    <Link to={`/tasks/${task.id}`}>{task.title}</Link> (due <DateText value={task.dueOn} />){" "}
                    <TaskStatusTags status={task.status} overdue={task.overdue} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="recent-records">
            <h2 id="recent-records">Recent records</h2>
            {recent.length === 0 ? (
              <p>Nothing yet. Your reflections, audits and task responses will appear here.</p>
            ) : (
              <ul>
                {recent.map((record) => (
                  <li key={record.id}>
                    <Link to={record.path}>{record.title}</Link>{" "}
                    <span className="muted">
                      ({RECORD_KIND_LABELS[record.kind]}, updated <DateText value={record.updatedAt} />)
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <Link to="/reflections/new">Write a reflection</Link> · <Link to="/records">Search your records</Link>
            </p>
          </section>
          <section aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">Your coverage of the outcome strands</h2>
            <CoverageChart coverage={coverage} />
          </section>
        </section>
      ) : null}
      {cohorts.length > 0 ? (
        <section aria-labelledby="your-cohorts">
          <h2 id="your-cohorts">{isAdmin ? "Cohorts" : "Cohorts you lead"}</h2>
          {isAdmin ? (
            <ul>
              <li>
                <Link to="/admin/overview">Programme overview: every cohort side by side</Link>
              </li>
              <li>
                <Link to="/admin/people">People and their data</Link> (export or erase a person&rsquo;s data)
              </li>
              <li>
                <Link to="/admin/audit-log">Audit log</Link> (who created, changed, viewed or exported what)
              </li>
            </ul>
          ) : null}
          <ul className="card-list">
            {cohorts.map((cohort) => (
              <li className="card" key={cohort.id}>
                <h3>
                  <Link to={`/cohorts/${cohort.id}`}>{cohort.name}</Link>
                </h3>
                <p className="card__meta">
                  <span>{cohort.programmeName}</span>
                  <span>{cohort.participantCount} participants</span>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!isParticipant && cohorts.length === 0 ? (
        <p>You are not a member of any cohort yet. Your programme admin adds you to a cohort.</p>
      ) : null}
    </>
  );
}
