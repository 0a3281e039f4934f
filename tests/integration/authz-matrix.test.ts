import { createHash, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { createSession, serializeSessionId } from "~/utils/session.server";
import { readAppRoutes, type AppRoute } from "../support/route-manifest";
import { EXPECTED, PUBLIC_ROUTES, SEES, LEAK_EXCEPTIONS, type Role, ROLES } from "./authz-matrix.expected";
import { BASE, callAction, callLoader, DEMO, form, type Settled, userId } from "./helpers";

// Trust check C01/C02/C05: every loader (GET) and action (POST, one per intent) of every route in Remix's own
// route manifest, as each of eight roles, against participant@example.org's real records. Each cell must give
// the status in authz-matrix.expected.ts; a cell of a role that may not use the route must never be 2xx; no
// response (body or headers) may carry a canary the role may not see, a password hash, or another user's email;
// and no GET may change the records tables.

const DEACTIVATED = "ben.hartley@example.org";

const EMAILS: Record<Exclude<Role, "anonymous">, string> = {
  owner: DEMO.participant,
  sameCohort: DEMO.sameCohortParticipant,
  otherCohort: DEMO.otherCohortParticipant,
  lead: DEMO.lead,
  otherLead: DEMO.otherLead,
  admin: DEMO.admin,
  deactivated: DEACTIVATED,
};

interface Ids {
  owner: string;
  cohortId: string;
  programmeId: string;
  initiativeId: string;
  privateInitiativeId: string;
  actionId: string;
  auditId: string;
  auditDate: string;
  reflectionId: string;
  privateReflectionId: string;
  taskId: string;
  responseId: string;
  evidenceId: string;
  threadId: string;
  /** A PD Lead Programme cohort (its programme has accreditation criteria) she and participant2 also take part in. */
  accreditationCohortId: string;
  accreditationCriterionId: string;
}

interface Case {
  key: string;
  route: AppRoute;
  method: "GET" | "POST";
  url: string;
  params: Record<string, string>;
  body?: () => URLSearchParams | FormData;
  /** Runs after the other POSTs of the same role (deletes, signing out). */
  late?: boolean;
}

/** The canaries, by what may see them: the owner sees all; her cohort's leads and admins see the "leads" ones. */
const CANARY = {
  privateReflection: `CANARY-P1-PRIVATE-REFLECTION-${randomUUID()}`,
  privateInitiative: `CANARY-P1-PRIVATE-INITIATIVE-${randomUUID()}`,
  evidenceFile: `CANARY-P1-EVIDENCE-FILE-${randomUUID()}`,
  evidenceBytes: `CANARY-P1-EVIDENCE-BYTES-${randomUUID()}`,
  leadsRecord: `CANARY-P1-LEADS-RECORD-${randomUUID()}`,
  leadsComment: `CANARY-P1-LEADS-COMMENT-${randomUUID()}`,
};
const PRIVATE_CANARIES = [CANARY.privateReflection, CANARY.privateInitiative];
const LEADS_CANARIES = [CANARY.evidenceFile, CANARY.evidenceBytes, CANARY.leadsRecord, CANARY.leadsComment];

let routes: AppRoute[];
let ids: Ids;
let cases: Case[];
const cookies = new Map<Role, string>();
let passwordHashes: string[];
let allEmails: string[];

async function freshCookie(role: Role): Promise<string | undefined> {
  if (role === "anonymous") return undefined;
  // The deactivated user keeps the one session made before deactivation; everyone else gets a new one per POST
  // so that signing out (or out everywhere) cannot spoil later cells.
  if (role === "deactivated") return cookies.get(role);
  const sessionId = await createSession(getDb(), await userId(EMAILS[role]));
  return (await serializeSessionId(sessionId)).split(";")[0];
}

function fill(pattern: string, values: Record<string, string>): { url: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const url = pattern.replace(/:(\w+)/g, (_, name: string) => {
    // Her North cohort's programme has no accreditation criteria: accreditation pages use her PD Lead cohort.
    const value = name === "cohortId" && pattern.includes("/accreditation") ? ids.accreditationCohortId : values[name];
    if (value === undefined) throw new Error(`No value for :${name} in ${pattern}; add one to the matrix test`);
    params[name] = value;
    return encodeURIComponent(value);
  });
  return { url, params };
}

/** URL parameters: real ids of participant@example.org's records (or her private ones, for the [private] cells). */
function paramValues(variant?: "private"): Record<string, string> {
  return {
    initiativeId: variant === "private" ? ids.privateInitiativeId : ids.initiativeId,
    actionId: ids.actionId,
    auditId: ids.auditId,
    reflectionId: variant === "private" ? ids.privateReflectionId : ids.reflectionId,
    taskId: ids.taskId,
    responseId: ids.responseId,
    evidenceId: ids.evidenceId,
    cohortId: ids.cohortId,
    programmeId: ids.programmeId,
    userId: ids.owner,
    entryId: ids.reflectionId,
    file: "reflections.csv",
  };
}

/** Routes whose action does several things: one representative POST per intent, with a plausible field set. */
function postVariants(route: AppRoute): {
  intent: string;
  body: () => URLSearchParams | FormData;
  late?: boolean;
}[] {
  const redirectTo = `/reflections/${ids.reflectionId}`;
  switch (route.id) {
    case "routes/account":
      return [
        {
          intent: "change-password",
          body: () => form({ currentPassword: "", newPassword: "", confirmPassword: "" }),
        },
        {
          intent: "sign-out-everywhere",
          body: () => form({ intent: "sign-out-everywhere" }),
          late: true,
        },
      ];
    case "routes/audits.$auditId._index":
      return [
        {
          intent: "follow-up",
          body: () => form({ intent: "follow-up", conductedOn: ids.auditDate }),
        },
      ];
    case "routes/audits.$auditId.edit":
      return [
        { intent: "save", body: () => form({ title: "", focus: "" }) },
        {
          intent: "delete",
          body: () => form({ intent: "delete" }),
          late: true,
        },
      ];
    case "routes/feedback":
      return [
        {
          intent: "start",
          body: () =>
            form({
              intent: "start",
              entryId: ids.reflectionId,
              anchor: "",
              body: "Matrix comment",
              redirectTo,
            }),
        },
        {
          intent: "reply",
          body: () =>
            form({
              intent: "reply",
              threadId: ids.threadId,
              body: "Matrix reply",
              redirectTo,
            }),
        },
        {
          intent: "resolve",
          body: () => form({ intent: "resolve", threadId: ids.threadId, redirectTo }),
        },
        {
          intent: "reopen",
          body: () => form({ intent: "reopen", threadId: ids.threadId, redirectTo }),
        },
        {
          intent: "mark-read",
          body: () =>
            form({
              intent: "mark-read",
              entryId: ids.reflectionId,
              redirectTo,
            }),
        },
      ];
    case "routes/initiatives.$initiativeId._index":
      return [
        {
          intent: "set-rag",
          body: () => form({ intent: "set-rag", actionId: ids.actionId, rag: "at_risk" }),
        },
        {
          intent: "move",
          body: () => form({ intent: "move", actionId: ids.actionId, direction: "down" }),
        },
      ];
    case "routes/initiatives.$initiativeId.status":
      // An override with no reason: refused (400) for the owner. Going back to the computed status writes a row.
      return [
        { intent: "override", body: () => form({ intent: "override", rag: "at_risk", reason: "" }) },
        { intent: "clear", body: () => form({ intent: "clear", reason: "Matrix" }), late: true },
      ];
    case "routes/initiatives.$initiativeId.evaluation":
      // An empty judgement: refused (400) for the owner, so the matrix saves nothing.
      return [{ intent: "save-level", body: () => form({ intent: "save-level", level: "1", judgement: "" }) }];
    case "routes/initiatives.$initiativeId.actions.$actionId":
      return [
        { intent: "save", body: () => form({ description: "" }) },
        {
          intent: "delete",
          body: () => form({ intent: "delete" }),
          late: true,
        },
      ];
    case "routes/reflections.$reflectionId.edit":
      return [
        { intent: "save", body: () => form({ title: "" }) },
        {
          intent: "delete",
          body: () => form({ intent: "delete" }),
          late: true,
        },
      ];
    case "routes/evidence.$evidenceId.delete":
      return [{ intent: "", body: () => form({}), late: true }];
    case "routes/records_.$entryId.evidence.new":
      return [
        {
          intent: "",
          body: () => {
            const data = new FormData();
            data.append("kind", "link");
            data.append("title", "Matrix link");
            data.append("url", "https://example.org/matrix");
            return data;
          },
        },
      ];
    case "routes/sign-out":
      return [{ intent: "", body: () => form({}), late: true }];
    case "routes/admin.people_.$userId":
      // Never the real address: an admin's erase would succeed and take the owner's records with it.
      return [
        {
          intent: "erase",
          body: () => form({ intent: "erase", confirmEmail: "not-her@example.org" }),
        },
      ];
    case "routes/sign-in":
      return [{ intent: "", body: () => form({ email: "", password: "" }) }];
    case "routes/accreditation.$cohortId":
      return [
        {
          intent: "save",
          body: () =>
            form({ intent: "save", criterionId: ids.accreditationCriterionId, statement: "Matrix statement" }),
        },
      ];
    case "routes/cohorts.$cohortId_.accreditation_.$userId":
      return [
        {
          intent: "approve",
          body: () => form({ criterionId: ids.accreditationCriterionId, decision: "approve", comment: "" }),
        },
      ];
    default:
      // An empty form: the point is who gets through, not what is saved.
      return [{ intent: "", body: () => form({}) }];
  }
}

/** Extra GET cells that point at her PRIVATE records instead (IDOR: may a lead open them by URL?). */
const PRIVATE_VARIANTS = new Set([
  "routes/initiatives.$initiativeId._index",
  "routes/reflections.$reflectionId._index",
]);

function buildCases(): Case[] {
  const result: Case[] = [];
  for (const route of routes) {
    if (route.loader) {
      const { url, params } = fill(route.path, paramValues());
      // The root layout and the home page share "/": the layout is named apart.
      result.push({
        key: `GET ${route.path}${route.id === "root" ? " (root layout)" : ""}`,
        route,
        method: "GET",
        url,
        params,
      });
      if (PRIVATE_VARIANTS.has(route.id)) {
        const priv = fill(route.path, paramValues("private"));
        result.push({
          key: `GET ${route.path} [private]`,
          route,
          method: "GET",
          ...priv,
        });
      }
    }
    if (route.action) {
      const { url, params } = fill(route.path, paramValues());
      for (const variant of postVariants(route)) {
        const key = `POST ${route.path}${variant.intent ? ` intent=${variant.intent}` : ""}`;
        result.push({
          key,
          route,
          method: "POST",
          url,
          params,
          body: variant.body,
          late: variant.late,
        });
      }
    }
  }
  return result;
}

async function run(c: Case, cookie: string | undefined): Promise<Settled> {
  const headers: Record<string, string> = cookie ? { Cookie: cookie } : {};
  if (c.method === "GET") return callLoader(c.route.loader!, new Request(BASE + c.url, { headers }), c.params);
  const body = c.body!();
  if (body instanceof URLSearchParams) headers["Content-Type"] = "application/x-www-form-urlencoded";
  return callAction(c.route.action!, new Request(BASE + c.url, { method: "POST", body, headers }), c.params);
}

function bodyText(result: Settled): string {
  const body = typeof result.data === "string" ? result.data : JSON.stringify(result.data ?? null);
  const headers = [...result.headers.entries()].map(([k, v]) => `${k}: ${v}`).join("\n");
  return `${headers}\n${body}`;
}

function forbiddenStrings(key: string, role: Role): string[] {
  const exception = LEAK_EXCEPTIONS[key]?.[role];
  const own = role === "anonymous" ? undefined : EMAILS[role];
  const canaries =
    role === "owner" || exception === "all-her-data"
      ? []
      : SEES.leadsCanaries.includes(role)
        ? PRIVATE_CANARIES
        : [...PRIVATE_CANARIES, ...LEADS_CANARIES];
  const emails = exception ? [] : allEmails.filter((email) => email !== own);
  return [...canaries, ...passwordHashes, ...emails];
}

const failures: string[] = [];

/** Proof that the scan can see: these cells MUST carry these canaries (else a leak check would pass vacuously). */
const MUST_SHOW: { key: string; role: Role; canary: () => string }[] = [
  {
    key: "GET /reflections/:reflectionId [private]",
    role: "owner",
    canary: () => CANARY.privateReflection,
  },
  {
    key: "GET /initiatives/:initiativeId [private]",
    role: "owner",
    canary: () => CANARY.privateInitiative,
  },
  {
    key: "GET /reflections/:reflectionId",
    role: "lead",
    canary: () => CANARY.leadsRecord,
  },
  {
    key: "GET /reflections/:reflectionId",
    role: "lead",
    canary: () => CANARY.evidenceFile,
  },
  {
    key: "GET /reflections/:reflectionId",
    role: "admin",
    canary: () => CANARY.leadsComment,
  },
  {
    key: "GET /evidence/:evidenceId/download",
    role: "lead",
    canary: () => CANARY.evidenceBytes,
  },
  {
    key: "GET /reflections",
    role: "owner",
    canary: () => CANARY.privateReflection,
  },
  {
    key: "GET /cohorts/:cohortId/accreditation/:userId",
    role: "lead",
    canary: () => CANARY.leadsRecord,
  },
  {
    // The same statement on the evidence document's page, which her lead may print.
    key: "GET /cohorts/:cohortId/accreditation/:userId/document",
    role: "lead",
    canary: () => CANARY.leadsRecord,
  },
];
const actual: Record<string, Partial<Record<Role, number>>> = {};

function check(c: Case, role: Role, result: Settled) {
  (actual[c.key] ??= {})[role] = result.status;
  const expected = EXPECTED[c.key]?.[role];
  if (expected !== result.status) failures.push(`${c.key} as ${role}: expected ${expected}, got ${result.status}`);
  const allowed = PUBLIC_ROUTES.includes(c.route.id) || (EXPECTED[c.key]?.allowed ?? []).includes(role);
  if (!allowed && result.status >= 200 && result.status < 300)
    failures.push(`${c.key} as ${role}: unauthorised but ${result.status}`);
  if ((role === "anonymous" || role === "deactivated") && !PUBLIC_ROUTES.includes(c.route.id)) {
    const location = result.headers.get("Location") ?? "";
    if (result.status !== 302 || !location.startsWith("/sign-in"))
      failures.push(`${c.key} as ${role}: not sent to sign in (${result.status} ${location})`);
  }
  const text = bodyText(result);
  for (const must of MUST_SHOW) {
    if (must.key === c.key && must.role === role && !text.includes(must.canary()))
      failures.push(`${c.key} as ${role}: should show ${must.canary().slice(0, 40)}`);
  }
  for (const secret of forbiddenStrings(c.key, role)) {
    if (text.includes(secret)) failures.push(`${c.key} as ${role}: response leaks ${secret.slice(0, 40)}`);
  }
}

const WATCHED = [
  "entries",
  "action_items",
  "comments",
  "comment_reads",
  "task_responses",
  "evidence",
  "reflections",
  "initiatives",
  "audits",
  "audit_ratings",
  "users",
  "memberships",
  "tasks",
] as const;

async function snapshot(): Promise<Record<string, string>> {
  const db = getDb();
  const result: Record<string, string> = {};
  for (const table of WATCHED) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
    const lines = rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .sort()
            .map((k) => {
              const v = row[k];
              return [
                k,
                v instanceof Uint8Array
                  ? createHash("sha256").update(v).digest("hex")
                  : typeof v === "number" || typeof v === "bigint"
                    ? String(v)
                    : v,
              ];
            }),
        ),
      )
      .sort();
    result[table] = `${rows.length}:${createHash("sha256").update(lines.join("\n")).digest("hex")}`;
  }
  return result;
}

async function seed() {
  const db = getDb();
  const owner = await userId(DEMO.participant);
  const lead = await userId(DEMO.lead);
  const membership = await db
    .selectFrom("memberships")
    .innerJoin("cohorts", "cohorts.id", "memberships.cohort_id")
    .select(["cohorts.id", "cohorts.programme_id"])
    .where("user_id", "=", owner)
    .where("role", "=", "participant")
    .executeTakeFirstOrThrow();
  const cohortId = membership.id;
  // Deterministic picks (ids are random per template, titles are not): her first shared initiative with actions,
  // her first baseline audit, her first task response.
  const initiative = await db
    .selectFrom("entries")
    .innerJoin("action_items", "action_items.initiative_id", "entries.id")
    .select(["entries.id", "action_items.id as actionId"])
    .where("entries.owner_id", "=", owner)
    .where("entries.kind", "=", "initiative")
    .where("entries.visibility", "!=", "private")
    .orderBy("entries.title")
    .orderBy("action_items.position")
    .executeTakeFirstOrThrow();
  const audit = await db
    .selectFrom("entries")
    .innerJoin("audits", "audits.entry_id", "entries.id")
    .select(["entries.id", "audits.conducted_on"])
    .where("entries.owner_id", "=", owner)
    .where("entries.kind", "=", "audit")
    .where("audits.kind", "=", "baseline")
    .where("entries.visibility", "!=", "private")
    .orderBy("audits.conducted_on")
    .orderBy("entries.title")
    .executeTakeFirstOrThrow();
  const response = await db
    .selectFrom("task_responses")
    .innerJoin("entries", "entries.id", "task_responses.entry_id")
    .innerJoin("tasks", "tasks.id", "task_responses.task_id")
    .select(["task_responses.entry_id", "task_responses.task_id"])
    .where("entries.owner_id", "=", owner)
    .where("entries.visibility", "!=", "private")
    .orderBy("tasks.due_on")
    .orderBy("tasks.title")
    .executeTakeFirstOrThrow();

  const now = new Date().toISOString();
  const entry = (
    id: string,
    kind: "reflection" | "initiative",
    title: string,
    visibility: "private" | "leads",
    status: string,
  ) =>
    db
      .insertInto("entries")
      .values({
        id,
        kind,
        owner_id: owner,
        cohort_id: cohortId,
        initiative_id: null,
        title,
        status,
        visibility,
        occurred_on: "2025-02-03",
        created_at: now,
        updated_at: now,
      })
      .execute();

  // One PRIVATE reflection, one private initiative, one leads-only reflection with an evidence file and a lead's comment.
  const privateReflectionId = randomUUID();
  await entry(privateReflectionId, "reflection", `Private ${CANARY.privateReflection}`, "private", "written");
  await db
    .insertInto("reflections")
    .values({
      entry_id: privateReflectionId,
      body: CANARY.privateReflection,
      prompt_what: CANARY.privateReflection,
      prompt_so_what: "",
      prompt_now_what: "",
      written_on: "2025-02-03",
      workshop_id: null,
    })
    .execute();
  const privateInitiativeId = randomUUID();
  await entry(privateInitiativeId, "initiative", `Private ${CANARY.privateInitiative}`, "private", "planning");
  await db
    .insertInto("initiatives")
    .values({
      entry_id: privateInitiativeId,
      problem: CANARY.privateInitiative,
      evidence_of_need: "x",
      approach: "x",
      active_ingredients: "x",
      starts_on: "2025-01-06",
      ends_on: "2025-07-18",
    })
    .execute();
  const reflectionId = randomUUID();
  await entry(reflectionId, "reflection", `Shared with leads ${CANARY.leadsRecord}`, "leads", "written");
  await db
    .insertInto("reflections")
    .values({
      entry_id: reflectionId,
      body: CANARY.leadsRecord,
      prompt_what: CANARY.leadsRecord,
      prompt_so_what: "",
      prompt_now_what: "",
      written_on: "2025-02-03",
      workshop_id: null,
    })
    .execute();
  const evidenceId = randomUUID();
  await db
    .insertInto("evidence")
    .values({
      id: evidenceId,
      entry_id: reflectionId,
      kind: "file",
      title: "Lesson photo",
      description: "",
      url: null,
      file_name: `${CANARY.evidenceFile}.txt`,
      mime: "text/plain",
      size: CANARY.evidenceBytes.length,
      bytes: Buffer.from(CANARY.evidenceBytes),
      created_by: owner,
      created_at: now,
    })
    .execute();
  const threadId = randomUUID();
  await db
    .insertInto("comments")
    .values({
      id: threadId,
      entry_id: reflectionId,
      parent_id: null,
      author_id: lead,
      anchor: "",
      body: CANARY.leadsComment,
      resolved_at: null,
      created_at: now,
    })
    .execute();

  // A PD Lead Programme cohort led by lead@ with her and participant2 in it (academic year sorting after North, so
  // North stays her first cohort), and her statement for the first criterion, submitted, shared with leads.
  const pdlp = await db.selectFrom("programmes").select("id").where("code", "=", "PDLP").executeTakeFirstOrThrow();
  const criterion = await db
    .selectFrom("accreditation_criteria")
    .select("id")
    .where("programme_id", "=", pdlp.id)
    .orderBy("position")
    .executeTakeFirstOrThrow();
  const accreditationCohortId = randomUUID();
  await db
    .insertInto("cohorts")
    .values({
      id: accreditationCohortId,
      programme_id: pdlp.id,
      name: "Matrix PD Lead cohort",
      academic_year: "2000/01",
    })
    .execute();
  const ownerMembershipId = randomUUID();
  await db
    .insertInto("memberships")
    .values([
      {
        id: ownerMembershipId,
        cohort_id: accreditationCohortId,
        user_id: owner,
        role: "participant",
        track: "new",
        trust_id: null,
      },
      {
        id: randomUUID(),
        cohort_id: accreditationCohortId,
        user_id: await userId(DEMO.sameCohortParticipant),
        role: "participant",
        track: "new",
        trust_id: null,
      },
      { id: randomUUID(), cohort_id: accreditationCohortId, user_id: lead, role: "lead", track: null, trust_id: null },
    ])
    .execute();
  await db
    .insertInto("criterion_reviews")
    .values({
      id: randomUUID(),
      membership_id: ownerMembershipId,
      criterion_id: criterion.id,
      status: "submitted",
      reviewer_id: null,
      note: "",
      statement: `Statement ${CANARY.leadsRecord}`,
      updated_at: now,
    })
    .execute();

  // The deactivated user: a session made first, then the account switched off.
  const deactivated = await userId(DEACTIVATED);
  const sessionId = await createSession(db, deactivated);
  cookies.set("deactivated", (await serializeSessionId(sessionId)).split(";")[0]);
  await db.updateTable("users").set({ deactivated_at: now }).where("id", "=", deactivated).execute();

  return {
    owner,
    cohortId,
    programmeId: membership.programme_id,
    initiativeId: initiative.id,
    privateInitiativeId,
    actionId: initiative.actionId,
    auditId: audit.id,
    auditDate: audit.conducted_on,
    reflectionId,
    privateReflectionId,
    taskId: response.task_id,
    responseId: response.entry_id,
    evidenceId,
    threadId,
    accreditationCohortId,
    accreditationCriterionId: criterion.id,
  };
}

beforeAll(async () => {
  routes = await readAppRoutes();
  ids = await seed();
  for (const role of ROLES) {
    if (role !== "anonymous" && role !== "deactivated") cookies.set(role, (await freshCookie(role))!);
  }
  const users = await getDb().selectFrom("users").select(["email", "password_hash"]).execute();
  passwordHashes = users.map((u) => u.password_hash);
  allEmails = users.map((u) => u.email);
  cases = buildCases();
}, 60_000);

describe("authorization matrix (C01, C02, C05)", () => {
  it("classifies every route with a loader or action, and nothing else", () => {
    const keys = cases.map((c) => c.key);
    expect(
      keys.filter((key) => !(key in EXPECTED)),
      "routes missing from authz-matrix.expected.ts",
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED).filter((key) => !keys.includes(key)),
      "stale rows in authz-matrix.expected.ts",
    ).toEqual([]);
  });

  it("gives every role the expected status, never 2xx when unauthorised, never another user's data; GETs change nothing", async () => {
    const gets = cases.filter((c) => c.method === "GET");
    const posts = cases.filter((c) => c.method === "POST");

    const before = await snapshot();
    for (const role of ROLES) {
      for (const c of gets) check(c, role, await run(c, cookies.get(role)));
    }
    expect(await snapshot(), "GET loaders changed state (C05)").toEqual(before);

    // Writes: the owner last, and within each role the destructive ones (delete, sign out) last.
    const postOrder: Role[] = [
      "anonymous",
      "deactivated",
      "sameCohort",
      "otherCohort",
      "otherLead",
      "lead",
      "admin",
      "owner",
    ];
    for (const role of postOrder) {
      for (const c of [...posts.filter((p) => !p.late), ...posts.filter((p) => p.late)]) {
        check(c, role, await run(c, await freshCookie(role)));
      }
    }

    const count = (gets.length + posts.length) * ROLES.length;
    console.log(`authorization matrix: ${count} cases`);
    if (process.env.AUTHZ_MATRIX_PRINT) console.log(JSON.stringify(actual, null, 1));
    expect(failures).toEqual([]);
  }, 120_000);
});
