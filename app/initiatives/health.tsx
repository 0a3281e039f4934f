import type { LinkDescriptor } from "@remix-run/node";
import { Link } from "@remix-run/react";
import healthStyles from "~/initiatives/health.css";
import { RAG_LABELS, type RagValue } from "~/schemas/values";
import { RagTag } from "~/components/tags";

export const healthStylesheet: LinkDescriptor = {
  rel: "stylesheet",
  href: healthStyles,
};

/** What every view of an initiative's status needs: the status shown, the computed one and why. */
export interface HealthView {
  rag: RagValue | string;
  computedRag: RagValue | string;
  reasons: string[];
  /** Set when the participant chose the status themselves. */
  overrideReason: string | null;
  /** Whether the viewer is the one who set it ("set by you"). */
  byViewer?: boolean;
}

const ragLabel = (rag: string) => RAG_LABELS[rag as RagValue] ?? rag;

/** One line for lists: the status, whether it was set by hand, and the main reason. */
export function HealthLine({ health, byViewer = true }: { health: HealthView; byViewer?: boolean }) {
  const overridden = health.overrideReason !== null;
  return (
    <span className="health-line">
      <span className="visually-hidden">How it is going: </span>
      <RagTag rag={health.rag} />{" "}
      {overridden ? (
        <span className="health-line__note">
          {byViewer ? "set by you" : "set by the participant"}: {health.overrideReason} (computed:{" "}
          {ragLabel(health.computedRag)})
        </span>
      ) : health.reasons[0] ? (
        <span className="health-line__note">{health.reasons[0]}</span>
      ) : null}
    </span>
  );
}

/**
 * The initiative page's status box: the status shown, who set it and why, the computed status with its
 * reasons, and links to change it and to the adaptation log.
 */
export function InitiativeHealthSummary({
  initiativeId,
  health,
  canEdit,
  showLinks = true,
}: {
  initiativeId: string;
  health: HealthView;
  canEdit: boolean;
  /** Off on the status page itself. */
  showLinks?: boolean;
}) {
  const overridden = health.overrideReason !== null;
  return (
    <section className="health-summary" aria-labelledby="health-summary-title">
      <h2 id="health-summary-title" className="health-summary__title">
        How it is going: <RagTag rag={health.rag} />
      </h2>
      {overridden ? (
        <p className="health-summary__override">
          {health.byViewer ? "Set by you" : "Set by the participant"}: {health.overrideReason}
          <br />
          Computed from the plan and evidence: <RagTag rag={health.computedRag} />
        </p>
      ) : null}
      {health.reasons.length > 0 ? (
        <ul
          className="health-summary__reasons"
          aria-label={overridden ? "Why the computed status is what it is" : "Why"}
        >
          {health.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {showLinks ? (
        <p className="health-summary__links">
          <Link to={`/initiatives/${initiativeId}/status`}>
            {canEdit ? "Set the status yourself or see its history" : "Status history"}
          </Link>
          <Link to={`/initiatives/${initiativeId}/adaptations`}>Changes since it started</Link>
          <Link to={`/initiatives/${initiativeId}/schools`}>School by school</Link>
        </p>
      ) : null}
    </section>
  );
}

export { SchoolImplementationSection } from "./health-schools";
