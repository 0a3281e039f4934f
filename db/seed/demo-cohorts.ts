import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { seedDemo } from "./demo";
import { seedDemoAccreditation } from "./demo-accreditation";
import { seedDemoAudits } from "./demo-audits";
import { seedDemoEvaluations } from "./demo-evaluations";
import { seedDemoEvidence } from "./demo-evidence";
import { seedDemoFeedback } from "./demo-feedback";
import { seedDemoHealth } from "./demo-health";
import { seedDemoReflections } from "./demo-reflections";
import { seedDemoTasks } from "./demo-tasks";

// The demo cohorts, whole. Not part of the server bundle: the build compiles this module on its own
// (build/demo-seed.js, scripts/build.mjs), and the server loads it only when it is about to seed.

/** All or nothing: a demo half written would never be completed, since a database with users is left alone. */
export async function seedDemoCohorts(db: Kysely<Database>): Promise<void> {
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
}
