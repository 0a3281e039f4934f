import type { DB } from "~/db.server";

export interface StatementOption {
  id: string;
  text: string;
  parentId: string | null;
}

export interface StrandOption {
  id: string;
  key: string;
  title: string;
  leadIn: string;
  statements: StatementOption[];
}

/** A programme's strands with their outcome statements in document order (sub-statements after their parent). */
export async function getFramework(db: DB, programmeId: string): Promise<StrandOption[]> {
  const strands = await db
    .selectFrom("strands")
    .select(["id", "key", "title", "lead_in as leadIn"])
    .where("programme_id", "=", programmeId)
    .orderBy("position")
    .execute();
  const statements = await db
    .selectFrom("outcome_statements")
    .innerJoin("strands", "strands.id", "outcome_statements.strand_id")
    .select([
      "outcome_statements.id",
      "outcome_statements.strand_id as strandId",
      "outcome_statements.parent_id as parentId",
      "outcome_statements.text",
      "outcome_statements.position",
    ])
    .where("strands.programme_id", "=", programmeId)
    .orderBy("outcome_statements.position")
    .execute();
  return strands.map((strand) => ({
    ...strand,
    statements: statements
      .filter((s) => s.strandId === strand.id)
      .map(({ id, text, parentId }) => ({ id, text, parentId })),
  }));
}

export async function listProgrammes(db: DB) {
  return db.selectFrom("programmes").select(["id", "code", "name", "summary"]).orderBy("name").execute();
}

export async function getProgramme(db: DB, programmeId: string) {
  const programme = await db
    .selectFrom("programmes")
    .select(["id", "code", "name", "summary"])
    .where("id", "=", programmeId)
    .executeTakeFirst();
  if (!programme) return null;
  const criteria = await db
    .selectFrom("accreditation_criteria")
    .select(["id", "text"])
    .where("programme_id", "=", programmeId)
    .orderBy("position")
    .execute();
  return { ...programme, strands: await getFramework(db, programmeId), criteria };
}
