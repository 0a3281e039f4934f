import type { DB } from "~/db.server";
import type { DashboardFilters } from "~/dashboards/schema";
import { todayInEngland } from "~/utils/dates";
import { countWhen } from "~/utils/sql.server";
import { num } from "./scope.server";

// ---------------------------------------------------------------------------------------------
// 2. Inter-sessional task completion

export interface TaskCompletion {
  id: string;
  title: string;
  dueOn: string;
  participants: number;
  done: number;
  /** In progress and not yet past the due date. */
  inProgress: number;
  /** Not started and not yet past the due date. */
  notStarted: number;
  /** Past the due date and not done. */
  overdue: number;
}

/**
 * Each task of the cohort with its filtered participants split four ways that add up: done; overdue (past the due
 * date, not done); in progress; not started. A response's status counts whatever its visibility, as on the lead's
 * task pages: the lead set the task, and the response form says so.
 */
export async function getTaskCompletion(
  db: DB,
  cohortId: string,
  filters: DashboardFilters,
  today = todayInEngland(),
): Promise<TaskCompletion[]> {
  let query = db
    .selectFrom("tasks")
    .leftJoin("memberships", (join) => {
      let on = join.onRef("memberships.cohort_id", "=", "tasks.cohort_id").on("memberships.role", "=", "participant");
      if (filters.track) on = on.on("memberships.track", "=", filters.track);
      if (filters.trustId) on = on.on("memberships.trust_id", "=", filters.trustId);
      return on;
    })
    .leftJoin("task_responses", (join) =>
      join
        .onRef("task_responses.task_id", "=", "tasks.id")
        .onRef("task_responses.owner_id", "=", "memberships.user_id"),
    )
    .leftJoin("entries", "entries.id", "task_responses.entry_id")
    .select((eb) => {
      const member = eb("memberships.id", "is not", null);
      const done = eb("entries.status", "=", "done");
      const notDone = eb.or([eb("entries.status", "is", null), eb("entries.status", "!=", "done")]);
      const pastDue = eb("tasks.due_on", "<", today);
      const notPastDue = eb("tasks.due_on", ">=", today);
      return [
        "tasks.id",
        "tasks.title",
        "tasks.due_on as dueOn",
        eb.fn.count<string | number>("memberships.id").as("participants"),
        countWhen(done).as("done"),
        countWhen(eb.and([notPastDue, eb("entries.status", "=", "in_progress")])).as("inProgress"),
        countWhen(
          eb.and([
            member,
            notPastDue,
            eb.or([eb("entries.status", "is", null), eb("entries.status", "not in", ["done", "in_progress"])]),
          ]),
        ).as("notStarted"),
        countWhen(eb.and([member, pastDue, notDone])).as("overdue"),
      ];
    })
    .where("tasks.cohort_id", "=", cohortId)
    .groupBy(["tasks.id", "tasks.title", "tasks.due_on"])
    .orderBy("tasks.due_on")
    .orderBy("tasks.title");
  if (filters.from) query = query.where("tasks.due_on", ">=", filters.from);
  if (filters.to) query = query.where("tasks.due_on", "<=", filters.to);
  if (filters.strandId) {
    const strandId = filters.strandId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("task_strands")
          .select("task_strands.task_id")
          .whereRef("task_strands.task_id", "=", "tasks.id")
          .where("task_strands.strand_id", "=", strandId),
      ),
    );
  }
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    dueOn: row.dueOn,
    participants: num(row.participants),
    done: num(row.done),
    inProgress: num(row.inProgress),
    notStarted: num(row.notStarted),
    overdue: num(row.overdue),
  }));
}
