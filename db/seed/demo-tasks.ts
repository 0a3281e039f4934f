import type { Kysely } from "kysely";
import { randomUUID } from "node:crypto";
import type { Database } from "../schema";

// Demo inter-sessional tasks and participants' responses, added after the base demo seed (db/seed/demo.ts).
// It finds the demo cohorts, leads and participants by querying the database, and does nothing for a cohort
// that already has tasks, so running it twice adds nothing.
//
// - "2024/25 National — North": four tasks set by lead@example.org after workshops 1 and 2, answered by most
//   participants (done, in progress, or not started), all now in the past;
// - "2026/27 Hub Community — West": two tasks set by lead2@example.org, one already past due on 2026-11-23 and one
//   due soon after, so participant3@example.org has something overdue and something due.

type StrandKey = "policies" | "practice" | "learning" | "community" | "students";
type Status = "not_started" | "in_progress" | "done";
type Visibility = "private" | "leads" | "cohort";

interface Person {
  userId: string;
  email: string;
  name: string;
  trust: string;
  schools: string[];
  initiativeId: string | null;
}

interface DemoTask {
  title: string;
  afterWorkshop: number; // 1, 2 or 3
  dueOn: string;
  strands: StrandKey[];
  instructions: string;
  /** What a finished response says, a few ways (each participant writes one of them). */
  done: ((p: Person) => string)[];
  /** Notes saved part way through. */
  inProgress: ((p: Person) => string)[];
}

interface DemoResponse {
  status: Status;
  /** Days before the due date it was last saved (negative: after it). */
  savedDaysBefore: number;
  visibility?: Visibility;
  variant?: number;
}

const first = (p: Person) => p.schools[0] ?? "our lead school";
const second = (p: Person) => p.schools[1] ?? p.schools[0] ?? "a second school";

const northTasks: DemoTask[] = [
  {
    title: "Audit one aspect of pedagogy across your trust",
    afterWorkshop: 1,
    dueOn: "2024-12-13",
    strands: ["policies", "practice"],
    instructions:
      "Choose one aspect of teaching for mastery from the workshop (for example the use of representations, or how lessons build in small steps) and audit it in every secondary school of your trust.\n\nUse the four-point scale we practised. Visit at least two lessons in each school, and talk to the head of department.\n\nBring your ratings and one surprise to workshop 2: what did you expect to see that you did not?",
    done: [
      (p) =>
        `I audited the use of representations in Year 7 and 8 lessons across ${p.trust}. ${first(p)} rated 3 (bar models used consistently, linked to the abstract), but two schools rated 2: concrete resources were out in lessons but rarely connected to the written methods.\n\nThe surprise was that pupils at ${second(p)} could draw a bar model but could not say why it helped. I have shared the ratings with the heads of department and we have agreed to make representations the focus of the spring term.`,
      (p) =>
        `Focus: small steps and coherent lesson design. I visited two lessons in each school with the HoD. Ratings: ${first(p)} 3, ${second(p)} 2, the others 1 or 2. Lessons were well planned, but steps were often too large for lower attainers and teachers moved on before checking understanding.\n\nWhat I did not expect: the schools with the newest schemes of work rated lowest, because the resources were being followed without adaptation. This has changed the emphasis of my initiative towards planning together rather than new resources.`,
      (p) =>
        `We audited mathematical talk: how often pupils explain their reasoning in full sentences. Across ${p.trust} most lessons had plenty of questions but answers were one word. Only ${first(p)} used stem sentences routinely (rated 3). I was surprised how much variation there was between classes in the same department - the within-school difference is bigger than the between-school difference.`,
    ],
    inProgress: [
      (p) =>
        `Visited ${first(p)} and ${second(p)} so far (four lessons). Focusing on representations. Still to arrange visits to the other schools after mocks.`,
      (p) =>
        `Audit tool adapted from the workshop version. HoD at ${first(p)} has completed the self-rating; I will do the lesson visits next week.`,
    ],
  },
  {
    title: "Reflect on a lesson study cycle",
    afterWorkshop: 1,
    dueOn: "2025-01-31",
    strands: ["learning", "community"],
    instructions:
      "Take part in (or observe) one full lesson study cycle in your trust: the joint planning, the research lesson and the post-lesson discussion.\n\nWrite a short reflection: what happened, what it tells you about how teachers in your trust learn together, and what you will do next. About 300 words is plenty.",
    done: [
      (p) =>
        `What happened: three teachers from ${first(p)} and ${second(p)} planned a Year 8 lesson on equivalent fractions, focusing on pupils we expected to struggle. In the research lesson the observers watched those pupils, not the teacher.\n\nSo what: the post-lesson discussion was the best professional conversation I have seen in our trust this year. Because everyone had planned the lesson, nobody was defensive. The observers noticed that the pupils we worried about were fine with the representation but lost when the teacher moved to the abstract too quickly.\n\nNow what: I want to run a second cycle in the spring with the two newest members of the department, and I will ask the HoDs to protect time for the planning meetings.`,
      (p) =>
        `We ran a cycle at ${first(p)} on solving linear equations. Honest reflection: the planning meeting was rushed (45 minutes after school) and the research lesson turned into a normal observation. The discussion still surfaced a useful point about pupils' misconceptions with negative numbers.\n\nNext time I will book the planning meeting in directed time and use the workshop's observation template so observers focus on pupils.`,
      (p) =>
        `I observed a cycle led by our Mastery Specialist across ${p.trust}. What struck me was how much the teachers valued seeing each other's classrooms. The lesson itself did not go to plan, and that made the discussion richer. I now see lesson study as a way to build the shared vision I am working on, not just to improve one lesson.`,
    ],
    inProgress: [
      (p) =>
        `Planning meeting held at ${first(p)}; research lesson booked for next Thursday. I will write up the reflection after the discussion.`,
      () =>
        `Draft notes from the planning meeting so far. Research lesson postponed because of staff absence; new date to be agreed.`,
    ],
  },
  {
    title: "Share your action plan with your SLT link",
    afterWorkshop: 2,
    dueOn: "2025-03-21",
    strands: ["policies"],
    instructions:
      "Meet the member of your trust's senior leadership team who links with maths and talk them through your action plan.\n\nAsk them: what would make this easier to carry out? What could get in the way? Record what you agreed, including any time or resources they committed.",
    done: [
      (p) =>
        `Met our director of education for 40 minutes. She was supportive of the focus and agreed to protect one department meeting each half term for the trust-wide maths work. She asked for a one-page summary for the trust board.\n\nWhat could get in the way: the exams season and a new behaviour policy launching at ${second(p)} in the summer term. We agreed to move the second learning walk earlier to avoid that.`,
      (p) =>
        `Shared the plan with the deputy CEO. Useful challenge: she asked how I would know the approach was being used as intended, not just that training had happened. I have added a fidelity check (drop-in visits using our look-fors) to the plan. Funding agreed for release time for HoDs at ${first(p)} and ${second(p)}.`,
      () =>
        `Meeting held with my SLT link. The plan was agreed without changes, and the trust will include maths in the next round of school improvement visits. I need to follow up on cover for the paired learning walks, which was not confirmed.`,
    ],
    inProgress: [
      () => `Meeting booked with my SLT link for after the Easter break; action plan summary drafted.`,
      (p) => `Sent the action plan to the SLT link at ${first(p)} by email; waiting for a date to talk it through.`,
    ],
  },
  {
    title: "Bring one piece of pupil work that shows change",
    afterWorkshop: 2,
    dueOn: "2025-06-12",
    strands: ["practice"],
    instructions:
      "Bring (or photograph, with names removed) one piece of pupil work from a school in your initiative that shows a change since the autumn: in reasoning, in the use of a representation, in fluency.\n\nWrite a few sentences on what changed and what you think caused it. We will use these in workshop 3 when we look at evaluating impact.",
    done: [
      (p) =>
        `A Year 7 pupil's explanation from ${first(p)}: in October she wrote "I just knew". In May she wrote a full explanation using a bar model and the stem sentence "the whole is... the parts are...". I think the change comes from the daily stem sentences every class now uses, which the department agreed after the audit.`,
      (p) =>
        `Two pages from the same Year 8 book at ${second(p)}, six months apart. The later page shows the pupil choosing between two methods and saying why one is more efficient. This is exactly the reasoning we were aiming for. I am careful not to over-claim: it is one book, so I will look at a sample of ten at the follow-up audit.`,
      () =>
        `A low-attaining Year 9 pupil's work on ratio. In the autumn he could not start; now he sets up a double number line without prompting. His teacher started using the same representation across every ratio lesson after our lesson study cycle.`,
    ],
    inProgress: [
      (p) => `Collecting work samples from ${first(p)}; waiting for permission to use photographs.`,
      () => `Chosen a Year 7 book; still writing up what changed.`,
    ],
  },
];

const westTasks: DemoTask[] = [
  {
    title: "Map how your department plans lessons together",
    afterWorkshop: 1,
    dueOn: "2026-11-13",
    strands: ["policies", "practice"],
    instructions:
      "Before we look at collaborative planning in workshop 2, map how planning happens in your department now.\n\nFor one fortnight, note every time two or more teachers plan together: when, who, how long, and what they produced. Then write a short summary: where does collaborative planning already happen, and where is there time you could use better?",
    done: [
      (p) =>
        `Over the fortnight our department at ${first(p)} planned together three times, all informally at lunchtime. Nobody planned together in directed time: department meetings were used for notices and data.\n\nThe clearest opportunity is the fortnightly department meeting. I have agreed with my head of school that half of each one will be used for planning the next unit together from January.`,
      () =>
        `Collaborative planning happens in Year 7 (two teachers share a scheme) but nowhere else. The Year 10 and 11 teams plan alone. I have shared the map with the team and we chose Year 8 as the next place to try a shared planning slot.`,
    ],
    inProgress: [
      (p) =>
        `First week logged at ${first(p)}: two short planning conversations, both in Year 7. One week still to go.`,
      () => `Started the log; I will finish it after the mock exams.`,
    ],
  },
  {
    title: "Try one collaborative planning meeting and note what changed",
    afterWorkshop: 1,
    dueOn: "2026-12-04",
    strands: ["practice", "learning"],
    instructions:
      "Run one planning meeting using the structure from workshop 1: agree the key idea, anticipate pupils' responses, plan the key questions together.\n\nAfterwards, note what was different from how you usually plan, and one thing you will change next time.",
    done: [
      (p) =>
        `Ran a 40-minute planning meeting at ${first(p)} on introducing algebraic notation in Year 7. Anticipating pupils' responses was the part that made the difference: we predicted the 'ab means a + b' misconception and planned an example to expose it. Next time I will send the key idea out beforehand so we start faster.`,
    ],
    inProgress: [() => `Meeting booked for next Tuesday with two colleagues; the key idea is agreed.`],
  },
];

/** Who in the North cohort did what, by email; everyone else follows a fixed, realistic spread below. */
const northNamed: Record<string, DemoResponse[]> = {
  "participant@example.org": [
    { status: "done", savedDaysBefore: 2, variant: 0 },
    { status: "done", savedDaysBefore: 5, variant: 0 },
    { status: "done", savedDaysBefore: 1, variant: 1 },
    { status: "in_progress", savedDaysBefore: 10, variant: 0 },
  ],
  "participant2@example.org": [
    { status: "done", savedDaysBefore: 0, variant: 1, visibility: "cohort" },
    { status: "in_progress", savedDaysBefore: 12, variant: 1 },
  ],
};

const westNamed: Record<string, DemoResponse[]> = {
  // Olivia Grant: the mapping task is under way but past due; the planning meeting (due soon) not started.
  "participant3@example.org": [{ status: "in_progress", savedDaysBefore: 6, variant: 0 }],
};

/** A fixed spread: earlier tasks mostly done, later ones less so; some not started, a few private, a few shared with the cohort. */
function spread(index: number, taskIndex: number, taskCount: number): DemoResponse | null {
  const doneShare = taskCount > 2 ? [0.7, 0.6, 0.5, 0.4][taskIndex] : [0.6, 0.25][taskIndex];
  const roll = ((index * 7 + taskIndex * 11 + 3) % 20) / 20;
  const visibility: Visibility = index % 11 === 5 ? "private" : index % 7 === 3 ? "cohort" : "leads";
  if (roll < doneShare) {
    // A few were late.
    const savedDaysBefore = (index + taskIndex) % 9 === 0 ? -4 : (index * 3 + taskIndex) % 12;
    return { status: "done", savedDaysBefore, visibility, variant: index + taskIndex };
  }
  if (roll < doneShare + 0.15)
    return { status: "in_progress", savedDaysBefore: 14 + (index % 5), visibility, variant: index };
  // A few opened the task and saved it as not started, to come back to.
  if (index % 8 === 1) return { status: "not_started", savedDaysBefore: 20, visibility: "private" };
  return null;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function findPeople(db: Kysely<Database>, cohortId: string): Promise<Person[]> {
  const members = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .leftJoin("organisations", "organisations.id", "memberships.trust_id")
    .select([
      "users.id as userId",
      "users.email",
      "users.name",
      "memberships.trust_id as trustId",
      "organisations.name as trust",
    ])
    .where("memberships.cohort_id", "=", cohortId)
    .where("memberships.role", "=", "participant")
    .orderBy("users.email")
    .execute();
  const people: Person[] = [];
  for (const member of members) {
    const schools = member.trustId
      ? await db
          .selectFrom("organisations")
          .select("name")
          .where("parent_id", "=", member.trustId)
          .where("kind", "=", "school")
          .orderBy("name")
          .execute()
      : [];
    const initiative = await db
      .selectFrom("entries")
      .select("id")
      .where("owner_id", "=", member.userId)
      .where("cohort_id", "=", cohortId)
      .where("kind", "=", "initiative")
      .orderBy("created_at")
      .executeTakeFirst();
    people.push({
      userId: member.userId,
      email: member.email,
      name: member.name,
      trust: member.trust ?? "our trust",
      schools: schools.map((s) => s.name),
      initiativeId: initiative?.id ?? null,
    });
  }
  return people;
}

async function seedCohort(
  db: Kysely<Database>,
  cohortName: string,
  leadEmail: string,
  tasks: DemoTask[],
  named: Record<string, DemoResponse[]>,
  /** No response is saved later than this day (the West cohort's demo "today" is 2026-11-23). */
  notAfter: string,
) {
  const cohort = await db
    .selectFrom("cohorts")
    .select(["id", "programme_id"])
    .where("name", "=", cohortName)
    .executeTakeFirst();
  if (!cohort) return;
  const existing = await db
    .selectFrom("tasks")
    .select("id")
    .where("cohort_id", "=", cohort.id)
    .limit(1)
    .executeTakeFirst();
  if (existing) return;
  const lead = await db.selectFrom("users").select("id").where("email", "=", leadEmail).executeTakeFirst();
  const workshops = await db
    .selectFrom("workshops")
    .select(["id", "held_on"])
    .where("cohort_id", "=", cohort.id)
    .orderBy("position")
    .execute();
  const strands = await db
    .selectFrom("strands")
    .select(["id", "key"])
    .where("programme_id", "=", cohort.programme_id)
    .execute();
  const people = await findPeople(db, cohort.id);

  for (const [taskIndex, task] of tasks.entries()) {
    const workshop = workshops[task.afterWorkshop - 1];
    const taskId = randomUUID();
    await db
      .insertInto("tasks")
      .values({
        id: taskId,
        cohort_id: cohort.id,
        after_workshop_id: workshop?.id ?? null,
        title: task.title,
        instructions: task.instructions,
        due_on: task.dueOn,
        created_by: lead?.id ?? null,
        created_at: `${addDays(workshop?.held_on ?? task.dueOn, 1)}T16:00:00.000Z`,
      })
      .execute();
    const strandIds = task.strands.flatMap((key) => strands.filter((s) => s.key === key).map((s) => s.id));
    if (strandIds.length > 0) {
      await db
        .insertInto("task_strands")
        .values(strandIds.map((strandId) => ({ task_id: taskId, strand_id: strandId })))
        .execute();
    }

    for (const [index, person] of people.entries()) {
      const response =
        person.email in named ? (named[person.email][taskIndex] ?? null) : spread(index, taskIndex, tasks.length);
      if (!response) continue;
      const planned = addDays(task.dueOn, -response.savedDaysBefore);
      const savedOn = planned > notAfter ? notAfter : planned;
      const stamp = `${savedOn}T${String(17 + (index % 4)).padStart(2, "0")}:${String((index * 7) % 60).padStart(2, "0")}:00.000Z`;
      const variant = response.variant ?? index;
      const body =
        response.status === "done"
          ? task.done[variant % task.done.length](person)
          : response.status === "in_progress"
            ? task.inProgress[variant % task.inProgress.length](person)
            : "";
      const entryId = randomUUID();
      await db
        .insertInto("entries")
        .values({
          id: entryId,
          kind: "task_response",
          owner_id: person.userId,
          cohort_id: cohort.id,
          initiative_id: response.status !== "not_started" && index % 3 !== 2 ? person.initiativeId : null,
          title: task.title,
          status: response.status,
          visibility: response.visibility ?? "leads",
          occurred_on: savedOn,
          created_at: stamp,
          updated_at: stamp,
        })
        .execute();
      await db
        .insertInto("task_responses")
        .values({ entry_id: entryId, task_id: taskId, owner_id: person.userId, body })
        .execute();
      if (strandIds.length > 0) {
        await db
          .insertInto("entry_strands")
          .values(strandIds.map((strandId) => ({ entry_id: entryId, strand_id: strandId })))
          .execute();
      }
    }
  }
}

/** Demo tasks and responses for the demo cohorts; run after seedDemo. Adds nothing to a cohort that has tasks. */
export async function seedDemoTasks(db: Kysely<Database>): Promise<void> {
  const work = async (trx: Kysely<Database>) => {
    await seedCohort(trx, "2024/25 National — North", "lead@example.org", northTasks, northNamed, "2025-07-18");
    await seedCohort(trx, "2026/27 Hub Community — West", "lead2@example.org", westTasks, westNamed, "2026-11-22");
  };
  // Inside the demo seed's transaction when given one (db/prepare.ts); otherwise in one of its own.
  await (db.isTransaction ? work(db) : db.transaction().execute(work));
}
