import type { Migration } from "kysely/migration";
import * as m0001 from "./0001_initial";

// Listed explicitly (not read from disk) so the migrations are bundled into the server build.
export const migrations: Record<string, Migration> = {
  "0001_initial": m0001,
};
