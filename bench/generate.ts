// `npm run bench:data [-- --cohorts N --out FILE]`: a deterministic national dataset for the bench.
//
// The schema comes from the real migrations and the frameworks from the real seed (through Kysely, as the server
// does at start); everything else is written straight through better-sqlite3 with prepared statements in one
// transaction, which is what makes ~2 million rows take seconds rather than minutes. Every id, name, date and
// sentence comes from a seeded PRNG (mulberry32), so two runs with the same --cohorts write the same rows.
//
// Every user's password is BENCH_PASSWORD: it is hashed once with the app's own argon2 settings and the one hash
// is stored for every user (hashing 3,000+ passwords would take minutes and prove nothing).
//
// Shape per cohort (see docs/decisions/0008-benchmarks.md): 3 workshops, 2 leads, 6 trusts of 6 schools,
// 30 participants (5 per trust). Each participant: 1 initiative (3 schools, 4 outcomes, strands and outcome
// statements, 1-3 evaluation levels), 10 actions, a baseline and a follow-up audit over 6 schools x 10 criteria,
// 30 reflections, a response to each of the cohort's 6 tasks, and 6 evidence records (small files for half,
// links for the rest). About one record in ten is private, so the dashboard has something it must not count.
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { migrateToLatest } from "../db/migrator";
import type { Database } from "../db/schema";
import { seedFrameworks } from "../db/seed/frameworks-seed";
import { addDays } from "../app/utils/dates";
import { hashPassword } from "../app/utils/password.server";

export const BENCH_PASSWORD = "bench-password-not-secret";
export const BENCH_LEAD_EMAIL = "lead-0000-a@bench.example";
export const BENCH_PARTICIPANT_EMAIL = "p-0000-00@bench.example";

export const PARTICIPANTS_PER_COHORT = 30;
const TRUSTS_PER_COHORT = 6;
const SCHOOLS_PER_TRUST = 6;
const ACTIONS = 10;
const CRITERIA = 10;
const REFLECTIONS = 30;
const TASKS = 6;
const EVIDENCE = 6;

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20250301);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];
const chance = (p: number) => random() < p;
const hex = (n: number) => {
  let s = "";
  for (let i = 0; i < n; i++) s += "0123456789abcdef"[int(16)];
  return s;
};
/** A version-4-shaped uuid from the seeded PRNG, like the app's random ids. */
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[int(4)]}${hex(3)}-${hex(12)}`;

// ---------------------------------------------------------------------------------------------------------------
// Real-looking words

const FIRST = [
  "Priya",
  "James",
  "Olivia",
  "Daniel",
  "Aisha",
  "Tom",
  "Grace",
  "Mohammed",
  "Sophie",
  "Ben",
  "Hannah",
  "Kwame",
  "Emily",
  "Ravi",
  "Chloe",
  "Liam",
  "Fatima",
  "Owen",
  "Zara",
  "Harry",
  "Megan",
  "Yusuf",
  "Ellie",
  "Jack",
  "Niamh",
  "Samuel",
  "Leah",
  "Arjun",
  "Rosie",
  "Callum",
];
const LAST = [
  "Shah",
  "Whitaker",
  "Grant",
  "Achebe",
  "Khan",
  "Morgan",
  "Patel",
  "Hughes",
  "Begum",
  "Roberts",
  "Okafor",
  "Clarke",
  "Evans",
  "Singh",
  "Walsh",
  "Turner",
  "Ahmed",
  "Price",
  "Murphy",
  "Lewis",
  "Harrison",
  "Iqbal",
  "Bennett",
  "Doyle",
  "Foster",
  "Mensah",
  "Wood",
  "Chowdhury",
  "Barker",
  "Ellis",
];
const PLACES = [
  "Pennine",
  "Calder",
  "Aire",
  "Wharfe",
  "Ribble",
  "Tyne",
  "Wear",
  "Tees",
  "Mersey",
  "Trent",
  "Severn",
  "Avon",
  "Exe",
  "Tamar",
  "Medway",
  "Thames",
  "Ouse",
  "Derwent",
  "Eden",
  "Lune",
  "Kennet",
  "Stour",
  "Cherwell",
  "Dove",
];
const TRUST_WORDS = [
  "Learning Trust",
  "Academies Trust",
  "Education Partnership",
  "Schools Trust",
  "Multi-Academy Trust",
  "Learning Partnership",
];
const SCHOOL_WORDS = [
  "Academy",
  "High School",
  "School",
  "Community College",
  "Church of England Academy",
  "Grammar School",
];
const REGIONS = [
  "North",
  "North East",
  "North West",
  "Yorkshire",
  "Midlands",
  "East",
  "London",
  "South East",
  "South West",
  "West",
];

const FOCI = [
  "Use of representations in Key Stage 3",
  "Mathematical talk and stem sentences",
  "Small steps and coherent lesson design",
  "Fluency in number facts in Year 7",
  "Questioning to check understanding",
  "Adaptive teaching for lower attainers",
  "Retrieval practice at the start of lessons",
  "Department curriculum planning time",
];
const PROBLEMS = [
  "Pupils arrive in Year 7 with insecure number sense, and gaps widen across Key Stage 3.",
  "Lessons move on before understanding is checked, so misconceptions surface only in assessments.",
  "Representations are used in some classrooms but rarely connected to the abstract.",
  "Departments plan alone, and practice varies more within schools than between them.",
  "Disadvantaged pupils fall behind their peers by the end of Year 8 in every school of the trust.",
];
const APPROACHES = [
  "Joint planning of small-step sequences, with lesson study in each school once a term.",
  "A trust-wide fluency programme of short daily practice, with shared resources and coaching.",
  "Stem sentences and structured talk in every Key Stage 3 lesson, modelled in department meetings.",
  "Coaching for heads of department on checking understanding, with paired observations.",
];
const ACTION_VERBS = ["Plan", "Run", "Observe", "Review", "Share", "Train", "Audit", "Agree", "Model", "Evaluate"];
const ACTION_OBJECTS = [
  "a lesson study cycle with the Year 7 team",
  "the fluency resources with every department",
  "two lessons in each school with the head of department",
  "the scheme of work for fractions and ratio",
  "the audit results at the trust maths leads meeting",
  "new staff on the use of bar models",
  "pupil voice on mathematical talk",
  "the assessment calendar for Key Stage 3",
];
const SENTENCES = [
  "The Year 8 team tried the new starter routine this week and pupils settled faster than before.",
  "In the department meeting we looked at pupils' work together and agreed what a secure answer looks like.",
  "Observing a colleague at another school showed me how much time careful questioning can save later.",
  "The heads of department are more confident using the audit scale now that we have moderated it together.",
  "Pupils explained their reasoning in full sentences more often when the stem sentence was on the board.",
  "Lower attainers kept up when the steps were smaller, but we ran out of time for the final practice.",
  "Next I will ask each school to choose one class to follow closely until the spring assessment.",
  "The workshop reading on implementation made me rethink how long we give teachers to embed a change.",
  "We need to protect the planning time, or the approach will fade once the term gets busy.",
  "Two schools have started sharing resources without being asked, which is the culture we hoped for.",
  "Attendance at the after-school sessions dropped in February, so we moved them into department time.",
  "I am not yet sure the improvement will last; the follow-up audit in summer will tell us more.",
];
const FEEDBACK = [
  "Thank you for sharing this. What did the pupils you were most worried about do differently?",
  "This is a clear reflection. Could you bring one piece of pupils' work to the next workshop?",
  "Good progress. How will you know the change has lasted beyond this term?",
];

const paragraph = (sentences: number) => Array.from({ length: sentences }, () => pick(SENTENCES)).join(" ");

// ---------------------------------------------------------------------------------------------------------------

export interface GenerateOptions {
  cohorts: number;
  out: string;
  log?: (line: string) => void;
}

export interface GenerateResult {
  file: string;
  cohorts: number;
  participants: number;
  rows: Record<string, number>;
  bytes: number;
  seconds: { schema: number; rows: number; index: number; total: number };
}

export async function generate({ cohorts, out, log = console.log }: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(out + suffix, { force: true });
  fs.mkdirSync(path.dirname(out), { recursive: true });

  // 1. The real schema and frameworks, through Kysely as the server would.
  const sqlite = new SQLite(out);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrateToLatest(kysely);
  await seedFrameworks(kysely);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const schemaDone = performance.now();

  // 2. The rows: prepared statements in one transaction; bulk-load pragmas only while loading (no journal: a
  // generation that fails half way leaves a file to delete, and the next run starts by deleting it). In WAL mode
  // the 1,000-cohort transaction would first write its 3 GB to the WAL and then again to the file.
  sqlite.pragma("journal_mode = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("foreign_keys = OFF");
  // A cache big enough for the indexes of the 1,000-cohort file: random-id inserts then stay in memory, not on disk.
  sqlite.pragma("cache_size = -2000000");
  sqlite.pragma("temp_store = MEMORY");
  // Cohorts belong to the programmes whose frameworks have strands (the others have no records to tag).
  const programmes = sqlite
    .prepare(
      "select id, code from programmes where exists (select 1 from strands where strands.programme_id = programmes.id) order by code",
    )
    .all() as { id: string; code: string }[];
  const strandsOf = new Map<string, { id: string; statements: string[] }[]>();
  for (const p of programmes) {
    const strands = sqlite.prepare("select id from strands where programme_id = ? order by position").all(p.id) as {
      id: string;
    }[];
    strandsOf.set(
      p.id,
      strands.map((s) => ({
        id: s.id,
        statements: (
          sqlite.prepare("select id from outcome_statements where strand_id = ? order by position").all(s.id) as {
            id: string;
          }[]
        ).map((r) => r.id),
      })),
    );
  }

  const columns = (table: string) =>
    (sqlite.prepare(`select name from pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
  const rows: Record<string, number> = {};
  const inserters = new Map<string, (values: Record<string, unknown>) => void>();
  const insert = (table: string, values: Record<string, unknown>) => {
    let run = inserters.get(table);
    if (!run) {
      // Every column is named, so a column added by a later migration gets its default or null.
      const names = columns(table).filter((c) => c in values);
      const statement = sqlite.prepare(
        `insert into ${table} (${names.join(", ")}) values (${names.map((n) => "@" + n).join(", ")})`,
      );
      run = (v) => statement.run(v);
      inserters.set(table, run);
    }
    run(values);
    rows[table] = (rows[table] ?? 0) + 1;
  };

  const load = sqlite.transaction(() => {
    const createdAt = "2024-09-01T08:00:00.000Z";
    insert("users", {
      id: uuid(),
      email: "admin@bench.example",
      name: "Alex Morgan",
      password_hash: passwordHash,
      is_admin: 1,
      deactivated_at: null,
      created_at: createdAt,
    });
    for (let c = 0; c < cohorts; c++) {
      const tag = String(c).padStart(4, "0");
      const programme = programmes[c % programmes.length];
      const strands = strandsOf.get(programme.id)!;
      const year = 2023 + (c % 3);
      const academicYear = `${year}/${String(year + 1).slice(2)}`;
      const cohortId = uuid();
      insert("cohorts", {
        id: cohortId,
        programme_id: programme.id,
        name: `${academicYear} ${pick(REGIONS)} ${pick(PLACES)} — cohort ${tag}`,
        academic_year: academicYear,
      });
      const workshopDays = [
        `${year}-10-${10 + int(10)}`,
        `${year + 1}-01-${12 + int(10)}`,
        `${year + 1}-03-${10 + int(10)}`,
      ];
      const workshops = workshopDays.map((heldOn, position) => {
        const id = uuid();
        insert("workshops", { id, cohort_id: cohortId, title: `Workshop ${position + 1}`, held_on: heldOn, position });
        return { id, heldOn };
      });

      const leadIds: string[] = [];
      for (const letter of ["a", "b"]) {
        const id = uuid();
        leadIds.push(id);
        insert("users", {
          id,
          email: `lead-${tag}-${letter}@bench.example`,
          name: `${pick(FIRST)} ${pick(LAST)}`,
          password_hash: passwordHash,
          is_admin: 0,
          deactivated_at: null,
          created_at: createdAt,
        });
        insert("memberships", {
          id: uuid(),
          cohort_id: cohortId,
          user_id: id,
          role: "lead",
          track: null,
          trust_id: null,
        });
      }

      const trusts = Array.from({ length: TRUSTS_PER_COHORT }, () => {
        const trustId = uuid();
        const place = pick(PLACES);
        insert("organisations", {
          id: trustId,
          kind: "trust",
          name: `${place} ${pick(TRUST_WORDS)}`,
          parent_id: null,
          phase: null,
          urn: null,
        });
        const schools = Array.from({ length: SCHOOLS_PER_TRUST }, (_, s) => {
          const id = uuid();
          insert("organisations", {
            id,
            kind: "school",
            name: `${pick(PLACES)} ${pick(SCHOOL_WORDS)}`,
            parent_id: trustId,
            phase: "secondary",
            urn: String(100000 + c * 100 + s + int(50)),
          });
          return id;
        });
        return { id: trustId, schools };
      });

      const tasks = Array.from({ length: TASKS }, (_, t) => {
        const id = uuid();
        const workshop = workshops[Math.min(2, Math.floor(t / 2))];
        const dueOn = addDays(workshop.heldOn, 21 + t * 3);
        insert("tasks", {
          id,
          cohort_id: cohortId,
          after_workshop_id: workshop.id,
          title: `${pick(ACTION_VERBS)} ${pick(ACTION_OBJECTS)}`,
          instructions: paragraph(3),
          due_on: dueOn,
          created_by: leadIds[0],
          created_at: `${addDays(workshop.heldOn, 1)}T16:00:00.000Z`,
        });
        const strand = strands[t % strands.length];
        insert("task_strands", { task_id: id, strand_id: strand.id });
        return { id, dueOn, strandId: strand.id };
      });

      for (let p = 0; p < PARTICIPANTS_PER_COHORT; p++) {
        const trust = trusts[p % TRUSTS_PER_COHORT];
        const userId = uuid();
        const visibilityOf = () => (chance(0.1) ? "private" : chance(0.3) ? "cohort" : "leads");
        const stampOn = (day: string) =>
          `${day}T${String(8 + int(10)).padStart(2, "0")}:${String(int(60)).padStart(2, "0")}:00.000Z`;
        const entry = (
          kind: string,
          title: string,
          status: string,
          visibility: string,
          occurredOn: string,
          initiativeId: string | null,
        ) => {
          const id = uuid();
          const stamp = stampOn(occurredOn);
          insert("entries", {
            id,
            kind,
            owner_id: userId,
            cohort_id: cohortId,
            initiative_id: initiativeId,
            title,
            status,
            visibility,
            occurred_on: occurredOn,
            created_at: stamp,
            updated_at: stamp,
          });
          return id;
        };
        const tagStrands = (entryId: string, count: number) => {
          const chosen = new Set<number>();
          while (chosen.size < count) chosen.add(int(strands.length));
          for (const s of chosen) insert("entry_strands", { entry_id: entryId, strand_id: strands[s].id });
          return [...chosen];
        };
        const tagStatements = (
          entryId: string,
          strandIndexes: number[],
          table: "entry_outcomes" | "evidence_outcomes",
          key: "entry_id" | "evidence_id",
        ) => {
          for (const s of strandIndexes) {
            const statements = strands[s].statements;
            if (statements.length > 0) insert(table, { [key]: entryId, outcome_statement_id: pick(statements) });
          }
        };

        insert("users", {
          id: userId,
          email: `p-${tag}-${String(p).padStart(2, "0")}@bench.example`,
          name: `${pick(FIRST)} ${pick(LAST)}`,
          password_hash: passwordHash,
          is_admin: 0,
          deactivated_at: null,
          created_at: createdAt,
        });
        insert("memberships", {
          id: uuid(),
          cohort_id: cohortId,
          user_id: userId,
          role: "participant",
          track: chance(0.6) ? "new" : "continuing",
          trust_id: trust.id,
        });

        // The initiative and its action plan
        const startsOn = addDays(workshops[0].heldOn, 7 + int(14));
        const initiativeVisibility = chance(0.05) ? "private" : chance(0.3) ? "cohort" : "leads";
        const initiativeId = entry(
          "initiative",
          pick(FOCI),
          pick(["planning", "in_progress", "in_progress", "evaluating", "complete", "paused"]),
          initiativeVisibility,
          startsOn,
          null,
        );
        insert("initiatives", {
          entry_id: initiativeId,
          problem: pick(PROBLEMS),
          evidence_of_need: paragraph(2),
          approach: pick(APPROACHES),
          active_ingredients: paragraph(2),
          starts_on: startsOn,
          ends_on: addDays(startsOn, 240),
        });
        const initiativeSchools = trust.schools.slice(0, 3);
        for (const school of initiativeSchools)
          insert("initiative_schools", { initiative_id: initiativeId, school_id: school });
        for (let o = 0; o < 4; o++) {
          insert("initiative_outcomes", {
            id: uuid(),
            initiative_id: initiativeId,
            kind: o < 2 ? "implementation" : "final",
            description: pick(SENTENCES),
            measure: "Lesson visits and pupil work scrutiny",
            measured_when: o % 2 ? "Summer term" : "Spring term",
            position: o,
          });
        }
        tagStatements(initiativeId, tagStrands(initiativeId, 2), "entry_outcomes", "entry_id");
        for (let level = 1, top = 1 + int(3); level <= top; level++) {
          insert("evaluations", {
            id: uuid(),
            initiative_id: initiativeId,
            level,
            looked_for: pick(SENTENCES),
            method: "Survey and lesson visits",
            findings: paragraph(2),
            judgement: pick(SENTENCES),
            updated_at: stampOn(addDays(startsOn, 60 * level)),
          });
        }
        for (let a = 0; a < ACTIONS; a++) {
          const actionId = uuid();
          insert("action_items", {
            id: actionId,
            initiative_id: initiativeId,
            description: `${pick(ACTION_VERBS)} ${pick(ACTION_OBJECTS)}`,
            owner_name: `${pick(FIRST)} ${pick(LAST)}`,
            due_on: addDays(startsOn, 14 + a * 18),
            success_criteria: pick(SENTENCES),
            rag: pick(["not_started", "on_track", "at_risk", "off_track", "done", "done"]),
            position: a,
          });
          insert("action_item_schools", { action_item_id: actionId, school_id: pick(initiativeSchools) });
        }

        // A baseline and a follow-up audit of every school of the trust against ten criteria
        const focus = pick(FOCI);
        let baselineId: string | null = null;
        let baselineCriteria: string[] = [];
        let baselineRatings: number[] = [];
        for (const kind of ["baseline", "follow_up"] as const) {
          const conductedOn = kind === "baseline" ? addDays(startsOn, 3) : addDays(workshops[2].heldOn, 30);
          const auditId = entry("audit", focus, "complete", initiativeVisibility, conductedOn, initiativeId);
          insert("audits", { entry_id: auditId, focus, kind, baseline_id: baselineId, conducted_on: conductedOn });
          trust.schools.forEach((school, position) =>
            insert("audit_schools", { audit_id: auditId, school_id: school, position }),
          );
          const criteria: string[] = [];
          const ratings: number[] = [];
          for (let k = 0; k < CRITERIA; k++) {
            const id = uuid();
            criteria.push(id);
            insert("audit_criteria", {
              id,
              audit_id: auditId,
              text: `${pick(ACTION_OBJECTS)} is consistent across classes`,
              position: k,
              baseline_criterion_id: baselineCriteria[k] ?? null,
            });
            trust.schools.forEach((school, s) => {
              const before = baselineRatings[k * SCHOOLS_PER_TRUST + s];
              const rating = before === undefined ? 1 + int(3) : Math.min(4, before + (chance(0.6) ? 1 : 0));
              ratings.push(rating);
              insert("audit_ratings", {
                criterion_id: id,
                school_id: school,
                rating,
                note: chance(0.2) ? pick(SENTENCES) : "",
              });
            });
          }
          tagStrands(auditId, 1);
          baselineId = auditId;
          baselineCriteria = criteria;
          baselineRatings = ratings;
        }

        // Reflections through the year
        const recordIds: string[] = [initiativeId];
        for (let r = 0; r < REFLECTIONS; r++) {
          const writtenOn = addDays(workshops[0].heldOn, r * 7 + int(5));
          const prompted = chance(0.6);
          const workshop = workshops[writtenOn < workshops[1].heldOn ? 0 : writtenOn < workshops[2].heldOn ? 1 : 2];
          const id = entry(
            "reflection",
            prompted
              ? `What I noticed in week ${r + 1}`
              : `Notes after ${["the first", "the second", "the third"][workshops.indexOf(workshop)]} workshop`,
            "written",
            visibilityOf(),
            writtenOn,
            chance(0.5) ? initiativeId : null,
          );
          insert("reflections", {
            entry_id: id,
            body: prompted ? "" : paragraph(4),
            prompt_what: prompted ? paragraph(2) : "",
            prompt_so_what: prompted ? paragraph(2) : "",
            prompt_now_what: prompted ? paragraph(1) : "",
            written_on: writtenOn,
            workshop_id: workshop.id,
          });
          tagStatements(id, tagStrands(id, 1), "entry_outcomes", "entry_id");
          recordIds.push(id);
        }

        // A response to every task of the cohort
        for (const task of tasks) {
          const status = chance(0.7) ? "done" : chance(0.5) ? "in_progress" : "not_started";
          const savedOn = addDays(task.dueOn, -int(10));
          const id = entry(
            "task_response",
            "Task response",
            status,
            chance(0.05) ? "private" : "leads",
            savedOn,
            status === "not_started" ? null : initiativeId,
          );
          insert("task_responses", {
            entry_id: id,
            task_id: task.id,
            owner_id: userId,
            body: status === "not_started" ? "" : paragraph(3),
          });
          insert("entry_strands", { entry_id: id, strand_id: task.strandId });
          recordIds.push(id);
        }

        // Evidence on some of those records: small files (a few hundred bytes to 4 KB) and links
        for (let e = 0; e < EVIDENCE; e++) {
          const id = uuid();
          const onEntry = e === 0 ? initiativeId : pick(recordIds);
          const file = e % 2 === 0;
          const size = 200 + int(3800);
          insert("evidence", {
            id,
            entry_id: onEntry,
            kind: file ? "file" : "link",
            title: file ? `Pupil work sample ${e + 1}` : `Department meeting notes ${e + 1}`,
            description: pick(SENTENCES),
            url: file ? null : `https://example.org/${tag}/${p}/${e}`,
            file_name: file ? `work-sample-${e + 1}.pdf` : null,
            mime: file ? "application/pdf" : null,
            size: file ? size : null,
            bytes: file ? Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(size - 9, 0x20)]) : null,
            created_by: userId,
            created_at: stampOn(addDays(startsOn, e * 20)),
            evidence_type: pick(["reaction", "self_report", "artefact", "observation", "pupil_data"]),
          });
          tagStatements(id, [int(strands.length)], "evidence_outcomes", "evidence_id");
        }

        // A lead's feedback on a few shared records
        for (let f = 0; f < 2; f++) {
          insert("comments", {
            id: uuid(),
            entry_id: recordIds[1 + int(recordIds.length - 1)],
            parent_id: null,
            author_id: leadIds[0],
            anchor: "",
            body: pick(FEEDBACK),
            resolved_at: null,
            created_at: stampOn(addDays(workshops[1].heldOn, f * 10)),
          });
        }
      }
      if ((c + 1) % 100 === 0) log(`  ${c + 1} cohorts`);
    }
  });
  load();
  const rowsDone = performance.now();
  sqlite.pragma("foreign_keys = ON");
  const orphans = sqlite.pragma("foreign_key_check") as unknown[];
  if (orphans.length > 0) throw new Error(`The generated data has ${orphans.length} dangling references`);
  sqlite.exec("analyze");
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  await kysely.destroy();
  const finished = performance.now();
  return {
    file: out,
    cohorts,
    participants: cohorts * PARTICIPANTS_PER_COHORT,
    rows,
    bytes: fs.statSync(out).size,
    seconds: {
      schema: (schemaDone - started) / 1000,
      rows: (rowsDone - schemaDone) / 1000,
      index: (finished - rowsDone) / 1000,
      total: (finished - started) / 1000,
    },
  };
}

export const DEFAULT_OUT = path.resolve(import.meta.dirname, "data/national.db");

async function main() {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const cohorts = Number(flag("--cohorts") ?? 100);
  if (!Number.isInteger(cohorts) || cohorts < 1) throw new Error("--cohorts must be a whole number of at least 1");
  const out = path.resolve(
    flag("--out") ?? (cohorts === 100 ? DEFAULT_OUT : path.resolve(import.meta.dirname, `data/national-${cohorts}.db`)),
  );
  console.log(
    `Writing ${cohorts} cohorts x ${PARTICIPANTS_PER_COHORT} participants to ${path.relative(process.cwd(), out)}`,
  );
  const result = await generate({ cohorts, out });
  const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
  console.log(`  ${total.toLocaleString("en-GB")} rows, ${(result.bytes / 1024 / 1024).toFixed(0)} MB`);
  for (const [table, n] of Object.entries(result.rows).sort((a, b) => b[1] - a[1]))
    console.log(`    ${table.padEnd(22)} ${n.toLocaleString("en-GB")}`);
  console.log(
    `  schema and frameworks ${result.seconds.schema.toFixed(1)} s, rows ${result.seconds.rows.toFixed(1)} s, checks and analyze ${result.seconds.index.toFixed(1)} s, total ${result.seconds.total.toFixed(1)} s`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
