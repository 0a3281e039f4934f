import type { Kysely } from "kysely";
import { randomUUID } from "node:crypto";
import type { Database, Visibility } from "../schema";

// Reflections for the demo cohorts: written a few days after each workshop, mostly with the prompts.

interface ReflectionTemplate {
  workshop: 0 | 1 | 2;
  daysAfter: number;
  title: string;
  strandKey: string;
  what: string;
  soWhat: string;
  nowWhat: string;
}

const TEMPLATES: ReflectionTemplate[] = [
  {
    workshop: 0,
    daysAfter: 3,
    title: "What I took from workshop 1 on auditing",
    strandKey: "learning",
    what: "We compared how three trusts had audited one aspect of teaching and looked at the look-fors each used.",
    soWhat:
      "Our own audit last year only counted whether things happened, not how well. I need criteria heads of department recognise.",
    nowWhat:
      "Draft five criteria with the HoDs at our next network meeting and trial them in two schools before half term.",
  },
  {
    workshop: 0,
    daysAfter: 6,
    title: "Talking vision with the HoD network",
    strandKey: "policies",
    what: "I shared the trust's draft statement on teaching for mastery at the HoD network and asked what it would look like in a Year 8 lesson.",
    soWhat:
      "People agreed with the words but described quite different lessons. The vision is not yet shared in practice.",
    nowWhat: "Build three short lesson snapshots with the HoDs so the vision has pictures, not just sentences.",
  },
  {
    workshop: 1,
    daysAfter: 2,
    title: "Lesson study: what the research lesson showed",
    strandKey: "practice",
    what: "We planned and watched a research lesson on ratio tables, then discussed what pupils actually did with the representation.",
    soWhat: "The task design mattered far more than the explanation. Pupils who drew the table early reasoned better.",
    nowWhat: "Run one lesson study cycle in two of our schools before Easter, with a Mastery Specialist observing.",
  },
  {
    workshop: 1,
    daysAfter: 5,
    title: "Coaching a new head of department",
    strandKey: "practice",
    what: "I had my first coaching conversation with a new HoD instead of telling her what to change.",
    soWhat: "It was slower, but she named the problem herself and owns the plan. I was tempted to jump in twice.",
    nowWhat: "Keep fortnightly coaching slots and note what questions opened things up.",
  },
  {
    workshop: 1,
    daysAfter: 9,
    title: "Reading on models of teacher PD",
    strandKey: "learning",
    what: "I read the review of effective maths PD shared after workshop 2 and compared it with our twilight sessions.",
    soWhat:
      "Our sessions are one-off and rarely revisit anything. The review points to sustained, collaborative, subject-specific work.",
    nowWhat: "Turn next term's twilights into a sequence of three linked sessions with a gap task between each.",
  },
  {
    workshop: 2,
    daysAfter: 3,
    title: "Where our initiative got to this year",
    strandKey: "policies",
    what: "I presented our initiative's progress to SLT using the follow-up audit and samples of pupils' work.",
    soWhat:
      "The audit made the change visible. SLT asked better questions because they could see the school-by-school picture.",
    nowWhat: "Agree next year's priorities with SLT using the two schools where ratings have not moved.",
  },
  {
    workshop: 2,
    daysAfter: 7,
    title: "What the community has given me",
    strandKey: "community",
    what: "At the last workshop I realised how often I now message other MAT leads before making a decision.",
    soWhat:
      "Having peers in the same role has made me more confident in challenging initiatives that do not fit our vision.",
    nowWhat: "Offer to host a visit next year so others can see our HoD network in action.",
  },
];

const FREE_TEXT =
  "A short note after the workshop: the discussion on sustaining change across schools was the most useful part for me. " +
  "Two of our departments are ready to lead others; the third needs more time and support from its senior link.";

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds reflections for most participants of the demo cohorts, after the workshops they attended. */
export async function seedDemoReflections(db: Kysely<Database>): Promise<void> {
  const cohorts = await db.selectFrom("cohorts").select(["id", "programme_id"]).execute();
  for (const cohort of cohorts) {
    const workshops = await db
      .selectFrom("workshops")
      .select(["id", "held_on"])
      .where("cohort_id", "=", cohort.id)
      .orderBy("position")
      .execute();
    if (workshops.length < 3) continue;
    const strands = await db
      .selectFrom("strands")
      .select(["id", "key"])
      .where("programme_id", "=", cohort.programme_id)
      .execute();
    const participants = await db
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .select(["users.id", "users.email"])
      .where("memberships.cohort_id", "=", cohort.id)
      .where("memberships.role", "=", "participant")
      .orderBy("users.email")
      .execute();
    const today = new Date().toISOString().slice(0, 10);
    for (const [index, participant] of participants.entries()) {
      // A few participants have written nothing yet: their home page teaches them where to start.
      if (index % 7 === 6) continue;
      const initiative = await db
        .selectFrom("entries")
        .select("id")
        .where("owner_id", "=", participant.id)
        .where("cohort_id", "=", cohort.id)
        .where("kind", "=", "initiative")
        .executeTakeFirst();
      const count = participant.email === "participant@example.org" ? 4 : 1 + (index % 4);
      for (let n = 0; n < count; n++) {
        const template = TEMPLATES[(index * 2 + n * 3) % TEMPLATES.length];
        const writtenOn = addDays(workshops[template.workshop].held_on, template.daysAfter + (index % 3));
        if (writtenOn > today) continue;
        const strand = strands.find((s) => s.key === template.strandKey) ?? strands[0];
        const free = (index + n) % 5 === 4;
        const visibility: Visibility = (index + n) % 4 === 3 ? "private" : (index + n) % 6 === 5 ? "cohort" : "leads";
        const id = randomUUID();
        const stamp = `${writtenOn}T16:30:00.000Z`;
        await db
          .insertInto("entries")
          .values({
            id,
            kind: "reflection",
            owner_id: participant.id,
            cohort_id: cohort.id,
            initiative_id: n % 2 === 0 && initiative ? initiative.id : null,
            title: free
              ? `Notes after ${template.workshop === 0 ? "the first" : template.workshop === 1 ? "the second" : "the third"} workshop`
              : template.title,
            status: "written",
            visibility,
            occurred_on: writtenOn,
            created_at: stamp,
            updated_at: stamp,
          })
          .execute();
        await db
          .insertInto("reflections")
          .values({
            entry_id: id,
            body: free ? FREE_TEXT : "",
            prompt_what: free ? "" : template.what,
            prompt_so_what: free ? "" : template.soWhat,
            prompt_now_what: free ? "" : template.nowWhat,
            written_on: writtenOn,
            workshop_id: workshops[template.workshop].id,
          })
          .execute();
        if (strand) await db.insertInto("entry_strands").values({ entry_id: id, strand_id: strand.id }).execute();
      }
    }
  }
}
