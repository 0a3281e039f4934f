import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EvidencePanel, evidenceStylesheet } from "~/evidence/panel";
import { FeedbackPanel, feedbackStylesheet } from "~/feedback/panel";
import { getFeedbackPanel } from "~/feedback/feedback.server";
import { TagList } from "~/components/tag-fields";
import { DateText, VisibilityNote } from "~/components/tags";
import { getDb } from "~/db.server";
import { listEvidenceForEntry } from "~/evidence/evidence.server";
import { getReflection } from "~/reflections/reflections.server";
import styles from "~/reflections/reflections.css";
import { requireViewer } from "~/utils/permissions.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }, evidenceStylesheet, feedbackStylesheet];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data && "reflection" in data ? data.reflection.title : "Reflection"} – Strands` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const reflection = await getReflection(getDb(), viewer, params.reflectionId ?? "");
  return {
    reflection,
    evidence: await listEvidenceForEntry(getDb(), viewer, reflection.id),
    feedback: await getFeedbackPanel(getDb(), viewer, reflection.id),
  };
}

export default function ReflectionPage() {
  const { reflection, evidence, feedback } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="breadcrumbs">
        {reflection.canEdit ? <Link to="/reflections">Your reflection log</Link> : <span>{reflection.cohortName}</span>}
      </p>
      <span className="caption">
        {reflection.canEdit ? "Your reflection" : `${reflection.ownerName}’s reflection`} ·{" "}
        <DateText value={reflection.writtenOn} />
      </span>
      <h1>{reflection.title}</h1>
      <p className="card__meta">
        {reflection.workshopTitle ? <span>After {reflection.workshopTitle}</span> : null}
        {reflection.initiativeId ? (
          <span>
            Part of <Link to={`/initiatives/${reflection.initiativeId}`}>{reflection.initiativeTitle}</Link>
          </span>
        ) : null}
        <VisibilityNote visibility={reflection.visibility} />
      </p>
      {reflection.canEdit ? (
        <p>
          <Link to="edit" className="button button--secondary">
            Edit reflection
          </Link>
        </p>
      ) : null}
      {reflection.mode === "free" ? (
        <div className="prose">{reflection.body}</div>
      ) : (
        <>
          <section className="reflection-prompt">
            <h2>What happened?</h2>
            <div className="prose">{reflection.promptWhat}</div>
          </section>
          <section className="reflection-prompt">
            <h2>So what?</h2>
            <div className="prose">{reflection.promptSoWhat}</div>
          </section>
          <section className="reflection-prompt">
            <h2>Now what?</h2>
            <div className="prose">{reflection.promptNowWhat}</div>
          </section>
        </>
      )}
      <h2>Outcome strands</h2>
      <TagList strands={reflection.strands} statements={reflection.statements} />
      <EvidencePanel entryId={reflection.id} items={evidence} canEdit={reflection.canEdit} />
      <FeedbackPanel {...feedback} />
    </>
  );
}
