// npm run db:migrate [-- down]: migrate the database named by DATABASE_URL (default data/strands.db).
import { createDatabase } from "../app/db.server";
import { getEnv } from "../app/utils/env.server";
import { migrateDown, migrateToLatest } from "./migrator";

const direction = process.argv[2] ?? "latest";
const db = createDatabase(getEnv().DATABASE_URL);
try {
  const lines = direction === "down" ? await migrateDown(db) : await migrateToLatest(db);
  console.log(lines.length > 0 ? lines.join("\n") : "Already up to date.");
} finally {
  await db.destroy();
}
