import type { Kysely } from "kysely";
import { migrateToLatest } from "./migrator";
import type { Database } from "./schema";
import { seedDemo } from "./seed/demo";
import { seedDemoAccreditation } from "./seed/demo-accreditation";
import { seedDemoAudits } from "./seed/demo-audits";
import { seedDemoReflections } from "./seed/demo-reflections";
import { seedDemoEvidence } from "./seed/demo-evidence";
import { seedDemoEvaluations } from "./seed/demo-evaluations";
import { seedDemoFeedback } from "./seed/demo-feedback";
import { seedDemoHealth } from "./seed/demo-health";
import { seedDemoTasks } from "./seed/demo-tasks";
import { seedFrameworks } from "./seed/frameworks-seed";

/** What start-up did about the demo cohorts: not asked for, added to an empty database, or not added (it had accounts). */
export type DemoOutcome = "off" | "seeded" | "kept-existing";

/** At start: migrate, make sure the programme frameworks exist, and, only when asked, add the demo cohorts to an empty database. */
export async function prepareDatabase(db: Kysely<Database>, options: { demo: boolean }): Promise<DemoOutcome> {
  await migrateToLatest(db);
  await seedFrameworks(db);
  if (!options.demo) return "off";
  const anyUser = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  if (anyUser) return "kept-existing";
  // All or nothing: a demo half written would never be completed, since a database with users is left alone.
  await db.transaction().execute(async (trx) => {
    await seedDemo(trx);
    await seedDemoAudits(trx);
    await seedDemoReflections(trx);
    await seedDemoTasks(trx);
    await seedDemoEvidence(trx);
    await seedDemoEvaluations(trx);
    await seedDemoHealth(trx);
    await seedDemoFeedback(trx);
    // Last: the seeds above fill every cohort with generic records; the PD Lead cohort's are its own.
    await seedDemoAccreditation(trx);
  });
  return "seeded";
}
