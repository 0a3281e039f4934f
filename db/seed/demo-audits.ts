import type { Kysely } from "kysely";
import { randomUUID } from "node:crypto";
import type { Database } from "../schema";

// Trust audits for the demo cohort "2024/25 National — North": for most participants with an initiative, a
// baseline audit in September or October 2024 over their initiative's schools, and for about half of them a
// follow-up in June 2025. Most follow-ups show improvement, with a criterion or two flat; one (a paused
// initiative) is slightly worse. Ratings are 1 (not yet evident) to 4 (embedded). Runs after the base demo seed
// and finds everything it needs by querying; it adds nothing if the cohort already has audits.

const COHORT = "2024/25 National — North";

type Trend = "improve" | "mixed" | "worse";

interface AuditPlan {
  email: string;
  focus: string;
  baselineOn: string;
  criteria: string[];
  followUp?: { on: string; trend: Trend; flat?: number[] };
  /** Hand-written ratings, criteria × schools (the initiative's schools in name order). */
  ratings?: { baseline: number[][]; followUp: number[][] };
  notes?: { baseline?: Record<string, string>; followUp?: Record<string, string> };
}

const PLANS: AuditPlan[] = [
  {
    email: "participant@example.org",
    focus: "Teaching for mastery across our secondary maths departments",
    baselineOn: "2024-09-27",
    criteria: [
      "The department shares a written set of principles for effective maths teaching",
      "Lessons follow a clear, shared lesson structure",
      "Teachers use concrete and pictorial representations to expose mathematical structure",
      "Pupils explain their reasoning in full mathematical sentences",
      "The head of department can describe the five big ideas of teaching for mastery",
      "Teachers plan collaboratively from shared resources",
    ],
    followUp: { on: "2025-06-13", trend: "improve" },
    // Calderbrook, Harrowfell, Kestrel Moor, Oakholme: three of four departments at 1 or 2 for shared principles.
    ratings: {
      baseline: [
        [3, 2, 1, 2],
        [2, 1, 1, 2],
        [2, 2, 1, 3],
        [2, 1, 1, 2],
        [3, 3, 1, 2],
        [2, 2, 2, 3],
      ],
      followUp: [
        [4, 3, 3, 3],
        [3, 3, 2, 3],
        [3, 3, 2, 3],
        [3, 2, 2, 3],
        [4, 4, 3, 3],
        [2, 2, 2, 3],
      ],
    },
    notes: {
      baseline: {
        "0,2": "No written principles yet; the head of department is new in post.",
        "1,1": "A shared structure seen in 2 of 8 lessons on the learning walk.",
        "4,2": "Could name one of the five big ideas.",
      },
      followUp: {
        "0,2": "The trust vision is displayed and referred to in department meetings.",
        "1,1": "The agreed structure seen in 6 of 8 lessons.",
        "5,0": "Not yet a focus: joint planning is planned for 2025/26.",
      },
    },
  },
  {
    email: "participant2@example.org",
    focus: "KS3 curriculum coherence across Wearside Horizons",
    baselineOn: "2024-09-24",
    criteria: [
      "The KS3 scheme of work sequences units so that prerequisite ideas come first",
      "Each unit names the key representations and models to be used",
      "Fractions, ratio and proportion are taught in the same order and term as in the other schools",
      "Common assessments are aligned to the scheme of work and comparable across schools",
      "Teachers plan from the shared scheme rather than planning alone",
      "Each unit identifies common misconceptions and how to address them",
    ],
    followUp: { on: "2025-06-17", trend: "improve", flat: [5] },
  },
  {
    email: "grace.okonkwo@example.org",
    focus: "Multiplication fact fluency in Year 7 lessons",
    baselineOn: "2024-09-18",
    criteria: [
      "Daily fluency practice of multiplication facts is planned into Year 7 lessons",
      "Fluency practice is short, cumulative and low-stakes",
      "Teachers connect multiplication facts to arrays and the area model",
      "Pupils' recall is checked regularly and the results are used to plan practice",
      "Pupils who are not yet fluent get targeted practice in class",
    ],
    followUp: { on: "2025-06-10", trend: "improve" },
  },
  {
    email: "hannah.lowe@example.org",
    focus: "Collaborative professional development in maths departments",
    baselineOn: "2024-10-08",
    criteria: [
      "Teachers observe colleagues' lessons with a focus on pupils' learning",
      "The department has protected time for collaborative planning",
      "Lesson study cycles are planned and completed",
      "Teachers draw on research and professional reading when planning",
      "Learning from observations is shared across the trust",
    ],
    followUp: { on: "2025-06-24", trend: "mixed", flat: [1, 3] },
  },
  {
    email: "sunil.mistry@example.org",
    focus: "Middle leadership of maths across the trust",
    baselineOn: "2024-09-17",
    criteria: [
      "The head of department leads a shared vision for maths in the department",
      "Department meetings give time to teaching and learning, not only administration",
      "The head of department monitors teaching through drop-ins and work scrutiny",
      "Heads of department collaborate with their counterparts in other trust schools",
      "New staff are inducted into the department's approaches to teaching maths",
      "The department's improvement plan is based on evidence of need",
    ],
  },
  {
    email: "rebecca.thornton@example.org",
    focus: "Continuity in maths from Year 6 to Year 7",
    baselineOn: "2024-09-25",
    criteria: [
      "Teachers know the ready-to-progress criteria for Years 5 to 7",
      "Lessons use the representations agreed across the two phases",
      "Information about pupils' attainment passes between phases and is used in planning",
      "Teachers have observed lessons in the other phase",
      "Pupils can explain how new learning builds on what they learned before",
    ],
    followUp: { on: "2025-06-12", trend: "improve" },
  },
  {
    email: "kwame.mensah@example.org",
    focus: "Subject knowledge for teaching among non-specialist teachers of maths",
    baselineOn: "2024-10-15",
    criteria: [
      "Non-specialist teachers plan from unit guides with subject knowledge notes",
      "Each non-specialist has a specialist colleague to plan with",
      "Explanations in lessons are mathematically accurate and precise",
      "Teachers anticipate and address common misconceptions",
      "Non-specialists take part in subject-specific professional development each half term",
    ],
  },
  {
    email: "laura.pickering@example.org",
    focus: "Mathematical thinking in KS3 tasks",
    baselineOn: "2024-09-30",
    criteria: [
      "Lessons include tasks that ask pupils to generalise, specialise or conjecture",
      "Teachers ask questions that probe pupils' reasoning",
      "Pupils are given time to think before answering",
      "Pupils' books show reasoning, not only procedures",
      "Pupils describe maths as more than following steps",
    ],
    followUp: { on: "2025-06-19", trend: "worse" },
  },
  {
    email: "fatima.hussain@example.org",
    focus: "Variation in KS3 examples and practice",
    baselineOn: "2024-10-02",
    criteria: [
      "Example sequences vary one feature at a time to draw attention to structure",
      "Practice includes non-examples and “what is the same, what is different?” questions",
      "Teachers plan the examples before choosing exercises",
      "Resources avoid long runs of near-identical questions",
      "Pupils are asked to explain the effect of a change in an example",
      "Unit plans name the variation the examples are designed to show",
    ],
    followUp: { on: "2025-06-18", trend: "improve", flat: [3] },
  },
  {
    email: "liam.crowther@example.org",
    focus: "Reasoning with stem sentences in Year 7",
    baselineOn: "2024-10-16",
    criteria: [
      "Units include stem sentences for the key ideas",
      "Teachers model stem sentences before pupils use them",
      "Pupils use stem sentences when explaining their reasoning aloud",
      "Written explanations in books use full mathematical sentences",
      "Stem sentences are consistent across classes and schools",
    ],
  },
  {
    email: "emma.sowerby@example.org",
    focus: "Maths across the trust: curriculum, teaching and assessment",
    baselineOn: "2024-09-19",
    criteria: [
      "The maths curriculum is coherent and well sequenced",
      "Lessons show the features of teaching for mastery",
      "Assessment identifies gaps and informs teaching",
      "Pupils with low prior attainment are supported to keep up",
      "Teachers take part in subject-specific professional development",
      "The department has a shared vision for teaching maths",
      "The head of department has time and support to lead improvement",
      "Pupils have positive attitudes to maths",
    ],
    followUp: { on: "2025-06-11", trend: "improve", flat: [7] },
  },
  {
    email: "michael.doherty@example.org",
    focus: "Features of teaching for mastery beyond the Mastery Advocates",
    baselineOn: "2024-09-23",
    criteria: [
      "Lessons are built around small, coherent steps",
      "Representations are used to expose mathematical structure",
      "Pupils practise with intelligent variation",
      "Teachers check understanding and address misconceptions within the lesson",
      "All pupils work on the same key idea, with support and challenge",
      "Pupils explain their reasoning using precise mathematical language",
    ],
  },
  {
    email: "patrick.nolan@example.org",
    focus: "Checking for understanding in KS3 lessons",
    baselineOn: "2024-09-20",
    criteria: [
      "Teachers use mini-whiteboards to see every pupil's answer",
      "Hinge questions are planned at key points in the lesson",
      "Teachers adapt the lesson in response to pupils' answers",
      "Misconceptions are addressed before pupils practise independently",
      "Wrong answers are treated as useful information",
    ],
    followUp: { on: "2025-06-16", trend: "improve" },
  },
  {
    email: "rachel.brennan@example.org",
    focus: "Support for Year 7 pupils with low prior attainment",
    baselineOn: "2024-10-01",
    criteria: [
      "Low-attaining pupils are taught the same key ideas as their peers",
      "Teaching assistants use the same representations as teachers",
      "Gaps in number sense are identified early through diagnostic checks",
      "In-class support replaces withdrawal from maths lessons",
      "Pupils in the target group are confident to attempt problems",
    ],
  },
  {
    email: "tom.ashworth@example.org",
    focus: "Subject-specific support for early career teachers of maths",
    baselineOn: "2024-10-10",
    criteria: [
      "Each early career teacher has a mentor who teaches maths",
      "Early career teachers have maths-specific development each half term",
      "Early career teachers observe experienced maths teachers in their own and other schools",
      "Mentoring conversations focus on the maths being taught",
      "Early career teachers plan with colleagues who teach the same year group",
    ],
  },
  {
    email: "joe.whitfield@example.org",
    focus: "Assessment in KS3 maths",
    baselineOn: "2024-09-26",
    criteria: [
      "The department uses the trust's common assessments",
      "Assessment items test reasoning as well as procedures",
      "Teachers moderate marking with colleagues in other schools",
      "Item analysis is used to plan re-teaching",
      "Misconceptions common across the trust are identified and shared",
    ],
  },
];

/** A small deterministic random source, so the demo data is the same on every start. */
function randomFrom(seedText: string): () => number {
  let seed = 2166136261;
  for (const char of seedText) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (n: number) => Math.min(4, Math.max(1, Math.round(n)));

/** Baseline ratings: each school has a level, each criterion is easier or harder, with a little noise. */
function baselineRatings(plan: AuditPlan, schoolCount: number): number[][] {
  const random = randomFrom(`${plan.email} baseline`);
  const schools = Array.from({ length: schoolCount }, () => 1.5 + random() * 1.2);
  return plan.criteria.map(() => {
    const offset = (random() - 0.5) * 1.0;
    return schools.map((level) => clamp(level + offset + (random() - 0.5) * 0.9));
  });
}

/** Follow-up ratings from the baseline's: up a step in most cells, flat criteria unchanged, or slightly worse. */
function followUpRatings(plan: AuditPlan, baseline: number[][]): number[][] {
  const random = randomFrom(`${plan.email} follow-up`);
  const trend = plan.followUp?.trend ?? "improve";
  const flat = new Set(plan.followUp?.flat ?? []);
  let cell = 0;
  return baseline.map((row, c) =>
    row.map((rating) => {
      cell += 1;
      const roll = random();
      if (flat.has(c)) return rating;
      if (trend === "worse") return cell % 4 === 1 && rating > 1 ? rating - 1 : rating;
      if (trend === "mixed") return roll < 0.3 ? Math.min(4, rating + 1) : rating;
      return roll < 0.65 ? Math.min(4, rating + 1) : roll < 0.7 ? Math.min(4, rating + 2) : rating;
    }),
  );
}

/** Demo audits for the North cohort; call it with the demo seed's transaction, or alone (it opens its own). */
export async function seedDemoAudits(db: Kysely<Database>): Promise<void> {
  const cohort = await db.selectFrom("cohorts").select("id").where("name", "=", COHORT).executeTakeFirst();
  if (!cohort) return;
  const existing = await db
    .selectFrom("entries")
    .select("id")
    .where("cohort_id", "=", cohort.id)
    .where("kind", "=", "audit")
    .limit(1)
    .executeTakeFirst();
  if (existing) return;

  // Part of the caller's transaction when given one (the demo seed is all or nothing), else its own.
  const inTransaction = (work: (trx: Kysely<Database>) => Promise<void>) =>
    db.isTransaction ? work(db) : db.transaction().execute(work);
  await inTransaction(async (trx) => {
    for (const plan of PLANS) {
      const owner = await trx
        .selectFrom("users")
        .innerJoin("memberships", "memberships.user_id", "users.id")
        .select("users.id")
        .where("users.email", "=", plan.email)
        .where("memberships.cohort_id", "=", cohort.id)
        .where("memberships.role", "=", "participant")
        .executeTakeFirst();
      if (!owner) continue;
      const initiative = await trx
        .selectFrom("entries")
        .select(["id", "visibility"])
        .where("owner_id", "=", owner.id)
        .where("cohort_id", "=", cohort.id)
        .where("kind", "=", "initiative")
        .orderBy("occurred_on")
        .orderBy("created_at")
        .executeTakeFirst();
      if (!initiative) continue;
      const schools = await trx
        .selectFrom("initiative_schools")
        .innerJoin("organisations", "organisations.id", "initiative_schools.school_id")
        .select(["organisations.id", "organisations.name"])
        .where("initiative_schools.initiative_id", "=", initiative.id)
        .orderBy("organisations.name")
        .execute();
      if (schools.length === 0) continue;
      const strands = await trx
        .selectFrom("entry_strands")
        .select("strand_id")
        .where("entry_id", "=", initiative.id)
        .execute();

      const baseline = plan.ratings?.baseline ?? baselineRatings(plan, schools.length);
      const insertAudit = async (
        kind: "baseline" | "follow_up",
        conductedOn: string,
        ratings: number[][],
        notes: Record<string, string>,
        baselineId: string | null,
        baselineCriteria: string[],
      ) => {
        const id = randomUUID();
        const stamp = `${conductedOn}T15:30:00.000Z`;
        await trx
          .insertInto("entries")
          .values({
            id,
            kind: "audit",
            owner_id: owner.id,
            cohort_id: cohort.id,
            initiative_id: initiative.id,
            title: plan.focus,
            status: "complete",
            visibility: initiative.visibility,
            occurred_on: conductedOn,
            created_at: stamp,
            updated_at: stamp,
          })
          .execute();
        await trx
          .insertInto("audits")
          .values({ entry_id: id, focus: plan.focus, kind, baseline_id: baselineId, conducted_on: conductedOn })
          .execute();
        await trx
          .insertInto("audit_schools")
          .values(schools.map((school, position) => ({ audit_id: id, school_id: school.id, position })))
          .execute();
        const criterionIds = plan.criteria.map(() => randomUUID());
        await trx
          .insertInto("audit_criteria")
          .values(
            plan.criteria.map((text, position) => ({
              id: criterionIds[position],
              audit_id: id,
              text,
              position,
              baseline_criterion_id: baselineCriteria[position] ?? null,
            })),
          )
          .execute();
        await trx
          .insertInto("audit_ratings")
          .values(
            plan.criteria.flatMap((_, c) =>
              schools.map((school, s) => ({
                criterion_id: criterionIds[c],
                school_id: school.id,
                rating: ratings[c][s],
                note: notes[`${c},${s}`] ?? "",
              })),
            ),
          )
          .execute();
        if (strands.length > 0) {
          await trx
            .insertInto("entry_strands")
            .values(strands.map((s) => ({ entry_id: id, strand_id: s.strand_id })))
            .execute();
        }
        return { id, criterionIds };
      };

      const first = await insertAudit("baseline", plan.baselineOn, baseline, plan.notes?.baseline ?? {}, null, []);
      if (plan.followUp) {
        const later = plan.ratings?.followUp ?? followUpRatings(plan, baseline);
        await insertAudit(
          "follow_up",
          plan.followUp.on,
          later,
          plan.notes?.followUp ?? {},
          first.id,
          first.criterionIds,
        );
      }
    }
  });
}
