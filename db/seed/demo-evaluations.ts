import type { Kysely } from "kysely";
import { randomUUID } from "node:crypto";
import type { Database, EvidenceType } from "../schema";

// Demo evaluations for "2024/25 National — North": the kind of each demo evidence item (some left unsaid, as
// real participants leave them), and a few levels of evaluation on three initiatives, chosen so the demo shows
// a well-supported judgement beside claims the weak-evidence warnings catch. Runs after db/seed/demo-evidence.ts
// and finds everything by querying; adds no records, only evaluations and evidence types.

const COHORT = "2024/25 National — North";

/** The demo evidence's kinds, by title. Reference links (NCETM, EEF pages) stay untyped: they show no impact. */
const EVIDENCE_TYPES_BY_TITLE: Record<string, EvidenceType> = {
  "Trust vision for maths, draft 3": "artefact",
  "Learning walk look-fors: autumn and spring": "observation",
  "KS3 curriculum map, Year 7 units": "artefact",
  "Pupil attitude survey: before and after": "self_report",
  "Notes from the first heads of department meeting": "artefact",
};

interface DemoLevel {
  level: number;
  lookedFor: string;
  method: string;
  findings: string;
  judgement: string;
  /** Titles of the initiative's evidence the judgement rests on. */
  restsOn: string[];
  updatedOn: string;
}

/** Keyed by the title of a demo evidence item on the initiative, which is how the initiative is found. */
const EVALUATIONS: { initiativeWithEvidence: string; levels: DemoLevel[] }[] = [
  {
    initiativeWithEvidence: "Trust vision for maths, draft 3",
    levels: [
      {
        level: 1,
        lookedFor: "Heads of department find the shared vision work worth their time and want to carry on.",
        method: "survey",
        findings:
          "In the December survey all four heads of department rated the vision meetings 'useful' or 'very useful'; three asked for more time to plan learning walks together.",
        judgement: "some_impact",
        restsOn: [],
        updatedOn: "2024-12-16",
      },
      {
        level: 3,
        lookedFor:
          "Each school gives time for paired learning walks and puts the look-fors on department meeting agendas.",
        method: "audit,observation",
        findings:
          "All four schools timetabled two paired learning walks per term. Ratings for 'shared lesson structure' rose in every school between autumn and spring.",
        judgement: "some_impact",
        restsOn: ["Trust vision for maths, draft 3", "Learning walk look-fors: autumn and spring"],
        updatedOn: "2025-03-21",
      },
    ],
  },
  {
    initiativeWithEvidence: "KS3 curriculum map, Year 7 units",
    levels: [
      {
        level: 1,
        lookedFor: "Teachers in the cross-school teams value the shared planning time.",
        method: "interview",
        findings: "Too early to say: the first unit trial finished only last week.",
        judgement: "no_clear_impact",
        restsOn: [],
        updatedOn: "2025-01-31",
      },
      {
        level: 2,
        lookedFor: "Teams can explain the small steps of their trial unit and the reasons for the order.",
        method: "work_scrutiny",
        findings: "Every team produced a unit plan with small steps and diagnostic questions in the agreed format.",
        judgement: "some_impact",
        restsOn: ["KS3 curriculum map, Year 7 units"],
        updatedOn: "2025-02-07",
      },
    ],
  },
  {
    initiativeWithEvidence: "Pupil attitude survey: before and after",
    levels: [
      {
        level: 5,
        lookedFor: "More pupils are confident explaining their thinking in maths.",
        method: "survey",
        findings:
          "The share of pupils agreeing 'I can explain my thinking in maths' rose in all three schools after one term.",
        judgement: "strong_impact",
        restsOn: ["Pupil attitude survey: before and after"],
        updatedOn: "2025-02-14",
      },
    ],
  },
];

/** Safe to run more than once, and inside or outside a transaction. */
export async function seedDemoEvaluations(db: Kysely<Database>): Promise<void> {
  const cohort = await db.selectFrom("cohorts").select("id").where("name", "=", COHORT).executeTakeFirst();
  if (!cohort) return;
  const inTransaction = <T>(work: (trx: Kysely<Database>) => Promise<T>) =>
    db.isTransaction ? work(db) : db.transaction().execute(work);
  await inTransaction(async (trx) => {
    const evidence = await trx
      .selectFrom("evidence")
      .innerJoin("entries", "entries.id", "evidence.entry_id")
      .select(["evidence.id", "evidence.title", "evidence.evidence_type as evidenceType", "entries.id as entryId"])
      .where("entries.cohort_id", "=", cohort.id)
      .where("entries.kind", "=", "initiative")
      .execute();

    for (const item of evidence) {
      const type = EVIDENCE_TYPES_BY_TITLE[item.title];
      // Only where nobody has said yet: a type someone chose is theirs.
      if (type && item.evidenceType === null) {
        await trx.updateTable("evidence").set({ evidence_type: type }).where("id", "=", item.id).execute();
      }
    }

    for (const plan of EVALUATIONS) {
      const anchor = evidence.find((e) => e.title === plan.initiativeWithEvidence);
      if (!anchor) continue;
      const initiativeId = anchor.entryId;
      const own = evidence.filter((e) => e.entryId === initiativeId);
      for (const level of plan.levels) {
        const seeded = await trx
          .selectFrom("evaluations")
          .select("id")
          .where("initiative_id", "=", initiativeId)
          .where("level", "=", level.level)
          .executeTakeFirst();
        if (seeded) continue;
        const id = randomUUID();
        await trx
          .insertInto("evaluations")
          .values({
            id,
            initiative_id: initiativeId,
            level: level.level,
            looked_for: level.lookedFor,
            method: level.method,
            findings: level.findings,
            judgement: level.judgement,
            updated_at: `${level.updatedOn}T16:00:00.000Z`,
          })
          .execute();
        const evidenceIds = own.filter((e) => level.restsOn.includes(e.title)).map((e) => e.id);
        if (evidenceIds.length > 0) {
          await trx
            .insertInto("evaluation_evidence")
            .values(evidenceIds.map((evidenceId) => ({ evaluation_id: id, evidence_id: evidenceId })))
            .execute();
        }
      }
    }
  });
}
