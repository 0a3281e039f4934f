import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { EvidencePanel, evidenceStylesheet } from "~/evidence/panel";
import { FeedbackPanel, feedbackStylesheet } from "~/feedback/panel";
import { getFeedbackPanel } from "~/feedback/feedback.server";
import { getDb } from "~/db.server";
import { listEvidenceForEntry } from "~/evidence/evidence.server";
import { getInitiative } from "~/initiatives/initiatives.server";
import { moveAction, setActionRag } from "~/initiatives/action-plan.server";
import { SchoolImplementationSection } from "~/initiatives/health";
import {
  ActionPlan,
  BaselineChapter,
  EvaluationChapter,
  FollowUpChapter,
  InitiativeHeader,
  PlanChapter,
  StoryChapter,
} from "~/initiatives/story";
import { getInitiativeHealthPanel } from "~/initiatives/health.server";
import { getEvaluationStory } from "~/evaluations/evaluations.server";
import evaluationStyles from "~/evaluations/evaluations.css";
import { MoveActionSchema, RagUpdateSchema } from "~/schemas/all.server";
import { RAG_LABELS } from "~/schemas/values";
import { requireViewer } from "~/utils/permissions.server";
import { readFormData } from "~/utils/form-data.server";
import { todayInEngland } from "~/utils/dates";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data && "initiative" in data ? data.initiative.title : "Initiative"} – Strands` },
];

export const links: LinksFunction = () => [
  evidenceStylesheet,
  feedbackStylesheet,
  { rel: "stylesheet", href: evaluationStyles },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  // One date for every section: working out England's date costs a time-zone lookup each time (bench profile).
  const today = todayInEngland();
  const initiative = await getInitiative(getDb(), viewer, params.initiativeId ?? "", today);
  const { levels, facts } = await getEvaluationStory(
    getDb(),
    viewer,
    initiative.id,
    initiative.schools.map((s) => s.id),
    today,
  );
  return {
    initiative,
    story: { levels, facts },
    evidence: await listEvidenceForEntry(getDb(), viewer, initiative.id),
    feedback: await getFeedbackPanel(getDb(), viewer, initiative.id),
    health: await getInitiativeHealthPanel(getDb(), viewer, initiative.id, today),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const initiativeId = params.initiativeId ?? "";
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  if (intent === "set-rag") {
    const parsed = RagUpdateSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return data({ error: "Choose a status for the action." }, { status: 400 });
    await setActionRag(getDb(), viewer, initiativeId, parsed.data.actionId, parsed.data.rag);
    return { ok: true, message: `Status updated to ${RAG_LABELS[parsed.data.rag]}.` };
  }
  if (intent === "move") {
    const parsed = MoveActionSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return data({ error: "Choose an action and a direction." }, { status: 400 });
    await moveAction(getDb(), viewer, initiativeId, parsed.data.actionId, parsed.data.direction);
    return { ok: true, message: "Action moved." };
  }
  return data({ error: "That is not something this page does." }, { status: 400 });
}

export default function InitiativePage() {
  const { initiative, story, evidence, feedback, health } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <InitiativeHeader initiative={initiative} health={health.status} />
      {result && "message" in result ? (
        <p className="notice" role="status">
          {result.message}
        </p>
      ) : null}
      {result && "error" in result ? (
        <p className="error-summary" role="alert">
          {result.error}
        </p>
      ) : null}

      <StoryChapter id="story-baseline" number={1} title="Where we started">
        <BaselineChapter baselines={story.facts.baselines} canEdit={initiative.canEdit} />
      </StoryChapter>
      <StoryChapter id="story-plan" number={2} title="The plan">
        <PlanChapter initiative={initiative} />
      </StoryChapter>
      <StoryChapter id="action-plan" number={3} title="Action plan">
        <ActionPlan initiative={initiative} facts={story.facts.actions} />
        <SchoolImplementationSection
          initiativeId={initiative.id}
          schools={health.schools}
          canEdit={initiative.canEdit}
        />
      </StoryChapter>
      <StoryChapter id="story-follow-up" number={4} title="Follow-up: what changed">
        <FollowUpChapter comparisons={story.facts.comparisons} />
      </StoryChapter>
      <StoryChapter id="story-evaluation" number={5} title="Evaluation">
        <EvaluationChapter levels={story.levels} canEdit={initiative.canEdit} />
      </StoryChapter>

      <div className="story-chapter story-chapter--evidence">
        <EvidencePanel entryId={initiative.id} items={evidence} canEdit={initiative.canEdit} />
      </div>
      <FeedbackPanel {...feedback} />
    </>
  );
}
