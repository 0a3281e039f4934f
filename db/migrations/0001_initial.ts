import { sql, type Kysely } from "kysely";

// Frozen in time: this file must never import application code.
// Conventions shared by both databases, so that queries return the same shapes:
//  - ids are random text (uuid), never sequential;
//  - instants are ISO-8601 UTC text, calendar dates are 'YYYY-MM-DD' text;
//  - flags are integers 0/1;
//  - binary file contents are BLOB on SQLite and BYTEA on PostgreSQL.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name === "PostgresAdapter";
}

export async function up(db: Kysely<any>): Promise<void> {
  const binary = isPostgres(db) ? "bytea" : "blob";

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("is_admin", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("deactivated_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("sign_in_failures")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("failed_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("sign_in_failures_subject_idx")
    .on("sign_in_failures")
    .columns(["subject", "failed_at"])
    .execute();

  await db.schema
    .createTable("organisations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('trust', 'school')`))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("parent_id", "text", (c) => c.references("organisations.id").onDelete("restrict"))
    .addColumn("phase", "text")
    .addColumn("urn", "text")
    .execute();
  await db.schema.createIndex("organisations_parent_idx").on("organisations").column("parent_id").execute();

  await db.schema
    .createTable("programmes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .execute();

  await db.schema
    .createTable("strands")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("programme_id", "text", (c) => c.notNull().references("programmes.id").onDelete("cascade"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("lead_in", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("position", "integer", (c) => c.notNull())
    .addUniqueConstraint("strands_programme_key_unique", ["programme_id", "key"])
    .execute();

  await db.schema
    .createTable("outcome_statements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("strand_id", "text", (c) => c.notNull().references("strands.id").onDelete("cascade"))
    .addColumn("parent_id", "text", (c) => c.references("outcome_statements.id").onDelete("cascade"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("outcome_statements_strand_idx").on("outcome_statements").column("strand_id").execute();

  await db.schema
    .createTable("accreditation_criteria")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("programme_id", "text", (c) => c.notNull().references("programmes.id").onDelete("cascade"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("cohorts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("programme_id", "text", (c) => c.notNull().references("programmes.id").onDelete("restrict"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("academic_year", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("workshops")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("cohort_id", "text", (c) => c.notNull().references("cohorts.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("held_on", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("workshops_cohort_idx").on("workshops").column("cohort_id").execute();

  await db.schema
    .createTable("memberships")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("cohort_id", "text", (c) => c.notNull().references("cohorts.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('lead', 'participant')`))
    .addColumn("track", "text", (c) => c.check(sql`track in ('new', 'continuing')`))
    .addColumn("trust_id", "text", (c) => c.references("organisations.id").onDelete("restrict"))
    .addUniqueConstraint("memberships_cohort_user_unique", ["cohort_id", "user_id"])
    .execute();
  await db.schema.createIndex("memberships_user_idx").on("memberships").column("user_id").execute();

  await db.schema
    .createTable("entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('initiative', 'audit', 'task_response', 'reflection')`),
    )
    .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("cohort_id", "text", (c) => c.notNull().references("cohorts.id").onDelete("cascade"))
    .addColumn("initiative_id", "text", (c) => c.references("entries.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("visibility", "text", (c) => c.notNull().check(sql`visibility in ('private', 'leads', 'cohort')`))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("entries_owner_idx").on("entries").columns(["owner_id", "kind"]).execute();
  await db.schema.createIndex("entries_cohort_idx").on("entries").columns(["cohort_id", "kind"]).execute();
  await db.schema.createIndex("entries_initiative_idx").on("entries").column("initiative_id").execute();

  await db.schema
    .createTable("initiatives")
    .addColumn("entry_id", "text", (c) => c.primaryKey().references("entries.id").onDelete("cascade"))
    .addColumn("problem", "text", (c) => c.notNull())
    .addColumn("evidence_of_need", "text", (c) => c.notNull())
    .addColumn("approach", "text", (c) => c.notNull())
    .addColumn("active_ingredients", "text", (c) => c.notNull())
    .addColumn("starts_on", "text", (c) => c.notNull())
    .addColumn("ends_on", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("initiative_schools")
    .addColumn("initiative_id", "text", (c) => c.notNull().references("initiatives.entry_id").onDelete("cascade"))
    .addColumn("school_id", "text", (c) => c.notNull().references("organisations.id").onDelete("restrict"))
    .addPrimaryKeyConstraint("initiative_schools_pk", ["initiative_id", "school_id"])
    .execute();

  await db.schema
    .createTable("initiative_outcomes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("initiative_id", "text", (c) => c.notNull().references("initiatives.entry_id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('implementation', 'final')`))
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("measure", "text", (c) => c.notNull())
    .addColumn("measured_when", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("initiative_outcomes_initiative_idx")
    .on("initiative_outcomes")
    .column("initiative_id")
    .execute();

  await db.schema
    .createTable("action_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("initiative_id", "text", (c) => c.notNull().references("initiatives.entry_id").onDelete("cascade"))
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("owner_name", "text", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("success_criteria", "text", (c) => c.notNull())
    .addColumn("rag", "text", (c) =>
      c.notNull().check(sql`rag in ('not_started', 'on_track', 'at_risk', 'off_track', 'done')`),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("action_items_initiative_idx").on("action_items").column("initiative_id").execute();

  await db.schema
    .createTable("action_item_schools")
    .addColumn("action_item_id", "text", (c) => c.notNull().references("action_items.id").onDelete("cascade"))
    .addColumn("school_id", "text", (c) => c.notNull().references("organisations.id").onDelete("restrict"))
    .addPrimaryKeyConstraint("action_item_schools_pk", ["action_item_id", "school_id"])
    .execute();

  await db.schema
    .createTable("audits")
    .addColumn("entry_id", "text", (c) => c.primaryKey().references("entries.id").onDelete("cascade"))
    .addColumn("focus", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('baseline', 'follow_up')`))
    .addColumn("baseline_id", "text", (c) => c.references("audits.entry_id").onDelete("restrict"))
    .addColumn("conducted_on", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("audit_criteria")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("audit_id", "text", (c) => c.notNull().references("audits.entry_id").onDelete("cascade"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("baseline_criterion_id", "text", (c) => c.references("audit_criteria.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("audit_criteria_audit_idx").on("audit_criteria").column("audit_id").execute();

  await db.schema
    .createTable("audit_ratings")
    .addColumn("criterion_id", "text", (c) => c.notNull().references("audit_criteria.id").onDelete("cascade"))
    .addColumn("school_id", "text", (c) => c.notNull().references("organisations.id").onDelete("restrict"))
    .addColumn("rating", "integer", (c) => c.notNull().check(sql`rating between 1 and 4`))
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("audit_ratings_pk", ["criterion_id", "school_id"])
    .execute();

  await db.schema
    .createTable("tasks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("cohort_id", "text", (c) => c.notNull().references("cohorts.id").onDelete("cascade"))
    .addColumn("after_workshop_id", "text", (c) => c.references("workshops.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("instructions", "text", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("tasks_cohort_idx").on("tasks").column("cohort_id").execute();

  await db.schema
    .createTable("task_strands")
    .addColumn("task_id", "text", (c) => c.notNull().references("tasks.id").onDelete("cascade"))
    .addColumn("strand_id", "text", (c) => c.notNull().references("strands.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("task_strands_pk", ["task_id", "strand_id"])
    .execute();

  await db.schema
    .createTable("task_responses")
    .addColumn("entry_id", "text", (c) => c.primaryKey().references("entries.id").onDelete("cascade"))
    .addColumn("task_id", "text", (c) => c.notNull().references("tasks.id").onDelete("cascade"))
    .addColumn("body", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("task_responses_task_idx").on("task_responses").column("task_id").execute();

  await db.schema
    .createTable("reflections")
    .addColumn("entry_id", "text", (c) => c.primaryKey().references("entries.id").onDelete("cascade"))
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("prompt_what", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("prompt_so_what", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("prompt_now_what", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("written_on", "text", (c) => c.notNull())
    .addColumn("workshop_id", "text", (c) => c.references("workshops.id").onDelete("set null"))
    .execute();

  await db.schema
    .createTable("entry_strands")
    .addColumn("entry_id", "text", (c) => c.notNull().references("entries.id").onDelete("cascade"))
    .addColumn("strand_id", "text", (c) => c.notNull().references("strands.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("entry_strands_pk", ["entry_id", "strand_id"])
    .execute();
  await db.schema.createIndex("entry_strands_strand_idx").on("entry_strands").column("strand_id").execute();

  await db.schema
    .createTable("entry_outcomes")
    .addColumn("entry_id", "text", (c) => c.notNull().references("entries.id").onDelete("cascade"))
    .addColumn("outcome_statement_id", "text", (c) =>
      c.notNull().references("outcome_statements.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("entry_outcomes_pk", ["entry_id", "outcome_statement_id"])
    .execute();

  await db.schema
    .createTable("evidence")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("entry_id", "text", (c) => c.notNull().references("entries.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('file', 'link')`))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("url", "text")
    .addColumn("file_name", "text")
    .addColumn("mime", "text")
    .addColumn("size", "integer")
    .addColumn("bytes", binary)
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("evidence_entry_idx").on("evidence").column("entry_id").execute();

  await db.schema
    .createTable("evidence_outcomes")
    .addColumn("evidence_id", "text", (c) => c.notNull().references("evidence.id").onDelete("cascade"))
    .addColumn("outcome_statement_id", "text", (c) =>
      c.notNull().references("outcome_statements.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("evidence_outcomes_pk", ["evidence_id", "outcome_statement_id"])
    .execute();

  await db.schema
    .createTable("evidence_criteria")
    .addColumn("evidence_id", "text", (c) => c.notNull().references("evidence.id").onDelete("cascade"))
    .addColumn("criterion_id", "text", (c) => c.notNull().references("accreditation_criteria.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("evidence_criteria_pk", ["evidence_id", "criterion_id"])
    .execute();

  await db.schema
    .createTable("criterion_reviews")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("membership_id", "text", (c) => c.notNull().references("memberships.id").onDelete("cascade"))
    .addColumn("criterion_id", "text", (c) => c.notNull().references("accreditation_criteria.id").onDelete("cascade"))
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('not_started', 'submitted', 'needs_work', 'approved')`),
    )
    .addColumn("reviewer_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("criterion_reviews_unique", ["membership_id", "criterion_id"])
    .execute();

  await db.schema
    .createTable("evaluations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("initiative_id", "text", (c) => c.notNull().references("initiatives.entry_id").onDelete("cascade"))
    .addColumn("level", "integer", (c) => c.notNull().check(sql`level between 1 and 5`))
    .addColumn("looked_for", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("method", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("findings", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("judgement", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("evaluations_initiative_level_unique", ["initiative_id", "level"])
    .execute();

  await db.schema
    .createTable("comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("entry_id", "text", (c) => c.notNull().references("entries.id").onDelete("cascade"))
    .addColumn("parent_id", "text", (c) => c.references("comments.id").onDelete("cascade"))
    .addColumn("author_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("anchor", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("resolved_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("comments_entry_idx").on("comments").column("entry_id").execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("actor_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("subject_kind", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("audit_log_subject_idx")
    .on("audit_log")
    .columns(["subject_kind", "subject_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const tables = [
    "audit_log",
    "comments",
    "evaluations",
    "criterion_reviews",
    "evidence_criteria",
    "evidence_outcomes",
    "evidence",
    "entry_outcomes",
    "entry_strands",
    "reflections",
    "task_responses",
    "task_strands",
    "tasks",
    "audit_ratings",
    "audit_criteria",
    "audits",
    "action_item_schools",
    "action_items",
    "initiative_outcomes",
    "initiative_schools",
    "initiatives",
    "entries",
    "memberships",
    "workshops",
    "cohorts",
    "accreditation_criteria",
    "outcome_statements",
    "strands",
    "programmes",
    "organisations",
    "sign_in_failures",
    "sessions",
    "users",
  ];
  for (const table of tables) await db.schema.dropTable(table).execute();
}
