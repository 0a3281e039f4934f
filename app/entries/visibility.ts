import type { Visibility } from "../../db/schema";

/** What a cohort's leads may see of a participant's records: everything but what is private. */
export const SHARED_WITH_LEADS: readonly Visibility[] = ["leads", "cohort"];
