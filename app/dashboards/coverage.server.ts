import type { DB } from "~/db.server";
import type { DashboardDetail, DashboardFilters } from "~/dashboards/schema";
import { listDashboardParticipants, num, sharedEntries, type DashboardParticipant } from "./scope.server";

// ---------------------------------------------------------------------------------------------
// 1. Strand coverage: participants × strands (or × outcome statements)

export interface CoverageColumn {
  id: string;
  /** A short label for the column heading: the strand's title, or "1.2" for a statement. */
  label: string;
  /** The full wording (a statement's text). */
  title: string;
  strandTitle: string;
}

export interface CoverageCell {
  records: number;
  evidence: number;
}

export interface StrandCoverageHeatmap {
  detail: DashboardDetail;
  columns: CoverageColumn[];
  rows: { participant: DashboardParticipant; cells: CoverageCell[]; total: CoverageCell }[];
  gaps: number;
}

export async function getStrandCoverageHeatmap(
  db: DB,
  cohortId: string,
  programmeId: string,
  filters: DashboardFilters,
  detail: DashboardDetail = "strands",
  knownParticipants?: DashboardParticipant[],
): Promise<StrandCoverageHeatmap> {
  const allStrands = await db
    .selectFrom("strands")
    .select(["id", "title"])
    .where("programme_id", "=", programmeId)
    .orderBy("position")
    .execute();
  // A filtered strand keeps its number: statement "3.2" is still "3.2".
  const strands = filters.strandId ? allStrands.filter((s) => s.id === filters.strandId) : allStrands;
  const participants = knownParticipants ?? (await listDashboardParticipants(db, cohortId, filters));

  let columns: CoverageColumn[];
  let counts: { ownerId: string; columnId: string; records: string | number; evidence: string | number }[];
  if (detail === "statements") {
    const strandIds = strands.map((s) => s.id);
    const statements =
      strandIds.length === 0
        ? []
        : await db
            .selectFrom("outcome_statements")
            .innerJoin("strands", "strands.id", "outcome_statements.strand_id")
            .select(["outcome_statements.id", "outcome_statements.text", "outcome_statements.strand_id as strandId"])
            .where("outcome_statements.strand_id", "in", strandIds)
            .orderBy("strands.position")
            .orderBy("outcome_statements.position")
            .execute();
    columns = statements.map((st) => {
      const strandIndex = allStrands.findIndex((s) => s.id === st.strandId);
      const within = statements.filter((o) => o.strandId === st.strandId).findIndex((o) => o.id === st.id);
      return {
        id: st.id,
        label: `${strandIndex + 1}.${within + 1}`,
        title: st.text,
        strandTitle: allStrands[strandIndex]?.title ?? "",
      };
    });
    counts = await sharedEntries(db, cohortId, filters)
      .innerJoin("entry_outcomes", "entry_outcomes.entry_id", "entries.id")
      .leftJoin("evidence", "evidence.entry_id", "entries.id")
      .select((eb) => [
        "entries.owner_id as ownerId",
        "entry_outcomes.outcome_statement_id as columnId",
        eb.fn.count<string | number>("entries.id").distinct().as("records"),
        eb.fn.count<string | number>("evidence.id").as("evidence"),
      ])
      .groupBy(["entries.owner_id", "entry_outcomes.outcome_statement_id"])
      .execute();
  } else {
    columns = strands.map((s) => ({ id: s.id, label: s.title, title: s.title, strandTitle: s.title }));
    let query = sharedEntries(db, cohortId, filters)
      .innerJoin("entry_strands", "entry_strands.entry_id", "entries.id")
      .leftJoin("evidence", "evidence.entry_id", "entries.id")
      .select((eb) => [
        "entries.owner_id as ownerId",
        "entry_strands.strand_id as columnId",
        eb.fn.count<string | number>("entries.id").distinct().as("records"),
        eb.fn.count<string | number>("evidence.id").as("evidence"),
      ])
      .groupBy(["entries.owner_id", "entry_strands.strand_id"]);
    if (filters.strandId) query = query.where("entry_strands.strand_id", "=", filters.strandId);
    counts = await query.execute();
  }
  const key = (ownerId: string, columnId: string) => `${ownerId}|${columnId}`;
  const byKey = new Map(
    counts.map((c) => [key(c.ownerId, c.columnId), { records: num(c.records), evidence: num(c.evidence) }]),
  );
  let gaps = 0;
  const rows = participants.map((participant) => {
    const cells = columns.map((column) => byKey.get(key(participant.id, column.id)) ?? { records: 0, evidence: 0 });
    gaps += cells.filter((c) => c.records === 0).length;
    return { participant, cells, total: sumCells(cells) };
  });
  return { detail, columns, rows, gaps };
}

function sumCells(cells: CoverageCell[]): CoverageCell {
  return cells.reduce((acc, c) => ({ records: acc.records + c.records, evidence: acc.evidence + c.evidence }), {
    records: 0,
    evidence: 0,
  });
}
