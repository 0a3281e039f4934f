import type { Kysely } from "kysely";
import { randomUUID } from "node:crypto";
import type { Database, Rag } from "../schema";

// How the demo initiatives are going, beyond what Strands computes: two participants who set the status
// themselves with a reason, a few adaptations made after their initiatives started (with the reason and the
// snapshots before and after), and adoption, fidelity and sustainment school by school for two trust-wide
// initiatives, one school of which is drifting (used, but not as designed). Finds everything by title and name.

const COHORT = "2024/25 National — North";
const PRIYA = "A shared vision for teaching for mastery across Pennine Ridge";
const JAMES = "One coherent KS3 scheme of work for Wearside Horizons";

const OVERRIDES: { initiative: string; rag: Rag | null; reason: string; at: string }[] = [
  {
    initiative: PRIYA,
    rag: "at_risk",
    reason:
      "The Kestrel Moor visit fell through twice because of staff absence; the look-fors launch is still on plan.",
    at: "2025-02-17T16:40:00.000Z",
  },
  {
    initiative: PRIYA,
    rag: "on_track",
    reason: "The Kestrel Moor visit is rebooked for 7 March with cover agreed by the head; everything else is on plan.",
    at: "2025-03-03T08:15:00.000Z",
  },
  {
    initiative: JAMES,
    rag: "at_risk",
    reason: "The trial units slipped a fortnight because of Year 8 mocks; the common assessment is being written now.",
    at: "2025-03-24T17:05:00.000Z",
  },
];

const LOOK_FOR_SCHOOLS = [
  "Calderbrook Academy",
  "Harrowfell School",
  "Kestrel Moor Academy",
  "Oakholme All-Through Academy",
];

interface DemoAdaptation {
  initiative: string;
  subject: "design" | "action";
  /** For an action: its description now (after the change), to find its id. */
  action?: string;
  whatChanged: string;
  why: string;
  before: unknown;
  after: unknown;
  at: string;
}

const ADAPTATIONS: DemoAdaptation[] = [
  {
    initiative: PRIYA,
    subject: "action",
    action: "Release the Kestrel Moor HoD to spend a day in the Calderbrook department",
    whatChanged: "Changed due date of action “Release the Kestrel Moor HoD to spend a day in the Calderbrook…”",
    why: "Cover could not be found before February half term; the head has agreed cover for the week of 10 February.",
    before: {
      description: "Release the Kestrel Moor HoD to spend a day in the Calderbrook department",
      ownerName: "Ian Pollard",
      dueOn: "2025-01-31",
      successCriteria: "Visit completed and two practices agreed to try at Kestrel Moor",
      schools: ["Calderbrook Academy", "Kestrel Moor Academy"],
    },
    after: {
      description: "Release the Kestrel Moor HoD to spend a day in the Calderbrook department",
      ownerName: "Ian Pollard",
      dueOn: "2025-02-14",
      successCriteria: "Visit completed and two practices agreed to try at Kestrel Moor",
      schools: ["Calderbrook Academy", "Kestrel Moor Academy"],
    },
    at: "2025-01-27T18:20:00.000Z",
  },
  {
    initiative: PRIYA,
    subject: "design",
    whatChanged: "Changed active ingredients",
    why: "The first learning walks felt like inspections to some teachers. Making the coaching conversation an explicit ingredient keeps the walks developmental.",
    before: {
      activeIngredients:
        "HoDs co-author the vision rather than receive it; a short, concrete set of look-fors; paired learning walks; protected time in every HoD meeting.",
    },
    after: {
      activeIngredients:
        "HoDs co-author the vision rather than receive it; a short, concrete set of look-fors; paired learning walks followed by a coaching (not judging) conversation; protected time in every HoD meeting.",
    },
    at: "2025-02-03T19:05:00.000Z",
  },
  {
    initiative: JAMES,
    subject: "action",
    action: "Write a common end-of-unit assessment for the trial units",
    whatChanged: "Added action “Write a common end-of-unit assessment for the trial units”",
    why: "Without a shared assessment we cannot compare the trial classes across schools, which is the point of the final outcome.",
    before: null,
    after: {
      description: "Write a common end-of-unit assessment for the trial units",
      ownerName: "Adam Lister",
      dueOn: "2025-04-04",
      successCriteria: "Assessment and mark scheme used in every trial class",
      schools: ["Hylton Bridge Academy", "Penshaw View School", "Ravensworth Green Academy", "Saltwell Ridge Academy"],
    },
    at: "2025-01-13T16:30:00.000Z",
  },
];

/** Adoption, fidelity, sustainment (1 Not yet … 4 Fully) and a note, by school. Kestrel Moor is drifting. */
const IMPLEMENTATION: Record<string, Record<string, [number | null, number | null, number | null, string]>> = {
  [PRIYA]: {
    "Calderbrook Academy": [4, 4, 3, "Look-fors visible in every KS3 lesson seen; the HoD now leads the walks."],
    "Harrowfell School": [3, 3, 2, "Used in Year 7; Year 8 teachers still settling in."],
    "Kestrel Moor Academy": [
      3,
      1,
      1,
      "Lesson structure adopted on paper, but walks found the paired talk dropped and no coaching follow-up.",
    ],
    "Oakholme All-Through Academy": [2, 2, null, "Started after Easter; too early to judge sustainment."],
  },
  [JAMES]: {
    "Saltwell Ridge Academy": [3, 3, 3, "Both trial units taught as written."],
    "Penshaw View School": [3, 2, 2, "Pedagogical notes often skipped when time is short."],
    "Hylton Bridge Academy": [1, null, null, "Joins the trial in the summer term."],
  },
};

export async function seedDemoHealth(db: Kysely<Database>): Promise<void> {
  const work = async (trx: Kysely<Database>) => {
    const cohort = await trx.selectFrom("cohorts").select("id").where("name", "=", COHORT).executeTakeFirst();
    if (!cohort) return;
    const initiatives = await trx
      .selectFrom("entries")
      .select(["id", "title", "owner_id"])
      .where("cohort_id", "=", cohort.id)
      .where("kind", "=", "initiative")
      .where("title", "in", [PRIYA, JAMES])
      .execute();
    const find = (title: string) => initiatives.find((i) => i.title === title);

    // Only on a demo that has none yet: the seeds run once, on an empty database.
    const already = await trx
      .selectFrom("initiative_adaptations")
      .select("id")
      .where("initiative_id", "in", initiatives.length > 0 ? initiatives.map((i) => i.id) : ["(none)"])
      .executeTakeFirst();
    if (already) return;

    for (const override of OVERRIDES) {
      const initiative = find(override.initiative);
      if (!initiative) continue;
      await trx
        .insertInto("initiative_status_overrides")
        .values({
          id: randomUUID(),
          initiative_id: initiative.id,
          rag: override.rag,
          reason: override.reason,
          created_by: initiative.owner_id,
          created_at: override.at,
        })
        .execute();
    }

    for (const change of ADAPTATIONS) {
      const initiative = find(change.initiative);
      if (!initiative) continue;
      let subjectId = initiative.id;
      if (change.action) {
        const action = await trx
          .selectFrom("action_items")
          .select("id")
          .where("initiative_id", "=", initiative.id)
          .where("description", "=", change.action)
          .executeTakeFirst();
        if (!action) continue;
        subjectId = action.id;
      }
      await trx
        .insertInto("initiative_adaptations")
        .values({
          id: randomUUID(),
          initiative_id: initiative.id,
          subject: change.subject,
          subject_id: subjectId,
          what_changed: change.whatChanged,
          why: change.why,
          before_json: JSON.stringify(change.before),
          after_json: JSON.stringify(change.after),
          changed_by: initiative.owner_id,
          changed_at: change.at,
        })
        .execute();
    }

    for (const [title, schools] of Object.entries(IMPLEMENTATION)) {
      const initiative = find(title);
      if (!initiative) continue;
      const covered = await trx
        .selectFrom("initiative_schools")
        .innerJoin("organisations", "organisations.id", "initiative_schools.school_id")
        .select(["organisations.id", "organisations.name"])
        .where("initiative_schools.initiative_id", "=", initiative.id)
        .execute();
      for (const school of covered) {
        const rating = schools[school.name];
        if (!rating) continue;
        const [adoption, fidelity, sustainment, note] = rating;
        await trx
          .insertInto("school_implementation")
          .values({
            initiative_id: initiative.id,
            school_id: school.id,
            adoption,
            fidelity,
            sustainment,
            note,
            updated_at: "2025-05-16T15:00:00.000Z",
          })
          .execute();
      }
    }
  };
  await (db.isTransaction ? work(db) : db.transaction().execute(work));
}

/** The schools of Priya's initiative, for tests that need them by name. */
export const DEMO_HEALTH = { PRIYA, JAMES, LOOK_FOR_SCHOOLS, drifting: "Kestrel Moor Academy" };
