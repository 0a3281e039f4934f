import type { RagValue } from "~/schemas/values";
import { formatDate } from "~/utils/dates";

// How an initiative is going, worked out from what it records, with the reasons in plain English so a
// participant (and their lead) can see why and what to do next. Pure: the facts are gathered in SQL by
// app/initiatives/health.server.ts.

/** Weeks without evidence or a reflection, while an initiative is running, before it counts as at risk. */
export const QUIET_WEEKS_AT_RISK = 6;
/** ... and before it counts as off track. */
export const QUIET_WEEKS_OFF_TRACK = 12;

export interface InitiativeFacts {
  /** The initiative's own status: planning, in_progress, evaluating, complete, paused. */
  status: string;
  startsOn: string;
  endsOn: string;
  actionCount: number;
  doneCount: number;
  /** Actions whose due date is before today (done or not). */
  dueCount: number;
  /** Of those due, how many are done. */
  dueDoneCount: number;
  /** Not done and due before today. */
  overdueCount: number;
  offTrackCount: number;
  atRiskCount: number;
  /** Implementation outcomes that say how they will be measured. */
  measuredImplementationOutcomes: number;
  /** Final outcomes for pupils that say how they will be measured. */
  measuredFinalOutcomes: number;
  /** 'YYYY-MM-DD' of the newest evidence or reflection on the initiative; null when there is none. */
  lastEvidenceOn: string | null;
}

export interface ComputedStatus {
  rag: RagValue;
  reasons: string[];
}

const RANK: Record<RagValue, number> = { done: 0, not_started: 0, on_track: 1, at_risk: 2, off_track: 3 };

function plural(count: number, one: string, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  const b = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return 0;
  return Math.floor((b - a) / 86_400_000);
}

/** An initiative has started once its start date has come or its owner says it is under way. */
export function hasStarted(facts: Pick<InitiativeFacts, "status" | "startsOn">, today: string): boolean {
  return facts.startsOn <= today || facts.status === "in_progress" || facts.status === "evaluating";
}

export function computeInitiativeRag(facts: InitiativeFacts, today: string): ComputedStatus {
  if (facts.status === "complete") {
    return { rag: "done", reasons: ["Marked complete"] };
  }
  if (!hasStarted(facts, today)) {
    const reasons = [`Starts on ${formatDate(facts.startsOn)}`];
    if (facts.measuredImplementationOutcomes === 0)
      reasons.push("No implementation outcome says how it will be measured yet");
    if (facts.measuredFinalOutcomes === 0) reasons.push("No final outcome for pupils says how it will be measured yet");
    return { rag: "not_started", reasons };
  }

  const found: { rag: RagValue; reason: string }[] = [];
  const flag = (rag: RagValue, reason: string) => found.push({ rag, reason });

  if (facts.status === "paused") flag("at_risk", "Paused");
  if (facts.status === "planning")
    flag("at_risk", `Still planning, but the start date (${formatDate(facts.startsOn)}) has passed`);

  if (facts.overdueCount > 0) {
    const reason = `${plural(facts.overdueCount, "action")} overdue`;
    flag(facts.overdueCount >= 3 ? "off_track" : "at_risk", reason);
  }
  if (facts.dueCount >= 2) {
    const share = facts.dueDoneCount / facts.dueCount;
    const reason = `${facts.dueDoneCount} of ${plural(facts.dueCount, "action")} due so far ${facts.dueDoneCount === 1 ? "is" : "are"} done`;
    if (share < 0.5) flag("off_track", reason);
    else if (share < 0.75) flag("at_risk", reason);
  }
  if (facts.offTrackCount > 0) {
    flag(facts.offTrackCount >= 2 ? "off_track" : "at_risk", `${plural(facts.offTrackCount, "action")} off track`);
  }
  if (facts.atRiskCount >= 2) flag("at_risk", `${plural(facts.atRiskCount, "action")} at risk`);

  if (facts.actionCount === 0) flag("at_risk", "No actions in the plan");
  if (facts.measuredImplementationOutcomes === 0)
    flag("at_risk", "No implementation outcome says how it will be measured");
  if (facts.measuredFinalOutcomes === 0) flag("at_risk", "No final outcome for pupils says how it will be measured");

  if (facts.endsOn < today && facts.doneCount < facts.actionCount) {
    flag(
      "at_risk",
      `Its end date (${formatDate(facts.endsOn)}) has passed with ${plural(facts.actionCount - facts.doneCount, "action")} not done`,
    );
  }

  // A running initiative should keep gathering evidence; a paused one is not expected to.
  if (facts.status !== "paused") {
    const since = facts.lastEvidenceOn ?? (facts.startsOn <= today ? facts.startsOn : null);
    if (since) {
      const weeks = Math.floor(daysBetween(since, today) / 7);
      const reason = facts.lastEvidenceOn
        ? `No evidence or reflection added for ${plural(weeks, "week")}`
        : `No evidence or reflection added since it started, ${plural(weeks, "week")} ago`;
      if (weeks >= QUIET_WEEKS_OFF_TRACK) flag("off_track", reason);
      else if (weeks >= QUIET_WEEKS_AT_RISK) flag("at_risk", reason);
    }
  }

  if (found.length === 0) {
    const reasons: string[] = [];
    if (facts.dueCount > 0)
      reasons.push(
        `${facts.dueDoneCount} of ${plural(facts.dueCount, "action")} due so far ${facts.dueDoneCount === 1 ? "is" : "are"} done`,
      );
    else reasons.push(`No actions due yet; ${facts.doneCount} of ${plural(facts.actionCount, "action")} done`);
    reasons.push(
      facts.lastEvidenceOn
        ? `Evidence or a reflection added on ${formatDate(facts.lastEvidenceOn)}`
        : "Evidence is not due yet",
    );
    return { rag: "on_track", reasons };
  }
  const rag = found.reduce<RagValue>((worst, f) => (RANK[f.rag] > RANK[worst] ? f.rag : worst), "on_track");
  // The reasons that decided the status come first.
  const ordered = [...found].sort((a, b) => RANK[b.rag] - RANK[a.rag]);
  return { rag, reasons: ordered.map((f) => f.reason) };
}
