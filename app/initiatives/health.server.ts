import { sql } from "kysely";
import type { DB } from "~/db.server";
import { overdueActions } from "./overdue.server";
import type { RagValue } from "~/initiatives/schema";
import { newId, nowIso } from "~/utils/ids.server";
import { todayInEngland } from "~/utils/dates";
import { canEditEntry, canViewEntry, type Viewer } from "~/utils/permissions.server";
import { recordEvent } from "~/audit-trail/audit-log.server";
import { requireEditableEntry, requireVisibleEntry } from "~/entries/entries.server";
import { InputError } from "~/utils/errors.server";
import { computeInitiativeRag, type ComputedStatus, type InitiativeFacts } from "./rag";
import { readSchoolImplementation } from "./schools.server";

export { computeInitiativeRag, hasStarted, type ComputedStatus, type InitiativeFacts } from "./rag";

// How an initiative is going: its computed status and a participant's override with its history. The adaptation
// log of changes made after it started is in ./adaptations.server; adoption / fidelity / sustainment school by
// school, and the schools to watch, in ./schools.server.

// ---- Facts and status ----

/**
 * The facts of every initiative asked for, in one query whatever the number: the action counts by joining
 * an aggregate, the rest as scalar subqueries. Also the access facts, so callers can drop what the viewer
 * may not see.
 */
function factsQuery(db: DB, initiativeIds: string[], today: string) {
  const actionTotals = db
    .selectFrom("action_items")
    .select((eb) => [
      "action_items.initiative_id",
      eb.fn.count<string | number>("action_items.id").as("actionCount"),
      sql<string | number | null>`sum(case when action_items.rag = 'done' then 1 else 0 end)`.as("doneCount"),
      sql<string | number | null>`sum(case when action_items.due_on < ${today} then 1 else 0 end)`.as("dueCount"),
      sql<
        string | number | null
      >`sum(case when action_items.due_on < ${today} and action_items.rag = 'done' then 1 else 0 end)`.as(
        "dueDoneCount",
      ),
      overdueActions(today).as("overdueCount"),
      sql<string | number | null>`sum(case when action_items.rag = 'off_track' then 1 else 0 end)`.as("offTrackCount"),
      sql<string | number | null>`sum(case when action_items.rag = 'at_risk' then 1 else 0 end)`.as("atRiskCount"),
    ])
    // Without this the aggregate would count every action in the database on each call.
    .where("action_items.initiative_id", "in", initiativeIds)
    .groupBy("action_items.initiative_id")
    .as("totals");

  return db
    .selectFrom("entries")
    .innerJoin("initiatives", "initiatives.entry_id", "entries.id")
    .leftJoin(actionTotals, "totals.initiative_id", "entries.id")
    .select((eb) => [
      "entries.id",
      "entries.owner_id",
      "entries.cohort_id",
      "entries.visibility",
      "entries.status",
      "initiatives.starts_on as startsOn",
      "initiatives.ends_on as endsOn",
      "totals.actionCount",
      "totals.doneCount",
      "totals.dueCount",
      "totals.dueDoneCount",
      "totals.overdueCount",
      "totals.offTrackCount",
      "totals.atRiskCount",
      eb
        .selectFrom("initiative_outcomes")
        .select((o) => o.fn.countAll<string | number>().as("n"))
        .whereRef("initiative_outcomes.initiative_id", "=", "entries.id")
        .where("initiative_outcomes.kind", "=", "implementation")
        .where("initiative_outcomes.measure", "<>", "")
        .as("measuredImplementationOutcomes"),
      eb
        .selectFrom("initiative_outcomes")
        .select((o) => o.fn.countAll<string | number>().as("n"))
        .whereRef("initiative_outcomes.initiative_id", "=", "entries.id")
        .where("initiative_outcomes.kind", "=", "final")
        .where("initiative_outcomes.measure", "<>", "")
        .as("measuredFinalOutcomes"),
      // Evidence on the initiative itself or on any record linked to it.
      eb
        .selectFrom("evidence")
        .innerJoin("entries as holder", "holder.id", "evidence.entry_id")
        .select((e) => e.fn.max("evidence.created_at").as("at"))
        .where((w) =>
          w.or([w("holder.id", "=", w.ref("entries.id")), w("holder.initiative_id", "=", w.ref("entries.id"))]),
        )
        .as("lastEvidenceAt"),
      eb
        .selectFrom("entries as reflection")
        .select((r) => r.fn.max("reflection.occurred_on").as("on"))
        .whereRef("reflection.initiative_id", "=", "entries.id")
        .where("reflection.kind", "=", "reflection")
        .as("lastReflectionOn"),
      eb
        .selectFrom("initiative_status_overrides as o")
        .select("o.rag")
        .whereRef("o.initiative_id", "=", "entries.id")
        .orderBy("o.created_at", "desc")
        .limit(1)
        .as("overrideRag"),
      eb
        .selectFrom("initiative_status_overrides as o")
        .select("o.reason")
        .whereRef("o.initiative_id", "=", "entries.id")
        .orderBy("o.created_at", "desc")
        .limit(1)
        .as("overrideReason"),
      eb
        .selectFrom("initiative_status_overrides as o")
        .select("o.created_by")
        .whereRef("o.initiative_id", "=", "entries.id")
        .orderBy("o.created_at", "desc")
        .limit(1)
        .as("overrideBy"),
      eb
        .selectFrom("initiative_status_overrides as o")
        .select("o.created_at")
        .whereRef("o.initiative_id", "=", "entries.id")
        .orderBy("o.created_at", "desc")
        .limit(1)
        .as("overrideAt"),
    ])
    .where("entries.kind", "=", "initiative")
    .where("entries.id", "in", initiativeIds.length > 0 ? initiativeIds : ["(none)"]);
}

type FactsRow = Awaited<ReturnType<ReturnType<typeof factsQuery>["execute"]>>[number];

const count = (value: string | number | null | undefined) => Number(value ?? 0);

function latest(a: string | null | undefined, b: string | null | undefined): string | null {
  const first = a ? a.slice(0, 10) : null;
  const second = b ? b.slice(0, 10) : null;
  if (!first) return second;
  if (!second) return first;
  return first > second ? first : second;
}

function factsFrom(row: FactsRow): InitiativeFacts {
  return {
    status: row.status,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    actionCount: count(row.actionCount),
    doneCount: count(row.doneCount),
    dueCount: count(row.dueCount),
    dueDoneCount: count(row.dueDoneCount),
    overdueCount: count(row.overdueCount),
    offTrackCount: count(row.offTrackCount),
    atRiskCount: count(row.atRiskCount),
    measuredImplementationOutcomes: count(row.measuredImplementationOutcomes),
    measuredFinalOutcomes: count(row.measuredFinalOutcomes),
    lastEvidenceOn: latest(row.lastEvidenceAt as string | null, row.lastReflectionOn as string | null),
  };
}

export interface InitiativeStatus {
  initiativeId: string;
  /** What shows: the override when there is one, otherwise the computed status. */
  rag: RagValue;
  computed: ComputedStatus;
  override: { rag: RagValue; reason: string; at: string; byViewer: boolean } | null;
}

function statusFrom(row: FactsRow, viewer: Viewer, today: string): InitiativeStatus {
  const computed = computeInitiativeRag(factsFrom(row), today);
  const overrideRag = row.overrideRag as RagValue | null;
  const override = overrideRag
    ? {
        rag: overrideRag,
        reason: String(row.overrideReason ?? ""),
        at: String(row.overrideAt ?? ""),
        byViewer: row.overrideBy === viewer.id,
      }
    : null;
  return { initiativeId: row.id, rag: override?.rag ?? computed.rag, computed, override };
}

/** The facts behind one initiative's status, for tests and for anyone who wants to show them. */
export async function getInitiativeFacts(db: DB, viewer: Viewer, initiativeId: string, today = todayInEngland()) {
  await requireVisibleEntry(db, viewer, initiativeId, "initiative");
  const row = await factsQuery(db, [initiativeId], today).executeTakeFirstOrThrow();
  return factsFrom(row);
}

/** One initiative's status; 404 unless the viewer may see the initiative. */
export async function getInitiativeStatus(
  db: DB,
  viewer: Viewer,
  initiativeId: string,
  today = todayInEngland(),
): Promise<InitiativeStatus> {
  await requireVisibleEntry(db, viewer, initiativeId, "initiative");
  const row = await factsQuery(db, [initiativeId], today).executeTakeFirstOrThrow();
  return statusFrom(row, viewer, today);
}

/** The statuses of many initiatives in one query, keyed by id; those the viewer may not see are left out. */
export async function listInitiativeStatuses(
  db: DB,
  viewer: Viewer,
  initiativeIds: string[],
  today = todayInEngland(),
): Promise<Record<string, InitiativeStatus>> {
  const unique = [...new Set(initiativeIds)];
  if (unique.length === 0) return {};
  const rows = await factsQuery(db, unique, today).execute();
  const statuses: Record<string, InitiativeStatus> = {};
  for (const row of rows) {
    if (canViewEntry(viewer, row)) statuses[row.id] = statusFrom(row, viewer, today);
  }
  return statuses;
}

// ---- Overrides ----

export interface StatusChange {
  id: string;
  at: string;
  byName: string | null;
  from: RagValue | null;
  to: RagValue | null;
  reason: string;
}

/** The status page: the current status and every override, newest first, with what it changed from. */
export async function getStatusPage(db: DB, viewer: Viewer, initiativeId: string, today = todayInEngland()) {
  const entry = await requireVisibleEntry(db, viewer, initiativeId, "initiative");
  const [initiative, status, rows] = await Promise.all([
    db.selectFrom("entries").select(["id", "title"]).where("id", "=", initiativeId).executeTakeFirstOrThrow(),
    getInitiativeStatus(db, viewer, initiativeId, today),
    db
      .selectFrom("initiative_status_overrides as o")
      .leftJoin("users", "users.id", "o.created_by")
      .select(["o.id", "o.rag", "o.reason", "o.created_at as at", "users.name as byName"])
      .where("o.initiative_id", "=", initiativeId)
      .orderBy("o.created_at", "asc")
      .execute(),
  ]);
  const history: StatusChange[] = rows.map((row, index) => ({
    id: row.id,
    at: row.at,
    byName: row.byName,
    from: index === 0 ? null : (rows[index - 1].rag as RagValue | null),
    to: row.rag as RagValue | null,
    reason: row.reason,
  }));
  return { initiative, status, history: history.reverse(), canEdit: canEditEntry(viewer, entry) };
}

/** A strictly later timestamp than the initiative's last override, so "the latest" is never a tie. */
async function nextTimestamp(db: DB, table: "initiative_status_overrides", initiativeId: string): Promise<string> {
  const last = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max("created_at").as("at"))
    .where("initiative_id", "=", initiativeId)
    .executeTakeFirst();
  const now = nowIso();
  if (!last?.at || String(last.at) < now) return now;
  return new Date(Date.parse(String(last.at)) + 1).toISOString();
}

/** Sets the status by hand, or (rag null) goes back to the computed one. A new row every time: the history. */
export async function overrideInitiativeStatus(
  db: DB,
  viewer: Viewer,
  initiativeId: string,
  change: { rag: RagValue | null; reason: string },
) {
  await requireEditableEntry(db, viewer, initiativeId, "initiative");
  const reason = change.reason.trim();
  if (change.rag && reason === "") throw new InputError({ reason: ["Enter why you are setting the status yourself"] });
  if (!change.rag) {
    const current = await getInitiativeStatus(db, viewer, initiativeId);
    if (!current.override) throw new InputError({ reason: ["The status is already the computed one"] });
  }
  await db.transaction().execute(async (trx) => {
    const id = newId();
    await trx
      .insertInto("initiative_status_overrides")
      .values({
        id,
        initiative_id: initiativeId,
        rag: change.rag,
        reason,
        created_by: viewer.id,
        created_at: await nextTimestamp(trx, "initiative_status_overrides", initiativeId),
      })
      .execute();
    await recordEvent(trx, viewer.id, "create", "initiative_status_override", id, {
      fields: ["rag", "reason"],
      subjectOwnerId: viewer.id,
    });
  });
}

// ---- Health on the initiative's page ----

/** The status as the page header and lists show it. */
export function toHealthView(status: InitiativeStatus) {
  return {
    rag: status.rag,
    computedRag: status.computed.rag,
    reasons: status.computed.reasons,
    overrideReason: status.override?.reason ?? null,
    byViewer: status.override?.byViewer ?? false,
  };
}

/** One initiative's status for its page header; 404 unless the viewer may see it. */
export async function getInitiativeHealthView(db: DB, viewer: Viewer, initiativeId: string, today = todayInEngland()) {
  return toHealthView(await getInitiativeStatus(db, viewer, initiativeId, today));
}

/** What the initiative page shows of its health: the status box and the school by school table. */
export async function getInitiativeHealthPanel(db: DB, viewer: Viewer, initiativeId: string, today = todayInEngland()) {
  const [status, schools] = await Promise.all([
    getInitiativeHealthView(db, viewer, initiativeId, today),
    readSchoolImplementation(db, initiativeId),
  ]);
  return { status, schools };
}
