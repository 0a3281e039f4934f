import { SHARED_WITH_LEADS } from "~/entries/visibility";
import { sql } from "kysely";
import type { DB } from "~/db.server";
import type { DashboardFilters } from "~/dashboards/schema";
import { num, round } from "./scope.server";

// ---------------------------------------------------------------------------------------------
// 3. Audit impact: each follow-up's mean rating against its baseline's

/** The mean of all of an audit's ratings, as a correlated subquery on `audit_id`. */
function auditMean(db: DB, auditIdRef: "follow.entry_id" | "follow.baseline_id") {
  return db
    .selectFrom("audit_ratings")
    .innerJoin("audit_criteria", "audit_criteria.id", "audit_ratings.criterion_id")
    .select((eb) => eb.fn.avg<string | number | null>("audit_ratings.rating").as("mean"))
    .whereRef("audit_criteria.audit_id", "=", sql.ref(auditIdRef));
}

/** One row per follow-up audit its cohort's leads may see (and whose baseline they may see), with both means. */
export function followUpMeans(db: DB, cohortIds: string[] | "all", filters: DashboardFilters = {}) {
  let query = db
    .selectFrom("audits as follow")
    .innerJoin("entries as fe", "fe.id", "follow.entry_id")
    .innerJoin("entries as be", "be.id", "follow.baseline_id")
    .innerJoin("memberships as m", (join) =>
      join
        .onRef("m.cohort_id", "=", "fe.cohort_id")
        .onRef("m.user_id", "=", "fe.owner_id")
        .on("m.role", "=", "participant"),
    )
    .select((_eb) => [
      "follow.entry_id as auditId",
      "fe.cohort_id as cohortId",
      "fe.owner_id as ownerId",
      "follow.focus",
      "m.trust_id as trustId",
      auditMean(db, "follow.baseline_id").as("baselineMean"),
      auditMean(db, "follow.entry_id").as("followUpMean"),
    ])
    .where("follow.kind", "=", "follow_up")
    .where("fe.visibility", "in", SHARED_WITH_LEADS)
    .where("be.visibility", "in", SHARED_WITH_LEADS);
  if (cohortIds !== "all") query = query.where("fe.cohort_id", "in", cohortIds);
  if (filters.track) query = query.where("m.track", "=", filters.track);
  if (filters.trustId) query = query.where("m.trust_id", "=", filters.trustId);
  if (filters.from) query = query.where("fe.occurred_on", ">=", filters.from);
  if (filters.to) query = query.where("fe.occurred_on", "<=", filters.to);
  if (filters.strandId) {
    const strandId = filters.strandId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("entry_strands as tagged")
          .select("tagged.entry_id")
          .whereRef("tagged.entry_id", "=", "fe.id")
          .where("tagged.strand_id", "=", strandId),
      ),
    );
  }
  return query;
}

export interface AuditImpactRow {
  auditId: string;
  ownerId: string;
  participantName: string;
  trustName: string | null;
  focus: string;
  baselineMean: number;
  followUpMean: number;
  change: number;
}

export interface AuditImpactGroup {
  trustId: string | null;
  trustName: string;
  audits: number;
  baselineMean: number;
  followUpMean: number;
  change: number;
}

export interface AuditImpact {
  cohort: AuditImpactGroup | null;
  trusts: AuditImpactGroup[];
  audits: AuditImpactRow[];
}

/**
 * One statement: each compared follow-up audit of the cohort with both means (averaged by the database, once per
 * audit). The trust and whole-cohort figures are then the mean of those per-audit means, as before, taken from the
 * few rows already here rather than by running the per-audit subqueries twice more (they were most of the
 * dashboard's SQL time on the bench dataset: bench/explain.ts).
 */
export async function getAuditImpact(db: DB, cohortId: string, filters: DashboardFilters): Promise<AuditImpact> {
  const rows = await db
    .selectFrom(followUpMeans(db, [cohortId], filters).as("per_audit"))
    .innerJoin("users", "users.id", "per_audit.ownerId")
    .leftJoin("organisations", "organisations.id", "per_audit.trustId")
    .select([
      "per_audit.auditId",
      "per_audit.ownerId",
      "per_audit.trustId",
      "users.name as participantName",
      "organisations.name as trustName",
      "per_audit.focus",
      "per_audit.baselineMean",
      "per_audit.followUpMean",
    ])
    .orderBy("users.name")
    .orderBy("per_audit.focus")
    .execute();
  const compared = rows
    .filter((a) => a.baselineMean !== null && a.followUpMean !== null)
    .map((a) => ({ ...a, baselineMean: num(a.baselineMean), followUpMean: num(a.followUpMean) }));
  const group = (audits: typeof compared) => {
    const baselineMean = audits.reduce((sum, a) => sum + a.baselineMean, 0) / audits.length;
    const followUpMean = audits.reduce((sum, a) => sum + a.followUpMean, 0) / audits.length;
    return {
      audits: audits.length,
      baselineMean: round(baselineMean),
      followUpMean: round(followUpMean),
      change: round(followUpMean - baselineMean),
    };
  };
  const byTrust = new Map<string | null, typeof compared>();
  for (const a of compared) byTrust.set(a.trustId, [...(byTrust.get(a.trustId) ?? []), a]);
  const trusts = [...byTrust.entries()]
    .map(([trustId, audits]) => ({
      trustId,
      trustName: audits[0].trustName ?? "No trust recorded",
      named: audits[0].trustName !== null,
      ...group(audits),
    }))
    // By trust name, as the table reads; audits with no trust recorded come last.
    .sort(
      (a, b) =>
        Number(b.named) - Number(a.named) || (a.trustName < b.trustName ? -1 : a.trustName > b.trustName ? 1 : 0),
    )
    .map(({ named: _named, ...trust }) => trust);
  return {
    cohort: compared.length > 0 ? { trustId: null, trustName: "Whole cohort", ...group(compared) } : null,
    trusts,
    audits: compared.map((a) => ({
      auditId: a.auditId,
      ownerId: a.ownerId,
      participantName: a.participantName,
      trustName: a.trustName,
      focus: a.focus,
      baselineMean: round(a.baselineMean),
      followUpMean: round(a.followUpMean),
      change: round(a.followUpMean - a.baselineMean),
    })),
  };
}
