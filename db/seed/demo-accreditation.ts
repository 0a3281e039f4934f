import type { Kysely } from "kysely";
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../app/utils/password.server";
import type { CriterionReviewStatus, Database, EvidenceType, Visibility } from "../schema";
import { DEMO_PASSWORD } from "./demo";

// A PD Lead Programme cohort for the accreditation pages: PD leads each designing a programme of professional
// development, with reflections after the workshops held so far, evidence, an evaluation, and criteria in every
// state of review (approved, needs work with the lead's comment, submitted, not started). Helen Marsden
// (lead@example.org) leads it as well as her North cohort. Runs after the other demo seeds, which fill every
// cohort with generic records: this cohort's records are written here only.

const COHORT_NAME = "2026/27 PD Lead Programme — Central";

const WORKSHOPS = [
  { title: "Workshop 1: Principles of maths professional development design", heldOn: "2026-09-24" },
  { title: "Workshop 2: Leading and reviewing your PD programme", heldOn: "2026-11-12" },
  { title: "Workshop 3: Evaluating your programme against its intended outcomes", heldOn: "2027-03-11" },
];

interface DemoEvidence {
  title: string;
  description: string;
  url: string;
  type: EvidenceType;
  /** Criteria (1-based) this evidence is mapped to. */
  criteria: number[];
}

interface DemoReflection {
  workshop: number;
  writtenOn: string;
  title: string;
  what: string;
  soWhat: string;
  nowWhat: string;
  visibility: Visibility;
}

interface DemoCriterion {
  number: number;
  statement: string;
  /** The history in order: who acts is the participant for "submitted", the lead otherwise. */
  events: { status: CriterionReviewStatus; on: string; note?: string }[];
  /** Map the participant's initiative and reflections to it. */
  mapInitiative?: boolean;
  mapReflections?: boolean;
}

interface DemoPdLead {
  email: string;
  name: string;
  trust: string;
  initiative: {
    title: string;
    problem: string;
    approach: string;
    activeIngredients: string;
    evidenceOfNeed: string;
    actions: { description: string; dueOn: string; rag: "not_started" | "on_track" | "at_risk" | "done" }[];
    outcomes: { kind: "implementation" | "final"; description: string; measure: string; measuredWhen: string }[];
  };
  reflections: DemoReflection[];
  evidence: DemoEvidence[];
  evaluation?: { level: number; lookedFor: string; method: string; findings: string; judgement: string };
  criteria: DemoCriterion[];
}

const PD_LEADS: DemoPdLead[] = [
  {
    email: "pdlead@example.org",
    name: "Sam Okafor",
    trust: "Arden Valley Schools Trust",
    initiative: {
      title: "Fractions Work Group for Year 5 to 7 teachers",
      problem:
        "Teachers in our five partner schools teach fractions as procedures; pupils arriving in Year 7 cannot place fractions on a number line or compare them with reasoning.",
      evidenceOfNeed:
        "Year 7 baseline: 38% could place 3/4 on a number line. Lesson visits in spring found fractions taught rule-first in 9 of 12 lessons.",
      approach:
        "A three-session Work Group for 12 teachers (Years 5 to 7): shared lesson design around the number line, trying it in class between sessions, and reviewing pupils' work together.",
      activeIngredients:
        "Collaborative planning of one lesson per session; a common number-line representation; teachers bring pupils' work back to each session.",
      actions: [
        {
          description: "Recruit 12 teachers across the five schools and agree dates with headteachers",
          dueOn: "2026-10-09",
          rag: "done",
        },
        { description: "Run session 1: the number line as the core representation", dueOn: "2026-10-22", rag: "done" },
        {
          description: "Run session 2: comparing fractions with reasoning; review pupils' work",
          dueOn: "2026-12-03",
          rag: "on_track",
        },
        {
          description: "Run session 3 and gather teachers' and pupils' evidence",
          dueOn: "2027-02-11",
          rag: "not_started",
        },
      ],
      outcomes: [
        {
          kind: "implementation",
          description: "Teachers plan fractions lessons around the number line",
          measure: "Planning scrutiny of two lessons per teacher",
          measuredWhen: "After session 2 and after session 3",
        },
        {
          kind: "final",
          description: "Pupils place and compare fractions on a number line with reasoning",
          measure: "The Year 7 baseline task repeated with the same classes",
          measuredWhen: "February 2027",
        },
      ],
    },
    reflections: [
      {
        workshop: 0,
        writtenOn: "2026-09-29",
        title: "Designing PD: what the evidence says about duration and focus",
        what: "Workshop 1 looked at principles of effective PD: sustained over time, focused on subject and pupils, with collaboration and challenge.",
        soWhat:
          "My first plan was a single twilight session. That would not change practice; three sessions with classroom work between them fits the principles better.",
        nowWhat: "Redesign as a three-session Work Group with a gap task after each session.",
        visibility: "leads",
      },
      {
        workshop: 1,
        writtenOn: "2026-11-16",
        title: "Leading session 1: teachers' knowledge of maths and of teaching maths",
        what: "In session 1 several teachers were confident with fraction arithmetic but unsure how to explain why the number line helps.",
        soWhat:
          "This is the distinction from workshop 2 between knowing the maths and knowing how to teach it; my sessions had assumed the second.",
        nowWhat: "Add a short task to session 2 where teachers predict pupils' misconceptions before planning.",
        visibility: "leads",
      },
    ],
    evidence: [
      {
        title: "Work Group session plans (shared folder)",
        description: "The three session plans, with the gap tasks between them.",
        url: "https://example.org/pd/fractions-work-group/session-plans",
        type: "artefact",
        criteria: [1, 3],
      },
      {
        title: "Teachers' feedback after session 1",
        description: "Twelve responses to a short form at the end of session 1.",
        url: "https://example.org/pd/fractions-work-group/session-1-feedback",
        type: "reaction",
        criteria: [2],
      },
      {
        title: "Planning scrutiny notes",
        description: "Notes on two lessons per teacher planned after session 1.",
        url: "https://example.org/pd/fractions-work-group/planning-scrutiny",
        type: "observation",
        criteria: [2],
      },
    ],
    evaluation: {
      level: 3,
      lookedFor: "Whether the schools made time for teachers to plan together and try the lessons.",
      // Keys of METHOD_LABELS and JUDGEMENT_LABELS (app/evaluations/schema.ts), as the evaluation form stores them.
      method: "interview,work_scrutiny",
      findings:
        "Four of five schools gave teachers joint planning time; in the fifth, cover was not available and two teachers planned alone. Organisational support is mostly in place; the fifth school's headteacher has agreed cover for session 3.",
      judgement: "some_impact",
    },
    criteria: [
      {
        number: 1,
        statement:
          "I designed a three-session Work Group from the principles of effective PD (sustained, subject-focused, collaborative), led the first session and reviewed it with the teachers. I refined session 2 after their feedback: more time to plan together and a misconceptions task.",
        events: [
          { status: "submitted", on: "2026-11-17T17:10:00.000Z" },
          {
            status: "approved",
            on: "2026-11-19T09:20:00.000Z",
            note: "A clear account of how the design changed, with the plans to show it.",
          },
        ],
        mapInitiative: true,
      },
      {
        number: 2,
        statement: "Teachers rated session 1 highly and the planning scrutiny shows the number line in most lessons.",
        events: [
          { status: "submitted", on: "2026-11-17T17:15:00.000Z" },
          {
            status: "needs_work",
            on: "2026-11-19T09:30:00.000Z",
            note: "Evaluate against your intended outcomes, not only teachers' reactions: say what the planning scrutiny showed against the implementation outcome, and what you will look for in pupils' work.",
          },
        ],
      },
      {
        number: 3,
        statement:
          "The key principles I used: PD sustained over time, a shared focus on one representation, and teachers bringing pupils' work back. Each session plan shows how these shaped the design.",
        events: [{ status: "submitted", on: "2026-11-20T16:00:00.000Z" }],
        mapReflections: true,
      },
    ],
  },
  {
    email: "pdlead2@example.org",
    name: "Grace Adeyemi",
    trust: "Kingsmere Academies",
    initiative: {
      title: "Teaching for mastery lesson study in three primary schools",
      problem: "Teachers new to teaching for mastery plan small steps but move on before pupils have secured each one.",
      evidenceOfNeed:
        "Lesson visits: pupils completed practice quickly but could not explain the small step in 6 of 10 lessons.",
      approach:
        "Two cycles of lesson study with one team from each school, each cycle ending in a shared research lesson.",
      activeIngredients:
        "A research question about one small step; a lesson planned together; observing pupils, not the teacher.",
      actions: [
        {
          description: "Form three lesson-study teams and agree the research questions",
          dueOn: "2026-10-16",
          rag: "done",
        },
        { description: "First research lessons", dueOn: "2026-12-10", rag: "on_track" },
      ],
      outcomes: [
        {
          kind: "implementation",
          description: "Teams plan research lessons that check each small step is secure",
          measure: "Research lesson plans and observation notes",
          measuredWhen: "After each cycle",
        },
      ],
    },
    reflections: [
      {
        workshop: 0,
        writtenOn: "2026-10-01",
        title: "Choosing lesson study",
        what: "Compared models of PD in workshop 1: lesson study, coaching, Work Groups.",
        soWhat: "Lesson study keeps the focus on pupils' thinking, which is what our teachers need.",
        nowWhat: "Agree research questions with each school's maths lead.",
        visibility: "leads",
      },
    ],
    evidence: [
      {
        title: "Lesson study research questions",
        description: "The three teams' research questions and the small steps they chose.",
        url: "https://example.org/pd/lesson-study/research-questions",
        type: "artefact",
        criteria: [1],
      },
    ],
    criteria: [
      {
        number: 1,
        statement:
          "I designed two cycles of lesson study and am leading the first; the research questions show the focus I chose with each school.",
        events: [{ status: "submitted", on: "2026-11-18T15:00:00.000Z" }],
        mapInitiative: true,
      },
    ],
  },
  {
    email: "pdlead3@example.org",
    name: "Tom Hartley",
    trust: "Arden Valley Schools Trust",
    initiative: {
      title: "Coaching new maths teachers in secondary schools",
      problem: "Early-career maths teachers in our trust get generic coaching that rarely touches the maths.",
      evidenceOfNeed: "",
      approach: "",
      activeIngredients: "",
      actions: [],
      outcomes: [],
    },
    reflections: [
      {
        workshop: 0,
        writtenOn: "2026-10-05",
        title: "First thoughts after workshop 1",
        what: "Workshop 1 on PD design principles.",
        soWhat: "Subject-specific coaching may be what is missing.",
        nowWhat: "Talk to the ECT coordinator.",
        visibility: "private",
      },
    ],
    evidence: [],
    criteria: [],
  },
];

export async function seedDemoAccreditation(db: Kysely<Database>): Promise<void> {
  const work = async (trx: Kysely<Database>) => {
    const programme = await trx
      .selectFrom("programmes")
      .select("id")
      .where("code", "=", "PDLP")
      .executeTakeFirstOrThrow();
    const lead = await trx
      .selectFrom("users")
      .select("id")
      .where("email", "=", "lead@example.org")
      .executeTakeFirstOrThrow();
    const criteria = await trx
      .selectFrom("accreditation_criteria")
      .select("id")
      .where("programme_id", "=", programme.id)
      .orderBy("position")
      .execute();
    const today = new Date().toISOString().slice(0, 10);

    const cohortId = randomUUID();
    await trx
      .insertInto("cohorts")
      .values({ id: cohortId, programme_id: programme.id, name: COHORT_NAME, academic_year: "2026/27" })
      .execute();
    const workshopIds = WORKSHOPS.map(() => randomUUID());
    await trx
      .insertInto("workshops")
      .values(
        WORKSHOPS.map((w, position) => ({
          id: workshopIds[position],
          cohort_id: cohortId,
          title: w.title,
          held_on: w.heldOn,
          position,
        })),
      )
      .execute();
    await trx
      .insertInto("memberships")
      .values({ id: randomUUID(), cohort_id: cohortId, user_id: lead.id, role: "lead", track: null, trust_id: null })
      .execute();

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const trustIds = new Map<string, string>();
    for (const person of PD_LEADS) {
      let trustId = trustIds.get(person.trust);
      if (!trustId) {
        trustId = randomUUID();
        trustIds.set(person.trust, trustId);
        await trx
          .insertInto("organisations")
          .values({ id: trustId, kind: "trust", name: person.trust, parent_id: null, phase: null, urn: null })
          .execute();
      }
      const userId = randomUUID();
      await trx
        .insertInto("users")
        .values({
          id: userId,
          email: person.email,
          name: person.name,
          password_hash: passwordHash,
          is_admin: 0,
          deactivated_at: null,
          created_at: "2026-09-01T08:00:00.000Z",
        })
        .execute();
      const membershipId = randomUUID();
      await trx
        .insertInto("memberships")
        .values({
          id: membershipId,
          cohort_id: cohortId,
          user_id: userId,
          role: "participant",
          track: "new",
          trust_id: trustId,
        })
        .execute();

      const initiativeId = randomUUID();
      const started = "2026-10-01";
      await trx
        .insertInto("entries")
        .values({
          id: initiativeId,
          kind: "initiative",
          owner_id: userId,
          cohort_id: cohortId,
          initiative_id: null,
          title: person.initiative.title,
          status: "in_progress",
          visibility: "leads",
          occurred_on: started,
          created_at: `${started}T09:00:00.000Z`,
          updated_at: `${started}T09:00:00.000Z`,
        })
        .execute();
      await trx
        .insertInto("initiatives")
        .values({
          entry_id: initiativeId,
          problem: person.initiative.problem,
          evidence_of_need: person.initiative.evidenceOfNeed,
          approach: person.initiative.approach,
          active_ingredients: person.initiative.activeIngredients,
          starts_on: started,
          ends_on: "2027-06-30",
        })
        .execute();
      for (const [position, action] of person.initiative.actions.entries()) {
        await trx
          .insertInto("action_items")
          .values({
            id: randomUUID(),
            initiative_id: initiativeId,
            description: action.description,
            owner_name: person.name,
            due_on: action.dueOn,
            success_criteria: "",
            rag: action.rag,
            position,
          })
          .execute();
      }
      for (const [position, outcome] of person.initiative.outcomes.entries()) {
        await trx
          .insertInto("initiative_outcomes")
          .values({
            id: randomUUID(),
            initiative_id: initiativeId,
            kind: outcome.kind,
            description: outcome.description,
            measure: outcome.measure,
            measured_when: outcome.measuredWhen,
            position,
          })
          .execute();
      }

      const reflectionIds: string[] = [];
      for (const reflection of person.reflections) {
        if (reflection.writtenOn > today) continue;
        const id = randomUUID();
        reflectionIds.push(id);
        const stamp = `${reflection.writtenOn}T16:30:00.000Z`;
        await trx
          .insertInto("entries")
          .values({
            id,
            kind: "reflection",
            owner_id: userId,
            cohort_id: cohortId,
            initiative_id: initiativeId,
            title: reflection.title,
            status: "written",
            visibility: reflection.visibility,
            occurred_on: reflection.writtenOn,
            created_at: stamp,
            updated_at: stamp,
          })
          .execute();
        await trx
          .insertInto("reflections")
          .values({
            entry_id: id,
            body: "",
            prompt_what: reflection.what,
            prompt_so_what: reflection.soWhat,
            prompt_now_what: reflection.nowWhat,
            written_on: reflection.writtenOn,
            workshop_id: workshopIds[reflection.workshop],
          })
          .execute();
      }

      for (const item of person.evidence) {
        const id = randomUUID();
        await trx
          .insertInto("evidence")
          .values({
            id,
            entry_id: initiativeId,
            kind: "link",
            title: item.title,
            description: item.description,
            url: item.url,
            file_name: null,
            mime: null,
            size: null,
            bytes: null,
            created_by: userId,
            created_at: "2026-11-14T10:00:00.000Z",
            evidence_type: item.type,
          })
          .execute();
        for (const number of item.criteria) {
          await trx
            .insertInto("evidence_criteria")
            .values({ evidence_id: id, criterion_id: criteria[number - 1].id })
            .execute();
        }
      }

      if (person.evaluation) {
        await trx
          .insertInto("evaluations")
          .values({
            id: randomUUID(),
            initiative_id: initiativeId,
            level: person.evaluation.level,
            looked_for: person.evaluation.lookedFor,
            method: person.evaluation.method,
            findings: person.evaluation.findings,
            judgement: person.evaluation.judgement,
            updated_at: "2026-11-18T12:00:00.000Z",
          })
          .execute();
      }

      for (const criterion of person.criteria) {
        const criterionId = criteria[criterion.number - 1].id;
        if (criterion.mapInitiative)
          await trx
            .insertInto("entry_criteria")
            .values({ entry_id: initiativeId, criterion_id: criterionId })
            .execute();
        if (criterion.mapReflections && reflectionIds.length > 0) {
          await trx
            .insertInto("entry_criteria")
            .values(reflectionIds.map((id) => ({ entry_id: id, criterion_id: criterionId })))
            .execute();
        }
        const last = criterion.events[criterion.events.length - 1];
        const reviewId = randomUUID();
        const reviewed = last.status === "approved" || last.status === "needs_work";
        await trx
          .insertInto("criterion_reviews")
          .values({
            id: reviewId,
            membership_id: membershipId,
            criterion_id: criterionId,
            status: last.status,
            reviewer_id: reviewed ? lead.id : null,
            note: reviewed ? (last.note ?? "") : "",
            statement: criterion.statement,
            updated_at: last.on,
          })
          .execute();
        for (const event of criterion.events) {
          await trx
            .insertInto("criterion_review_events")
            .values({
              id: randomUUID(),
              review_id: reviewId,
              status: event.status,
              note: event.note ?? "",
              actor_id: event.status === "submitted" ? userId : lead.id,
              at: event.on,
            })
            .execute();
        }
      }
    }
  };
  await (db.isTransaction ? work(db) : db.transaction().execute(work));
}
