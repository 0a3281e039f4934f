import type { DB } from "~/db.server";
import { notFound, requireAdmin, type Viewer } from "~/utils/permissions.server";
import { forgetAccountThrottles } from "~/utils/sign-in-throttle.server";
import { recordEvent } from "~/audit-trail/audit-log.server";
import { InputError } from "~/utils/errors.server";

// Subject access and erasure (UK GDPR articles 15, 17 and 20).
// Export: every row that refers to the person, as JSON plus a CSV of their records and their evidence files,
// in one zip; never the password hash, and nothing private of anybody else. One builder (buildPersonArchive) makes
// the archive; a programme admin exports anyone (exportPerson), everyone exports themself from their account page
// (exportOwnData). Erase: deletes the person and everything that is theirs (see
// docs/decisions/0006-erasure.md); comments they wrote on other people's records stay, as "[removed]" with no
// author. Both are audited. The audit trail itself is append-only: it keeps the person's id as a pseudonym.
// This file keeps the people list, one person's page and erasure; ./export.server collects and exports the data.

export const REMOVED_COMMENT = "[removed]";

export interface PersonSummary {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  deactivated: boolean;
  memberships: { cohortName: string; role: string }[];
  recordCount: number;
}

export async function listPeople(db: DB, viewer: Viewer): Promise<PersonSummary[]> {
  requireAdmin(viewer);
  const [users, memberships, counts] = await Promise.all([
    db
      .selectFrom("users")
      .select(["id", "name", "email", "is_admin", "deactivated_at"])
      .orderBy("name")
      .orderBy("email")
      .execute(),
    db
      .selectFrom("memberships")
      .innerJoin("cohorts", "cohorts.id", "memberships.cohort_id")
      .select(["memberships.user_id as userId", "cohorts.name as cohortName", "memberships.role"])
      .orderBy("cohorts.name")
      .execute(),
    db
      .selectFrom("entries")
      .select(["owner_id as userId", (eb) => eb.fn.countAll().as("n")])
      .groupBy("owner_id")
      .execute(),
  ]);
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    isAdmin: u.is_admin === 1,
    deactivated: u.deactivated_at !== null,
    memberships: memberships.filter((m) => m.userId === u.id).map(({ cohortName, role }) => ({ cohortName, role })),
    recordCount: Number(counts.find((c) => c.userId === u.id)?.n ?? 0),
  }));
}

export async function requirePerson(db: DB, viewer: Viewer, userId: string) {
  requireAdmin(viewer);
  const person =
    userId.length > 0 && userId.length <= 100
      ? await db
          .selectFrom("users")
          .select(["id", "name", "email", "is_admin", "deactivated_at", "created_at"])
          .where("id", "=", userId)
          .executeTakeFirst()
      : undefined;
  if (!person) notFound("We could not find that person.");
  return person;
}

/** One person as their admin page shows them: who they are and how much the app holds about them. */
export async function getPerson(db: DB, viewer: Viewer, userId: string) {
  const person = await requirePerson(db, viewer, userId);
  const [summary] = (await listPeople(db, viewer)).filter((p) => p.id === person.id);
  const [sessions, evidence, comments] = await Promise.all([
    db
      .selectFrom("sessions")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("user_id", "=", userId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("evidence")
      .innerJoin("entries", "entries.id", "evidence.entry_id")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("entries.owner_id", "=", userId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("comments")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("author_id", "=", userId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    ...summary,
    createdAt: person.created_at,
    sessionCount: Number(sessions.n),
    evidenceCount: Number(evidence.n),
    commentCount: Number(comments.n),
    isSelf: person.id === viewer.id,
  };
}

// ---- Erasure ----

export interface ErasureResult {
  name: string;
  records: number;
  commentsDetached: number;
}

/**
 * Erases a person: their records (with every detail row, evidence file and the comments on them), sessions,
 * memberships, sign-in failures and the users row. Comments they wrote on other people's records keep their
 * place in the thread as "[removed]" with no author. Audit events keep the id, now a pseudonym with no name.
 */
export async function erasePerson(
  db: DB,
  viewer: Viewer,
  userId: string,
  confirmEmail: string,
): Promise<ErasureResult> {
  const person = await requirePerson(db, viewer, userId);
  if (person.id === viewer.id) {
    throw new InputError({ confirmEmail: ["You cannot erase yourself. Ask another programme admin."] });
  }
  if (confirmEmail.trim().toLowerCase() !== person.email.toLowerCase()) {
    throw new InputError({ confirmEmail: ["Enter the person’s email address exactly as shown to confirm"] });
  }
  return db.transaction().execute(async (trx) => {
    const records = await trx
      .selectFrom("entries")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("owner_id", "=", person.id)
      .executeTakeFirstOrThrow();
    const detached = await trx
      .updateTable("comments")
      .set({ body: REMOVED_COMMENT, author_id: null })
      .where("author_id", "=", person.id)
      .where("entry_id", "not in", (eb) => eb.selectFrom("entries").select("id").where("owner_id", "=", person.id))
      .executeTakeFirst();
    // Records first (their detail rows, evidence and comments cascade), then everything else that names them.
    // Follow-up audits before their baselines, which they reference (ON DELETE RESTRICT).
    await trx
      .deleteFrom("entries")
      .where("owner_id", "=", person.id)
      .where("id", "in", (eb) => eb.selectFrom("audits").select("entry_id").where("baseline_id", "is not", null))
      .execute();
    await trx.deleteFrom("entries").where("owner_id", "=", person.id).execute();
    await trx.deleteFrom("task_responses").where("owner_id", "=", person.id).execute();
    await trx.deleteFrom("comment_reads").where("user_id", "=", person.id).execute();
    await trx.deleteFrom("sessions").where("user_id", "=", person.id).execute();
    await trx.deleteFrom("memberships").where("user_id", "=", person.id).execute();
    await forgetAccountThrottles(trx, person.email);
    await trx.updateTable("evidence").set({ created_by: null }).where("created_by", "=", person.id).execute();
    await trx.updateTable("tasks").set({ created_by: null }).where("created_by", "=", person.id).execute();
    await trx
      .updateTable("criterion_reviews")
      .set({ reviewer_id: null })
      .where("reviewer_id", "=", person.id)
      .execute();
    await trx.deleteFrom("users").where("id", "=", person.id).execute();
    await recordEvent(trx, viewer.id, "erase", "person", person.id, { subjectOwnerId: person.id });
    return { name: person.name, records: Number(records.n), commentsDetached: Number(detached.numUpdatedRows ?? 0) };
  });
}
