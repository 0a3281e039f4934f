import type { DB } from "~/db.server";
import type { DashboardFilters } from "~/dashboards/schema";
import { num, sharedEntries } from "./scope.server";

// ---------------------------------------------------------------------------------------------
// 4. Initiatives by status, and by the highest evaluation level they have evidence for

export const INITIATIVE_STATUS_ORDER = ["planning", "in_progress", "evaluating", "complete", "paused"] as const;

export async function getInitiativesByStatus(db: DB, cohortId: string, filters: DashboardFilters) {
  const rows = await sharedEntries(db, cohortId, filters)
    .select((eb) => ["entries.status", eb.fn.countAll<string | number>().as("n")])
    .where("entries.kind", "=", "initiative")
    .groupBy("entries.status")
    .execute();
  const counts = new Map(rows.map((r) => [r.status, num(r.n)]));
  const known: string[] = [...INITIATIVE_STATUS_ORDER];
  return [
    ...INITIATIVE_STATUS_ORDER.map((status) => ({ status: status as string, count: counts.get(status) ?? 0 })),
    ...rows.filter((r) => !known.includes(r.status)).map((r) => ({ status: r.status, count: num(r.n) })),
  ];
}

/** How many initiatives reach each evaluation level at most (1 reactions … 5 student outcomes). */
export async function getInitiativesByEvaluationLevel(db: DB, cohortId: string, filters: DashboardFilters) {
  const highest = sharedEntries(db, cohortId, filters)
    .innerJoin("evaluations", "evaluations.initiative_id", "entries.id")
    .select((eb) => ["entries.id", eb.fn.max<number>("evaluations.level").as("level")])
    .where("entries.kind", "=", "initiative")
    .groupBy("entries.id")
    .as("highest");
  const rows = await db
    .selectFrom(highest)
    .select((eb) => ["highest.level", eb.fn.countAll<string | number>().as("n")])
    .groupBy("highest.level")
    .execute();
  return [1, 2, 3, 4, 5].map((level) => ({ level, count: num(rows.find((r) => Number(r.level) === level)?.n) }));
}
