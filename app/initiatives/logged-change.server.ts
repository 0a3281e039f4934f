import type { DB } from "~/db.server";
import type { Viewer } from "~/utils/permissions.server";
import { changedFields, recordAdaptation, requireWhy, summariseChange, type Snapshot } from "./adaptations.server";

/**
 * After an edit of a started initiative (inside the edit's transaction): compares the snapshots taken before and
 * after, and when a followed field differs, requires a reason and writes the change to the adaptation log.
 * Throwing (no reason given) rolls the whole edit back: the form comes back with the values typed.
 */
type Adaptation = Parameters<typeof recordAdaptation>[2];

export async function logChangedFields(
  db: DB,
  viewer: Viewer,
  change: Pick<Adaptation, "initiativeId" | "subject" | "subjectId"> & {
    /** The fields followed, with their names in words. */
    labels: Record<string, string>;
    why: string | undefined;
    before: Snapshot;
    after: Snapshot;
    /** The log's "what changed" from the summary of the changed fields. */
    describe: (summary: string) => string;
  },
) {
  const { labels, before, after } = change;
  const fields = changedFields(before, after, labels);
  if (fields.length === 0) return;
  const why = requireWhy(change.why);
  await recordAdaptation(db, viewer, {
    initiativeId: change.initiativeId,
    subject: change.subject,
    subjectId: change.subjectId,
    whatChanged: change.describe(summariseChange(fields, labels)),
    why,
    before,
    after,
  });
}
