import type { Kysely } from "kysely";
import { randomUUID } from "node:crypto";
import type { Database } from "../schema";
import { frameworks } from "./frameworks";

/** Inserts each programme's outcome framework once; programmes already present (by code) are left as they are. */
export async function seedFrameworks(db: Kysely<Database>): Promise<void> {
  for (const framework of frameworks) {
    const existing = await db
      .selectFrom("programmes")
      .select("id")
      .where("code", "=", framework.code)
      .executeTakeFirst();
    if (existing) continue;
    await db.transaction().execute(async (trx) => {
      const programmeId = randomUUID();
      await trx
        .insertInto("programmes")
        .values({ id: programmeId, code: framework.code, name: framework.name, summary: framework.summary })
        .execute();
      for (const [strandPosition, strand] of framework.strands.entries()) {
        const strandId = randomUUID();
        await trx
          .insertInto("strands")
          .values({
            id: strandId,
            programme_id: programmeId,
            key: strand.key,
            title: strand.title,
            lead_in: strand.leadIn,
            position: strandPosition,
          })
          .execute();
        let position = 0;
        for (const statement of strand.statements) {
          const statementId = randomUUID();
          await trx
            .insertInto("outcome_statements")
            .values({
              id: statementId,
              strand_id: strandId,
              parent_id: null,
              text: statement.text,
              position: position++,
            })
            .execute();
          for (const child of statement.children ?? []) {
            await trx
              .insertInto("outcome_statements")
              .values({
                id: randomUUID(),
                strand_id: strandId,
                parent_id: statementId,
                text: child,
                position: position++,
              })
              .execute();
          }
        }
      }
      if (framework.criteria.length > 0) {
        await trx
          .insertInto("accreditation_criteria")
          .values(
            framework.criteria.map((text, position) => ({
              id: randomUUID(),
              programme_id: programmeId,
              text,
              position,
            })),
          )
          .execute();
      }
    });
  }
}
