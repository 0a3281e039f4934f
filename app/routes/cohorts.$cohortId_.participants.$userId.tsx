import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import {
  StoryAudits,
  StoryEvidence,
  StoryInitiatives,
  StoryReflections,
  StoryStrands,
  StoryTasks,
} from "~/dashboards/participant-story";
import { getDb } from "~/db.server";
import { getParticipantStory } from "~/dashboards/participant-story.server";
import styles from "~/dashboards/participant-story.css";
import { requireViewer } from "~/utils/permissions.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data && "person" in data ? `${data.person.name} – ${data.cohort.name}` : "Participant"} – Strands` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return getParticipantStory(getDb(), viewer, params.cohortId ?? "", params.userId ?? "");
}

export default function ParticipantStoryPage() {
  const { cohort, person, initiatives, audits, tasks, reflections, evidence, strands } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/cohorts/${cohort.id}`}>{cohort.name}</Link>
      </p>
      <span className="caption">Participant · {cohort.name}</span>
      <h1>{person.name}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Trust</dt>
          <dd>{person.trustName ?? "Not recorded"}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Track</dt>
          <dd>{person.track === "continuing" ? "Continuing" : person.track === "new" ? "New" : "Not recorded"}</dd>
        </div>
      </dl>
      <p className="notice">
        Everything on this page is what {person.name} has shared with leads. Private records are not shown.
      </p>
      <StoryInitiatives initiatives={initiatives} />
      <StoryAudits audits={audits} />
      <StoryTasks cohortId={cohort.id} tasks={tasks} />
      <StoryReflections reflections={reflections} />
      <StoryEvidence evidence={evidence} />
      <StoryStrands strands={strands} />
    </>
  );
}
