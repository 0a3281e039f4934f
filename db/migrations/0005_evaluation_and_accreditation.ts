import { sql, type Kysely } from "kysely";

// Frozen in time: this file must never import application code.
// Evaluating initiatives and keeping accreditation evidence (issue 6):
//  - evidence.evidence_type: how strong a piece of evidence is as a source (reaction, self-report, artefact,
//    observation, pupil data); null until the participant says.
//  - evaluation_evidence: which evidence an evaluation level's judgement rests on, so a claim resting only on
//    reactions or self-report, or on a single source, can be flagged.
//  - initiative_status_overrides: a participant's override of the computed RAG, always with a reason; rows
//    are never updated, so they are the history. A row with rag null returns to the computed status.
//  - initiative_adaptations: every change to the design or action plan once an initiative has started, with
//    "what changed and why" and JSON snapshots before and after (the EEF's Deliver stage).
//  - school_implementation: adoption, fidelity and sustainment per school of a trust-wide initiative, 1-4.
//  - entry_criteria: records (reflections, initiatives, ...) mapped to accreditation criteria, as evidence is.
//  - criterion_reviews.statement: the participant's own account of how they meet the criterion.
//  - criterion_review_events: every status change of a criterion review (submitted, needs work with the
//    lead's comment, approved), never updated: the review's history.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("evidence")
    .addColumn("evidence_type", "text", (c) =>
      c.check(sql`evidence_type in ('reaction', 'self_report', 'artefact', 'observation', 'pupil_data')`),
    )
    .execute();

  await db.schema
    .createTable("evaluation_evidence")
    .addColumn("evaluation_id", "text", (c) => c.notNull().references("evaluations.id").onDelete("cascade"))
    .addColumn("evidence_id", "text", (c) => c.notNull().references("evidence.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("evaluation_evidence_pk", ["evaluation_id", "evidence_id"])
    .execute();
  await db.schema
    .createIndex("evaluation_evidence_evidence_idx")
    .on("evaluation_evidence")
    .column("evidence_id")
    .execute();

  await db.schema
    .createTable("initiative_status_overrides")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("initiative_id", "text", (c) => c.notNull().references("initiatives.entry_id").onDelete("cascade"))
    .addColumn("rag", "text", (c) => c.check(sql`rag in ('not_started', 'on_track', 'at_risk', 'off_track', 'done')`))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("initiative_status_overrides_initiative_idx")
    .on("initiative_status_overrides")
    .columns(["initiative_id", "created_at"])
    .execute();

  await db.schema
    .createTable("initiative_adaptations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("initiative_id", "text", (c) => c.notNull().references("initiatives.entry_id").onDelete("cascade"))
    .addColumn("subject", "text", (c) => c.notNull().check(sql`subject in ('design', 'action')`))
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("what_changed", "text", (c) => c.notNull())
    .addColumn("why", "text", (c) => c.notNull())
    .addColumn("before_json", "text", (c) => c.notNull())
    .addColumn("after_json", "text", (c) => c.notNull())
    .addColumn("changed_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("changed_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("initiative_adaptations_initiative_idx")
    .on("initiative_adaptations")
    .columns(["initiative_id", "changed_at"])
    .execute();

  await db.schema
    .createTable("school_implementation")
    .addColumn("initiative_id", "text", (c) => c.notNull().references("initiatives.entry_id").onDelete("cascade"))
    .addColumn("school_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("adoption", "integer", (c) => c.check(sql`adoption between 1 and 4`))
    .addColumn("fidelity", "integer", (c) => c.check(sql`fidelity between 1 and 4`))
    .addColumn("sustainment", "integer", (c) => c.check(sql`sustainment between 1 and 4`))
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("school_implementation_pk", ["initiative_id", "school_id"])
    .execute();

  await db.schema
    .createTable("entry_criteria")
    .addColumn("entry_id", "text", (c) => c.notNull().references("entries.id").onDelete("cascade"))
    .addColumn("criterion_id", "text", (c) => c.notNull().references("accreditation_criteria.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("entry_criteria_pk", ["entry_id", "criterion_id"])
    .execute();
  await db.schema.createIndex("entry_criteria_criterion_idx").on("entry_criteria").column("criterion_id").execute();
  await db.schema
    .createIndex("evidence_criteria_criterion_idx")
    .on("evidence_criteria")
    .column("criterion_id")
    .execute();

  await db.schema
    .alterTable("criterion_reviews")
    .addColumn("statement", "text", (c) => c.notNull().defaultTo(""))
    .execute();

  await db.schema
    .createTable("criterion_review_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("review_id", "text", (c) => c.notNull().references("criterion_reviews.id").onDelete("cascade"))
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('not_started', 'submitted', 'needs_work', 'approved')`),
    )
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("actor_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("criterion_review_events_review_idx")
    .on("criterion_review_events")
    .columns(["review_id", "at"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("criterion_review_events").execute();
  await db.schema.alterTable("criterion_reviews").dropColumn("statement").execute();
  await db.schema.dropIndex("evidence_criteria_criterion_idx").execute();
  await db.schema.dropTable("entry_criteria").execute();
  await db.schema.dropTable("school_implementation").execute();
  await db.schema.dropTable("initiative_adaptations").execute();
  await db.schema.dropTable("initiative_status_overrides").execute();
  await db.schema.dropTable("evaluation_evidence").execute();
  await db.schema.alterTable("evidence").dropColumn("evidence_type").execute();
}
