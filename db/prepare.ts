import type { Kysely } from "kysely";
import { migrateToLatest } from "./migrator";
import type { Database } from "./schema";
import { seedFrameworks } from "./seed/frameworks-seed";

/** What start-up did about the demo cohorts: not asked for, added to an empty database, or not added (it had accounts). */
export type DemoOutcome = "off" | "seeded" | "kept-existing";

/** The demo seed, loaded only when it is about to run (db/seed/demo-cohorts.ts). */
export type LoadDemoSeed = () => Promise<{ seedDemoCohorts: (db: Kysely<Database>) => Promise<void> }>;

/**
 * At start: migrate, make sure the programme frameworks exist, and, only when asked (a demo seed is given), add the
 * demo cohorts to an empty database.
 */
export async function prepareDatabase(
  db: Kysely<Database>,
  options: { demo?: LoadDemoSeed } = {},
): Promise<DemoOutcome> {
  await migrateToLatest(db);
  await seedFrameworks(db);
  if (!options.demo) return "off";
  const anyUser = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  if (anyUser) return "kept-existing";
  const { seedDemoCohorts } = await options.demo();
  await seedDemoCohorts(db);
  return "seeded";
}
