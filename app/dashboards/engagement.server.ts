import type { DB } from "~/db.server";
import type { DashboardFilters } from "~/dashboards/schema";
import { addDays, isoWeekStart } from "~/utils/dates";
import { listWorkshops, num, sharedEntries } from "./scope.server";

// ---------------------------------------------------------------------------------------------
// 5. Engagement over time: records per ISO week (Monday start)

export interface EngagementWeek {
  weekStart: string;
  records: number;
  workshops: string[];
}

/**
 * Records per day are counted by the database; the few day rows are then put into ISO weeks here. Weeks run from
 * the first to the last week with a record or a workshop, with empty weeks shown as 0 (at most 3 years of them).
 */
export async function getEngagementByWeek(
  db: DB,
  cohortId: string,
  filters: DashboardFilters,
  knownWorkshops?: Awaited<ReturnType<typeof listWorkshops>>,
): Promise<EngagementWeek[]> {
  const [days, workshops] = await Promise.all([
    sharedEntries(db, cohortId, filters)
      .select((eb) => ["entries.occurred_on as day", eb.fn.countAll<string | number>().as("n")])
      .groupBy("entries.occurred_on")
      .orderBy("entries.occurred_on")
      .execute(),
    knownWorkshops ?? listWorkshops(db, cohortId),
  ]);
  const inRange = (date: string) => (!filters.from || date >= filters.from) && (!filters.to || date <= filters.to);
  const weeks = new Map<string, EngagementWeek>();
  const week = (start: string) => {
    let found = weeks.get(start);
    if (!found) weeks.set(start, (found = { weekStart: start, records: 0, workshops: [] }));
    return found;
  };
  for (const day of days) week(isoWeekStart(day.day)).records += num(day.n);
  for (const w of workshops) if (inRange(w.heldOn)) week(isoWeekStart(w.heldOn)).workshops.push(w.title);
  const starts = [...weeks.keys()].sort();
  if (starts.length === 0) return [];
  const result: EngagementWeek[] = [];
  for (let start = starts[0], n = 0; start <= starts[starts.length - 1] && n < 160; start = addDays(start, 7), n++) {
    result.push(weeks.get(start) ?? { weekStart: start, records: 0, workshops: [] });
  }
  return result;
}
