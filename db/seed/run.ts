// npm run db:seed: migrate, then add the frameworks and (on an empty database) the demo cohorts.
import { createDatabase } from "../../app/db.server";
import { getEnv } from "../../app/utils/env.server";
import { prepareDatabase } from "../prepare";

const db = createDatabase(getEnv().DATABASE_URL);
try {
  await prepareDatabase(db, { demo: () => import("./demo-cohorts") });
  console.log("Database ready.");
} finally {
  await db.destroy();
}
