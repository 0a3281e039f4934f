import type { Migration } from "kysely/migration";
import * as m0001 from "./0001_initial";
import * as m0002 from "./0002_record_dates_audit_schools_one_response";
import * as m0003feedback from "./0003_feedback_comment_reads";
import * as m0004audit from "./0004_audit_trail_append_only";
import * as m0005evaluation from "./0005_evaluation_and_accreditation";
import * as m0006dashboard from "./0006_dashboard_covering_index";
import * as m0007throttles from "./0007_sign_in_throttles";

// Listed explicitly (not read from disk) so the migrations are bundled into the server build.
export const migrations: Record<string, Migration> = {
  "0001_initial": m0001,
  "0002_record_dates_audit_schools_one_response": m0002,
  "0003_feedback_comment_reads": m0003feedback,
  "0004_audit_trail_append_only": m0004audit,
  "0005_evaluation_and_accreditation": m0005evaluation,
  "0006_dashboard_covering_index": m0006dashboard,
  "0007_sign_in_throttles": m0007throttles,
};
