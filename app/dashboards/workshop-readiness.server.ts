import type { DB } from "~/db.server";
import type { DashboardFilters } from "~/dashboards/schema";
import {
  listDashboardParticipants,
  listWorkshops,
  num,
  participantIds,
  type DashboardParticipant,
} from "./scope.server";

// ---------------------------------------------------------------------------------------------
// 6. Ready for the next workshop: the tasks due before each workshop, done or not, per participant

export interface WorkshopReadiness {
  id: string;
  title: string;
  heldOn: string;
  number: number;
  taskCount: number;
  participants: { id: string; name: string; done: number; of: number; ready: boolean }[];
}

export async function getWorkshopReadiness(
  db: DB,
  cohortId: string,
  filters: DashboardFilters,
  known: { workshops?: Awaited<ReturnType<typeof listWorkshops>>; participants?: DashboardParticipant[] } = {},
): Promise<WorkshopReadiness[]> {
  const [workshops, participants, taskCounts, doneCounts] = await Promise.all([
    known.workshops ?? listWorkshops(db, cohortId),
    known.participants ?? listDashboardParticipants(db, cohortId, filters),
    db
      .selectFrom("workshops")
      .innerJoin("tasks", (join) =>
        join.onRef("tasks.cohort_id", "=", "workshops.cohort_id").onRef("tasks.due_on", "<", "workshops.held_on"),
      )
      .select((eb) => ["workshops.id", eb.fn.count<string | number>("tasks.id").as("n")])
      .where("workshops.cohort_id", "=", cohortId)
      .groupBy("workshops.id")
      .execute(),
    db
      .selectFrom("workshops")
      .innerJoin("tasks", (join) =>
        join.onRef("tasks.cohort_id", "=", "workshops.cohort_id").onRef("tasks.due_on", "<", "workshops.held_on"),
      )
      .innerJoin("task_responses", "task_responses.task_id", "tasks.id")
      .innerJoin("entries", "entries.id", "task_responses.entry_id")
      .select((eb) => [
        "workshops.id",
        "task_responses.owner_id as ownerId",
        eb.fn.count<string | number>("tasks.id").distinct().as("n"),
      ])
      .where("workshops.cohort_id", "=", cohortId)
      .where("entries.status", "=", "done")
      .where("entries.cohort_id", "=", cohortId)
      .where("task_responses.owner_id", "in", participantIds(db, cohortId, filters))
      .groupBy(["workshops.id", "task_responses.owner_id"])
      .execute(),
  ]);
  return workshops.map((w) => {
    const of = num(taskCounts.find((t) => t.id === w.id)?.n);
    return {
      ...w,
      taskCount: of,
      participants: participants.map((p) => {
        const done = num(doneCounts.find((d) => d.id === w.id && d.ownerId === p.id)?.n);
        return { id: p.id, name: p.name, done, of, ready: done >= of };
      }),
    };
  });
}
