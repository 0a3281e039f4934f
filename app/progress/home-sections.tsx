import { Link } from "@remix-run/react";
import type { ComponentProps } from "react";
import { InitiativeCards } from "~/initiatives/cards";
import { CoverageChart } from "~/progress/coverage-chart";
import { DateText, RagTag } from "~/components/tags";
import { TaskStatusTags } from "~/tasks/status";
import { RECORD_KIND_LABELS } from "~/records/schema";
import type { listViewableCohorts } from "~/cohorts/cohorts.server";
import type { UnreadFeedback } from "~/feedback/feedback.server";
import type { OverdueAction } from "~/initiatives/initiatives.server";
import type { listRecentRecords } from "~/records/records.server";
import type { listOwnTasksDue } from "~/tasks/tasks.server";

// The sections of the home page: new feedback, a participant's own work (initiatives, overdue actions, tasks,
// recent records, strand coverage) and the cohorts a lead or admin looks after.

type TaskDue = Awaited<ReturnType<typeof listOwnTasksDue>>[number];
type RecentRecord = Awaited<ReturnType<typeof listRecentRecords>>[number];
type Cohort = Awaited<ReturnType<typeof listViewableCohorts>>[number];

export interface ParticipantHomeProps {
  initiatives: ComponentProps<typeof InitiativeCards>["initiatives"];
  overdue: OverdueAction[];
  tasksDue: TaskDue[];
  recent: RecentRecord[];
  coverage: ComponentProps<typeof CoverageChart>["coverage"];
}

export function NewFeedbackNotice({ feedback }: { feedback: UnreadFeedback[] }) {
  return (
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
  );
}

function InitiativesStart({ initiatives }: Pick<ParticipantHomeProps, "initiatives">) {
  if (initiatives.length === 0) {
    return (
      <div className="notice">
        <p>
          <strong>Start here.</strong> Your initiative is the improvement you will carry out and evaluate across schools
          in your trust between the workshops. Set out the problem, your approach and how you will know it worked; then
          plan the actions.
        </p>
        <Link to="/initiatives/new" className="button">
          Create your initiative
        </Link>
      </div>
    );
  }
  return (
    <>
      <InitiativeCards initiatives={initiatives} headingLevel={3} />
      <Link to="/initiatives/new" className="button button--secondary">
        Create another initiative
      </Link>
    </>
  );
}

function OverdueActions({ overdue }: Pick<ParticipantHomeProps, "overdue">) {
  if (overdue.length === 0) return null;
  return (
    <section aria-labelledby="overdue-actions" className="panel">
      <h2 id="overdue-actions">Overdue actions</h2>
      <p>These actions are past their due date and not yet done.</p>
      <ul>
        {overdue.map((action) => (
          <li key={action.id}>
            <Link to={`/initiatives/${action.initiativeId}#action-${action.id}`}>{action.description}</Link> (due{" "}
            <DateText value={action.dueOn} />, <RagTag rag={action.rag} />)
          </li>
        ))}
      </ul>
    </section>
  );
}

function TasksDue({ tasksDue }: Pick<ParticipantHomeProps, "tasksDue">) {
  return (
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
  );
}

function RecentRecords({ recent }: Pick<ParticipantHomeProps, "recent">) {
  return (
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
  );
}

/** A participant's own work: initiatives, overdue actions, tasks due, recent records and strand coverage. */
export function ParticipantHome({ initiatives, overdue, tasksDue, recent, coverage }: ParticipantHomeProps) {
  return (
    <section aria-labelledby="your-initiatives">
      <h2 id="your-initiatives">Your initiatives</h2>
      <InitiativesStart initiatives={initiatives} />
      <OverdueActions overdue={overdue} />
      <TasksDue tasksDue={tasksDue} />
      <RecentRecords recent={recent} />
      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">Your coverage of the outcome strands</h2>
        <CoverageChart coverage={coverage} />
      </section>
    </section>
  );
}

/** The cohorts a lead leads (an admin: every cohort, with the admin pages). */
export function CohortsSection({ cohorts, isAdmin }: { cohorts: Cohort[]; isAdmin: boolean }) {
  return (
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
  );
}
