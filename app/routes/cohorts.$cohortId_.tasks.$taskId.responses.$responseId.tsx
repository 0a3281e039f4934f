import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EvidencePanel, evidenceStylesheet } from "~/evidence/panel";
import { FeedbackPanel, feedbackStylesheet } from "~/feedback/panel";
import { getFeedbackPanel } from "~/feedback/feedback.server";
import { TagList } from "~/components/tag-fields";
import { TaskStatusTags } from "~/tasks/status";
import { DateText, VisibilityNote } from "~/components/tags";
import { getDb } from "~/db.server";
import { listEvidenceForEntry } from "~/evidence/evidence.server";
import { getTaskResponseForLead } from "~/tasks/lead.server";
import styles from "~/tasks/tasks.css";
import { requireViewer } from "~/utils/permissions.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }, evidenceStylesheet, feedbackStylesheet];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${data && "response" in data ? `${data.response.ownerName}’s response to ${data.task.title}` : "Task response"} – Strands`,
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const detail = await getTaskResponseForLead(
    getDb(),
    viewer,
    params.cohortId ?? "",
    params.taskId ?? "",
    params.responseId ?? "",
  );
  return {
    ...detail,
    evidence: await listEvidenceForEntry(getDb(), viewer, params.responseId ?? ""),
    feedback: await getFeedbackPanel(getDb(), viewer, detail.response.id),
  };
}

export default function TaskResponse() {
  const { cohort, task, response, evidence, feedback } = useLoaderData<typeof loader>();
  const taskPath = `/cohorts/${cohort.id}/tasks/${task.id}`;
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/cohorts/${cohort.id}/tasks`}>Inter-sessional tasks</Link> › <Link to={taskPath}>{task.title}</Link>
      </p>
      <span className="caption">
        Response to “{task.title}” · {cohort.name}
      </span>
      <h1>{response.ownerName}’s response</h1>
      <p className="card__meta">
        <TaskStatusTags status={response.status} overdue={response.overdue} />
        <span>
          Last updated <DateText value={response.updatedAt} />
        </span>
        <VisibilityNote visibility={response.visibility} />
      </p>
      <h2>Response</h2>
      {response.body ? <p className="prose">{response.body}</p> : <p className="muted">Nothing written yet.</p>}
      {response.initiative ? (
        <>
          <h2>Initiative</h2>
          <p>
            <Link to={`/initiatives/${response.initiative.id}`}>{response.initiative.title}</Link>
          </p>
        </>
      ) : null}
      <h2>Outcome strands</h2>
      <TagList strands={response.strands} statements={response.statements} />
      <EvidencePanel entryId={response.id} items={evidence} canEdit={false} />
      <FeedbackPanel {...feedback} />
      <p>
        <Link to={taskPath}>Back to everyone’s responses</Link>
      </p>
    </>
  );
}
