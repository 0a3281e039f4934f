import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CohortsSection, NewFeedbackNotice, ParticipantHome } from "~/progress/home-sections";
import { getDb } from "~/db.server";
import { listViewableCohorts } from "~/cohorts/cohorts.server";
import { listOwnInitiatives, listOwnOverdueActions } from "~/initiatives/initiatives.server";
import { listUnreadFeedbackForOwner } from "~/feedback/feedback.server";
import { getStrandCoverage } from "~/progress/progress.server";
import { listOwnTasksDue } from "~/tasks/tasks.server";
import { listRecentRecords } from "~/records/records.server";
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
      {isParticipant && feedback.length > 0 ? <NewFeedbackNotice feedback={feedback} /> : null}
      {isParticipant ? (
        <ParticipantHome
          initiatives={initiatives}
          overdue={overdue}
          tasksDue={tasksDue}
          recent={recent}
          coverage={coverage}
        />
      ) : null}
      {cohorts.length > 0 ? <CohortsSection cohorts={cohorts} isAdmin={isAdmin} /> : null}
      {!isParticipant && cohorts.length === 0 ? (
        <p>You are not a member of any cohort yet. Your programme admin adds you to a cohort.</p>
      ) : null}
    </>
  );
}
