import type { ExpressionBuilder } from "kysely";
import type { Database } from "../../db/schema";
import type { DB } from "~/db.server";
import { SHARED_WITH_LEADS } from "~/entries/visibility";
import { participantMemberships, type Viewer } from "~/utils/permissions.server";

export interface StrandCoverage {
  strandId: string;
  title: string;
  programmeName: string;
  entries: number;
  statementsEvidenced: number;
  statementsTotal: number;
}

/** Whose records count: one person's, optionally only in one cohort and only what its leads may see. */
export interface CoverageScope {
  ownerId: string;
  cohortId?: string;
  sharedWithLeadsOnly?: boolean;
}

function inScope(eb: ExpressionBuilder<Database, "entries">, scope: CoverageScope) {
  const conditions = [eb("entries.owner_id", "=", scope.ownerId)];
  if (scope.cohortId) conditions.push(eb("entries.cohort_id", "=", scope.cohortId));
  if (scope.sharedWithLeadsOnly) conditions.push(eb("entries.visibility", "in", SHARED_WITH_LEADS));
  return eb.and(conditions);
}

/**
 * For each strand of the programmes: how many of the records in scope are tagged to it, and how many of its outcome
 * statements they have evidenced (tagged on a record or mapped from an evidence item on one). Counted in SQL.
 */
export async function countStrandCoverage(
  db: DB,
  programmeIds: string[],
  scope: CoverageScope,
): Promise<StrandCoverage[]> {
  if (programmeIds.length === 0) return [];
  const [strands, entryCounts, statementCounts] = await Promise.all([
    db
      .selectFrom("strands")
      .innerJoin("programmes", "programmes.id", "strands.programme_id")
      .leftJoin("outcome_statements", "outcome_statements.strand_id", "strands.id")
      .select((eb) => [
        "strands.id",
        "strands.title",
        "programmes.name as programmeName",
        eb.fn.count<string | number>("outcome_statements.id").as("total"),
      ])
      .where("strands.programme_id", "in", programmeIds)
      .groupBy(["strands.id", "strands.title", "programmes.name", "strands.position"])
      .orderBy("programmes.name")
      .orderBy("strands.position")
      .execute(),
    db
      .selectFrom("entry_strands")
      .innerJoin("entries", "entries.id", "entry_strands.entry_id")
      .select((eb) => ["entry_strands.strand_id as strandId", eb.fn.count<string | number>("entries.id").as("n")])
      .where((eb) => inScope(eb, scope))
      .groupBy("entry_strands.strand_id")
      .execute(),
    db
      .selectFrom("outcome_statements")
      .select((eb) => [
        "outcome_statements.strand_id as strandId",
        eb.fn.count<string | number>("outcome_statements.id").as("n"),
      ])
      .where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom("entry_outcomes")
              .innerJoin("entries", "entries.id", "entry_outcomes.entry_id")
              .select("entry_outcomes.entry_id")
              .whereRef("entry_outcomes.outcome_statement_id", "=", "outcome_statements.id")
              .where((inner) => inScope(inner, scope)),
          ),
          eb.exists(
            eb
              .selectFrom("evidence_outcomes")
              .innerJoin("evidence", "evidence.id", "evidence_outcomes.evidence_id")
              .innerJoin("entries", "entries.id", "evidence.entry_id")
              .select("evidence_outcomes.evidence_id")
              .whereRef("evidence_outcomes.outcome_statement_id", "=", "outcome_statements.id")
              .where((inner) => inScope(inner, scope)),
          ),
        ]),
      )
      .groupBy("outcome_statements.strand_id")
      .execute(),
  ]);
  return strands.map((strand) => ({
    strandId: strand.id,
    title: strand.title,
    programmeName: strand.programmeName,
    entries: Number(entryCounts.find((c) => c.strandId === strand.id)?.n ?? 0),
    statementsEvidenced: Number(statementCounts.find((c) => c.strandId === strand.id)?.n ?? 0),
    statementsTotal: Number(strand.total),
  }));
}

/** The participant's own coverage, across every programme they take part in, private records included. */
export function getStrandCoverage(db: DB, viewer: Viewer): Promise<StrandCoverage[]> {
  const programmeIds = [...new Set(participantMemberships(viewer).map((m) => m.programmeId))];
  return countStrandCoverage(db, programmeIds, { ownerId: viewer.id });
}
