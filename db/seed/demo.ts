import type { Kysely } from "kysely";
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../app/utils/password.server";
import type { Database } from "../schema";
import { demoAdmin, demoCohorts, type DemoPerson } from "./demo-data";

/** Every demo account signs in with this password (listed in the README). */
export const DEMO_PASSWORD = "maths-hub-demo";

/** The demo cohorts of the README: a programme admin, cohort leads and participants with initiatives. Run it in a transaction. */
export async function seedDemo(trx: Kysely<Database>): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, string>();
  async function user(person: DemoPerson, isAdmin = false): Promise<string> {
    const known = userIds.get(person.email);
    if (known) return known;
    const id = randomUUID();
    await trx
      .insertInto("users")
      .values({
        id,
        email: person.email.toLowerCase(),
        name: person.name,
        password_hash: passwordHash,
        is_admin: isAdmin ? 1 : 0,
        deactivated_at: null,
        created_at: "2024-09-01T08:00:00.000Z",
      })
      .execute();
    userIds.set(person.email, id);
    return id;
  }
  await user(demoAdmin, true);

  for (const demo of demoCohorts) {
    const programme = await trx
      .selectFrom("programmes")
      .select("id")
      .where("code", "=", demo.programmeCode)
      .executeTakeFirstOrThrow();
    const cohortId = randomUUID();
    await trx
      .insertInto("cohorts")
      .values({ id: cohortId, programme_id: programme.id, name: demo.name, academic_year: demo.academicYear })
      .execute();
    await trx
      .insertInto("workshops")
      .values(
        demo.workshops.map((w, position) => ({
          id: randomUUID(),
          cohort_id: cohortId,
          title: w.title,
          held_on: w.heldOn,
          position,
        })),
      )
      .execute();

    const strands = await trx
      .selectFrom("strands")
      .select(["id", "key"])
      .where("programme_id", "=", programme.id)
      .execute();
    const statements = await trx
      .selectFrom("outcome_statements")
      .innerJoin("strands", "strands.id", "outcome_statements.strand_id")
      .select(["outcome_statements.id", "outcome_statements.text"])
      .where("strands.programme_id", "=", programme.id)
      .execute();

    const trustIds = new Map<string, string>();
    const schoolIds = new Map<string, string>();
    for (const trust of demo.trusts) {
      const trustId = randomUUID();
      trustIds.set(trust.name, trustId);
      await trx
        .insertInto("organisations")
        .values({ id: trustId, kind: "trust", name: trust.name, parent_id: null, phase: null, urn: null })
        .execute();
      for (const school of trust.schools) {
        const schoolId = randomUUID();
        schoolIds.set(`${trust.name}/${school.name}`, schoolId);
        await trx
          .insertInto("organisations")
          .values({
            id: schoolId,
            kind: "school",
            name: school.name,
            parent_id: trustId,
            phase: school.phase,
            urn: school.urn,
          })
          .execute();
      }
    }

    for (const lead of demo.leads) {
      await trx
        .insertInto("memberships")
        .values({
          id: randomUUID(),
          cohort_id: cohortId,
          user_id: await user(lead),
          role: "lead",
          track: null,
          trust_id: null,
        })
        .execute();
    }

    for (const participant of demo.participants) {
      const ownerId = await user(participant);
      const trustId = trustIds.get(participant.trust);
      if (!trustId) throw new Error(`Demo participant ${participant.email} names unknown trust ${participant.trust}`);
      await trx
        .insertInto("memberships")
        .values({
          id: randomUUID(),
          cohort_id: cohortId,
          user_id: ownerId,
          role: "participant",
          track: participant.track,
          trust_id: trustId,
        })
        .execute();
      const school = (name: string) => {
        const id = schoolIds.get(`${participant.trust}/${name}`);
        if (!id) throw new Error(`Demo school ${name} is not in ${participant.trust}`);
        return id;
      };

      for (const initiative of participant.initiatives) {
        const entryId = randomUUID();
        const stamp = `${initiative.startsOn}T09:00:00.000Z`;
        await trx
          .insertInto("entries")
          .values({
            id: entryId,
            kind: "initiative",
            owner_id: ownerId,
            cohort_id: cohortId,
            initiative_id: null,
            title: initiative.title,
            status: initiative.status,
            visibility: initiative.visibility,
            occurred_on: initiative.startsOn,
            created_at: stamp,
            updated_at: stamp,
          })
          .execute();
        await trx
          .insertInto("initiatives")
          .values({
            entry_id: entryId,
            problem: initiative.problem,
            evidence_of_need: initiative.evidenceOfNeed,
            approach: initiative.approach,
            active_ingredients: initiative.activeIngredients,
            starts_on: initiative.startsOn,
            ends_on: initiative.endsOn,
          })
          .execute();
        await trx
          .insertInto("initiative_schools")
          .values(initiative.schools.map((name) => ({ initiative_id: entryId, school_id: school(name) })))
          .execute();
        const outcomes = [
          ...initiative.implementationOutcomes.map((o) => ({ ...o, kind: "implementation" as const })),
          ...initiative.finalOutcomes.map((o) => ({ ...o, kind: "final" as const })),
        ];
        await trx
          .insertInto("initiative_outcomes")
          .values(
            outcomes.map((o, position) => ({
              id: randomUUID(),
              initiative_id: entryId,
              kind: o.kind,
              description: o.description,
              measure: o.measure,
              measured_when: o.measuredWhen,
              position,
            })),
          )
          .execute();
        const strandRows = initiative.strandKeys.map((key) => {
          const strand = strands.find((s) => s.key === key);
          if (!strand) throw new Error(`Demo strand ${key} is not in ${demo.programmeCode}`);
          return { entry_id: entryId, strand_id: strand.id };
        });
        if (strandRows.length > 0) await trx.insertInto("entry_strands").values(strandRows).execute();
        const outcomeRows = initiative.outcomeStatements.map((text) => {
          const statement = statements.find((s) => s.text === text);
          if (!statement) throw new Error(`Demo outcome statement not found word for word: ${text}`);
          return { entry_id: entryId, outcome_statement_id: statement.id };
        });
        if (outcomeRows.length > 0) await trx.insertInto("entry_outcomes").values(outcomeRows).execute();

        for (const [position, action] of initiative.actions.entries()) {
          const actionId = randomUUID();
          await trx
            .insertInto("action_items")
            .values({
              id: actionId,
              initiative_id: entryId,
              description: action.description,
              owner_name: action.ownerName,
              due_on: action.dueOn,
              success_criteria: action.successCriteria,
              rag: action.rag,
              position,
            })
            .execute();
          if (action.schools.length > 0) {
            await trx
              .insertInto("action_item_schools")
              .values(action.schools.map((name) => ({ action_item_id: actionId, school_id: school(name) })))
              .execute();
          }
        }
      }
    }
  }
}
