import { createHash, randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { getDb } from "~/db.server";
import { DEMO_PASSWORD } from "../../db/seed/demo";
import { readAppRoutes, type AppRoute } from "../support/route-manifest";
import { BASE, callLoader, cookieFor, DEMO, get, settle, userId, type Settled } from "./helpers";

// Property-based fuzzing of EVERY action in Remix's route manifest (C16 of TRUST-CHECKS.md). Each case starts
// from a valid form for the route, sent as the record's owner (or as the cohort lead for lead pages) with the URL
// params filled with her real ids, then breaks it: fields dropped, doubled (arrays where a scalar is expected),
// swapped for hostile values (1 MB strings, lone surrogates, NUL, CRLF, RTL override, SQL and HTML), extra
// `__proto__`/`constructor` keys, other people's or unknown ids, undecodable bodies, and the same form twice.
// Properties: never a 5xx or a thrown Error; a rejected submission leaves the database exactly as it was; no
// prototype pollution. Stored hostile text comes back verbatim (checked in the last block, and in the browser by
// tests/e2e/fuzz-xss.spec.ts).

const SEED = 20250214;
const POSTGRES = process.env.STRANDS_TEST_DB === "postgres";
/** Cases per action on SQLite; the total must reach 10,000. PostgreSQL runs a fifth of that. */
const RUNS_PER_ACTION = Number(process.env.FUZZ_RUNS ?? (POSTGRES ? 80 : 390));

type Value = string | { raw: string };
type Pair = [string, Value];
type Who = "owner" | "lead" | "fresh";

interface Ids {
  user: string;
  cohort: string;
  strands: string[];
  outcomes: string[];
  workshops: { id: string; heldOn: string }[];
  schools: string[];
  initiative: string;
  initiativeSchools: string[];
  action: string;
  audit: string;
  auditCriteria: string[];
  auditSchools: string[];
  reflection: string;
  evidence: string;
  task: string;
  thread: string;
}

let owner: Ids;
let other: Ids;
let otherCohort: string;
/** A PD Lead Programme cohort (with accreditation criteria) that the owner, the other participant and the lead are in. */
let accreditation: { cohort: string; criterion: string; reviewCriterion: string };
let cookies: Record<"owner" | "lead", string>;

async function idsOf(email: string): Promise<Ids> {
  const db = getDb();
  const user = await userId(email);
  const membership = await db
    .selectFrom("memberships")
    .innerJoin("cohorts", "cohorts.id", "memberships.cohort_id")
    .select(["memberships.cohort_id", "memberships.trust_id", "cohorts.programme_id"])
    .where("user_id", "=", user)
    .where("role", "=", "participant")
    .executeTakeFirstOrThrow();
  const strands = await db
    .selectFrom("strands")
    .select("id")
    .where("programme_id", "=", membership.programme_id)
    .orderBy("position")
    .execute();
  const outcomes = await db
    .selectFrom("outcome_statements")
    .select("id")
    .where(
      "strand_id",
      "in",
      strands.map((s) => s.id),
    )
    .orderBy("position")
    .execute();
  const workshops = await db
    .selectFrom("workshops")
    .select(["id", "held_on"])
    .where("cohort_id", "=", membership.cohort_id)
    .orderBy("position")
    .execute();
  const schools = await db
    .selectFrom("organisations")
    .select("id")
    .where("parent_id", "=", membership.trust_id)
    .orderBy("name")
    .execute();
  const entry = async (kind: "initiative" | "audit" | "reflection") =>
    (
      await db
        .selectFrom("entries")
        .select("id")
        .where("owner_id", "=", user)
        .where("kind", "=", kind)
        .orderBy("created_at")
        .executeTakeFirstOrThrow()
    ).id;
  const initiative = await entry("initiative");
  const audit = await entry("audit");
  const reflection = await entry("reflection");
  const evidence = await db
    .selectFrom("evidence")
    .innerJoin("entries", "entries.id", "evidence.entry_id")
    .select("evidence.id")
    .where("entries.owner_id", "=", user)
    .orderBy("evidence.created_at")
    .executeTakeFirst();
  const task = await db
    .selectFrom("tasks")
    .select("id")
    .where("cohort_id", "=", membership.cohort_id)
    .orderBy("due_on")
    .executeTakeFirstOrThrow();
  const thread = await db
    .selectFrom("comments")
    .innerJoin("entries", "entries.id", "comments.entry_id")
    .select("comments.id")
    .where("entries.owner_id", "=", user)
    .where("comments.parent_id", "is", null)
    .executeTakeFirst();
  return {
    user,
    cohort: membership.cohort_id,
    strands: strands.map((s) => s.id),
    outcomes: outcomes.map((o) => o.id),
    workshops: workshops.map((w) => ({ id: w.id, heldOn: w.held_on })),
    schools: schools.map((s) => s.id),
    initiative,
    initiativeSchools: (
      await db.selectFrom("initiative_schools").select("school_id").where("initiative_id", "=", initiative).execute()
    ).map((r) => r.school_id),
    action: (
      await db
        .selectFrom("action_items")
        .select("id")
        .where("initiative_id", "=", initiative)
        .orderBy("position")
        .executeTakeFirstOrThrow()
    ).id,
    audit,
    auditCriteria: (
      await db.selectFrom("audit_criteria").select("id").where("audit_id", "=", audit).orderBy("position").execute()
    ).map((r) => r.id),
    auditSchools: (
      await db
        .selectFrom("audit_schools")
        .select("school_id")
        .where("audit_id", "=", audit)
        .orderBy("position")
        .execute()
    ).map((r) => r.school_id),
    reflection,
    evidence: evidence?.id ?? randomUUID(),
    task: task.id,
    thread: thread?.id ?? randomUUID(),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// One spec per action: who sends it, which id fills each URL param, and a valid form to start from.

interface Spec {
  as: Who;
  /** URL param name → the owner's id for it (and the other participant's, for the "someone else's" case). */
  params: Record<string, (ids: Ids) => string>;
  valid: (ids: Ids) => Pair[];
  /** Destructive actions: never aimed at the owner's own records, so the fuzzing keeps something to fuzz. */
  ownParamsOff?: boolean;
  /** Drop the delete intent when aimed at the owner's own record. */
  noDeleteOwn?: boolean;
  runs?: number;
  /** For "fresh": whose new session to send (signing out, changing a password). */
  freshAs?: string;
  /** A few routes answer a refusal with a redirect back to the page; say which of those were refusals. */
  refused?: (result: Settled) => boolean;
}

const list = (key: string, values: string[]): Pair[] => values.map((v) => [key, v]);

const reflectionForm = (ids: Ids): Pair[] => [
  ["cohortId", ids.cohort],
  ["title", "Fuzz reflection"],
  ["writtenOn", "2025-02-07"],
  ["mode", "free"],
  ["body", "What I noticed."],
  ["workshopId", ids.workshops[0].id],
  ["visibility", "leads"],
  ...list("strandIds", ids.strands.slice(0, 1)),
  ...list("outcomeIds", ids.outcomes.slice(0, 1)),
];

const initiativeForm = (ids: Ids): Pair[] => [
  ["cohortId", ids.cohort],
  ["title", "Fuzz initiative"],
  ["status", "planning"],
  ["visibility", "leads"],
  ["problem", "A problem"],
  ["evidenceOfNeed", "Evidence"],
  ["approach", "An approach"],
  ["activeIngredients", "Ingredients"],
  ...list("schoolIds", ids.schools.slice(0, 2)),
  ["startsOn", "2025-01-06"],
  ["endsOn", "2025-07-18"],
  ["implementationOutcomes[0].description", "Teachers do X"],
  ["implementationOutcomes[0].measure", "Observation"],
  ["implementationOutcomes[0].measuredWhen", "Spring"],
  ["finalOutcomes[0].description", "Pupils do Y"],
  ["finalOutcomes[0].measure", "Assessment"],
  ["finalOutcomes[0].measuredWhen", "Summer"],
  ...list("strandIds", ids.strands.slice(0, 1)),
  // Her initiative has started: a change to its design needs a reason (ignored when creating one).
  ["why", "Fuzz: the schools asked for it"],
];

const actionForm = (ids: Ids): Pair[] => [
  ["description", "Run a workshop"],
  ["ownerName", "Priya Shah"],
  ...list("schoolIds", ids.initiativeSchools.slice(0, 1)),
  ["dueOn", "2025-03-14"],
  ["successCriteria", "Everyone attends"],
  ["rag", "on_track"],
  ["why", "Fuzz: the plan needed it"],
];

const taskForm = (ids: Ids): Pair[] => [
  ["title", "Fuzz task"],
  ["instructions", "Try this in class."],
  ["afterWorkshopId", ids.workshops[0].id],
  ["dueOn", "2099-01-01"],
  ...list("strandIds", ids.strands.slice(0, 1)),
];

const SPECS: Record<string, Spec> = {
  // Changing a password (Argon2, slow on purpose) or signing out everywhere: done as a participant of another
  // cohort, in a session of its own, so the owner's session lives on.
  "/account": {
    as: "fresh",
    freshAs: DEMO.otherCohortParticipant,
    params: {},
    runs: 40,
    valid: () => [
      ["currentPassword", DEMO_PASSWORD],
      ["newPassword", "ratio tables and bar models"],
      ["confirmPassword", "ratio tables and bar models"],
    ],
  },
  "/audits/:auditId": {
    as: "owner",
    params: { auditId: (i) => i.audit },
    valid: () => [
      ["intent", "follow-up"],
      ["conductedOn", "2025-06-30"],
    ],
  },
  "/audits/:auditId/edit": {
    as: "owner",
    params: { auditId: (i) => i.audit },
    noDeleteOwn: true,
    valid: (i) => [
      ["focus", "Fuzzed focus"],
      ["conductedOn", "2024-10-01"],
      ["visibility", "leads"],
      ...list("strandIds", i.strands.slice(0, 1)),
      ...i.auditCriteria.flatMap((id, n): Pair[] => [
        [`criteria[${n}].id`, id],
        [`criteria[${n}].text`, `Criterion ${n + 1}`],
      ]),
    ],
  },
  "/audits/:auditId/ratings": {
    as: "owner",
    params: { auditId: (i) => i.audit },
    valid: (i) => [
      ["cells[0].criterionId", i.auditCriteria[0]],
      ["cells[0].schoolId", i.auditSchools[0]],
      ["cells[0].rating", "3"],
      ["cells[0].note", "Seen in two lessons"],
    ],
  },
  "/audits/new": {
    as: "owner",
    params: {},
    valid: (i) => [
      ["cohortId", i.cohort],
      ["focus", "Fuzz audit"],
      ["conductedOn", "2025-01-20"],
      ...list("schoolIds", i.schools.slice(0, 2)),
      ["criteriaText", "- Teachers use bar models\n- Pupils explain"],
      ["visibility", "private"],
    ],
  },
  "/cohorts/:cohortId/tasks/:taskId/edit": {
    as: "lead",
    params: { cohortId: (i) => i.cohort, taskId: (i) => i.task },
    valid: taskForm,
  },
  "/cohorts/:cohortId/tasks/new": {
    as: "lead",
    params: { cohortId: (i) => i.cohort },
    valid: taskForm,
  },
  "/evidence/:evidenceId/delete": {
    as: "owner",
    params: { evidenceId: (i) => i.evidence },
    ownParamsOff: true,
    runs: 150,
    valid: () => [],
  },
  "/evidence/:evidenceId/edit": {
    as: "owner",
    params: { evidenceId: (i) => i.evidence },
    valid: (i) => [
      ["title", "Staff survey"],
      ["description", "What staff said"],
      ["evidenceType", "self_report"],
      ...list("outcomeIds", i.outcomes.slice(0, 1)),
    ],
  },
  "/feedback": {
    as: "lead",
    params: {},
    refused: (r) => r.status === 303 && (r.headers.get("Location") ?? "").includes("feedbackError"),
    valid: (i) => [
      ["intent", "start"],
      ["entryId", i.initiative],
      ["anchor", ""],
      ["body", "Lovely work — what did the HoDs say?"],
      ["redirectTo", `/initiatives/${i.initiative}`],
    ],
  },
  "/initiatives/:initiativeId": {
    as: "owner",
    params: { initiativeId: (i) => i.initiative },
    valid: (i) => [
      ["intent", "set-rag"],
      ["actionId", i.action],
      ["rag", "at_risk"],
    ],
  },
  "/initiatives/:initiativeId/evaluation": {
    as: "owner",
    params: { initiativeId: (i) => i.initiative },
    valid: (i) => [
      ["intent", "save-level"],
      ["level", "2"],
      ["lookedFor", "Teachers can explain the five big ideas"],
      ...list("methods", ["survey", "observation"]),
      ["findings", "Most could name four of five"],
      ["judgement", "some_impact"],
      ...list("evidenceIds", [i.evidence]),
    ],
  },
  "/initiatives/:initiativeId/actions/:actionId": {
    as: "owner",
    params: { initiativeId: (i) => i.initiative, actionId: (i) => i.action },
    noDeleteOwn: true,
    valid: actionForm,
  },
  "/initiatives/:initiativeId/actions/move": {
    as: "owner",
    params: { initiativeId: (i) => i.initiative },
    valid: (i) => [
      ["actionId", i.action],
      ["direction", "down"],
      ["why", "Fuzz: this must come later"],
    ],
  },
  "/initiatives/:initiativeId/actions/new": {
    as: "owner",
    params: { initiativeId: (i) => i.initiative },
    valid: actionForm,
  },
  "/initiatives/:initiativeId/edit": {
    as: "owner",
    params: { initiativeId: (i) => i.initiative },
    valid: initiativeForm,
  },
  "/initiatives/:initiativeId/schools": {
    as: "owner",
    params: { initiativeId: (i) => i.initiative },
    valid: (i) => [
      ["schools[0].schoolId", i.initiativeSchools[0]],
      ["schools[0].adoption", "3"],
      ["schools[0].fidelity", "2"],
      ["schools[0].sustainment", ""],
      ["schools[0].note", "Used, not yet as designed"],
    ],
  },
  "/initiatives/:initiativeId/status": {
    as: "owner",
    params: { initiativeId: (i) => i.initiative },
    valid: () => [
      ["intent", "override"],
      ["rag", "at_risk"],
      ["reason", "Fuzz: two HoDs are away"],
    ],
  },
  "/initiatives/new": { as: "owner", params: {}, valid: initiativeForm },
  "/records/:entryId/evidence/new": {
    as: "owner",
    params: { entryId: (i) => i.reflection },
    valid: (i) => [
      ["kind", "link"],
      ["title", "Department notes"],
      ["description", "Notes from the meeting"],
      ["url", "https://www.example.org/notes"],
      ...list("outcomeIds", i.outcomes.slice(0, 1)),
    ],
  },
  "/reflections/:reflectionId/edit": {
    as: "owner",
    params: { reflectionId: (i) => i.reflection },
    noDeleteOwn: true,
    valid: reflectionForm,
  },
  "/reflections/new": { as: "owner", params: {}, valid: reflectionForm },
  // Argon2 makes each attempt slow on purpose, and failures are rate-limited per address: fewer runs.
  "/sign-in": {
    as: "fresh",
    params: {},
    runs: 40,
    valid: () => [
      ["email", DEMO.participant],
      ["password", DEMO_PASSWORD],
      ["redirectTo", "/"],
    ],
  },
  "/sign-out": { as: "fresh", params: {}, runs: 60, valid: () => [] },
  "/accreditation/:cohortId": {
    as: "owner",
    params: { cohortId: () => accreditation.cohort },
    valid: () => [
      ["intent", "save"],
      ["criterionId", accreditation.criterion],
      ["statement", "I designed and led a three-session Work Group."],
    ],
  },
  "/cohorts/:cohortId/accreditation/:userId": {
    as: "lead",
    params: { cohortId: () => accreditation.cohort, userId: (i) => i.user },
    valid: () => [
      ["criterionId", accreditation.reviewCriterion],
      ["decision", "needs_work"],
      ["comment", "Say how you evaluated it against your intended outcomes."],
    ],
  },
  "/tasks/:taskId": {
    as: "owner",
    params: { taskId: (i) => i.task },
    valid: (i) => [
      ["status", "in_progress"],
      ["body", "Tried it with Year 8."],
      ["visibility", "leads"],
      ["initiativeId", i.initiative],
      ...list("strandIds", i.strands.slice(0, 1)),
    ],
  },
};

/** For an action with no spec: its params filled with the owner's user id (or her initiative), an empty form. */
function genericSpec(route: AppRoute): Spec {
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  return {
    as: "owner",
    params: Object.fromEntries(
      names.map((name) => [
        name,
        (i: Ids) => (name === "userId" ? i.user : name === "cohortId" ? i.cohort : i.initiative),
      ]),
    ),
    ownParamsOff: false,
    runs: 100,
    valid: () => [["intent", "save"]],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile values.

const MEGABYTE = "<script>alert(1)</script>".repeat(Math.ceil((1024 * 1024) / 25)).slice(0, 1024 * 1024);
const XSS = [
  '<script>alert("x")</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
];
const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE entries; --",
  '" OR ""="',
  "1; SELECT * FROM users",
  "%",
  "_",
  "\\",
  "' UNION SELECT password_hash FROM users --",
];
const UNICODE = [
  "\u202Eevil\u202C",
  "zero\u200Bwidth\u200D",
  "\uFEFFbom",
  "👩🏽‍🏫📐",
  "NUL\u0000byte",
  "line\r\nbreak",
  "\r\n\r\n",
  "e\u0301",
  "ﷺ",
  "\u0000",
  " \t ",
];
/** Sent undecoded: percent escapes that are not UTF-8 (lone surrogates in CESU-8, stray bytes, broken escapes). */
const RAW = ["%ED%A0%80", "%ED%B0%80abc", "%FF%FE", "%C0%AF", "%", "%zz", "%00", "a%0D%0Ab", "%E2%80%AE"];
const SCALARS = [
  "",
  " ",
  "0",
  "-1",
  "1e309",
  "NaN",
  "Infinity",
  "null",
  "undefined",
  "true",
  "[object Object]",
  "2025-02-30",
  "9999-12-31",
  "0000-00-00",
  "2025-13-01",
  "12345678901234567890",
];
const KEYS = [
  "__proto__",
  "__proto__[polluted]",
  "__proto__.polluted",
  "constructor[prototype][polluted]",
  "constructor.prototype.polluted",
  "prototype",
  "toString",
  "hasOwnProperty",
  "cells[0].__proto__.polluted",
  "criteria[__proto__][polluted]",
  "strandIds[0]",
  "title.x",
  "title[0]",
  "a[999999999]",
  "criteria[999999999].text",
  "cells[1001].rating",
  "implementationOutcomes[99999999].measure",
  "",
];

const hostileString: fc.Arbitrary<Value> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...XSS, ...SQL, ...UNICODE, ...SCALARS) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW).map((raw) => ({ raw })) },
  { weight: 1, arbitrary: fc.constantFrom(MEGABYTE, "x".repeat(5001), "y".repeat(201), "z".repeat(100_001)) },
  { weight: 1, arbitrary: fc.uuid().map(String) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

type Mutation =
  | { op: "drop"; at: number }
  | { op: "replace"; at: number; value: Value }
  | { op: "double"; at: number; value: Value }
  | { op: "add"; key: string; value: Value }
  | { op: "swap-id"; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("replace" as const), at: fc.nat(), value: hostileString }),
  fc.record({ op: fc.constant("double" as const), at: fc.nat(), value: hostileString }),
  fc.record({
    op: fc.constant("add" as const),
    key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ unit: "binary", maxLength: 12 })),
    value: hostileString,
  }),
  fc.record({ op: fc.constant("swap-id" as const), at: fc.nat() }),
);

type ParamChoice = "own" | "other" | "unknown" | "hostile";

interface Case {
  params: Record<string, ParamChoice | { hostile: string }>;
  mutations: Mutation[];
  whole: "form" | "empty" | "garbage";
  garbage: string;
  encoding: "urlencoded" | "multipart" | "broken-multipart";
  twice: boolean;
}

function caseArbitrary(spec: Spec): fc.Arbitrary<Case> {
  const paramNames = Object.keys(spec.params);
  const param = fc.oneof(
    { weight: spec.ownParamsOff ? 0 : 6, arbitrary: fc.constant<ParamChoice>("own") },
    { weight: 2, arbitrary: fc.constant<ParamChoice>("other") },
    { weight: 1, arbitrary: fc.constant<ParamChoice>("unknown") },
    {
      weight: 1,
      arbitrary: hostileString.filter((v): v is string => typeof v === "string").map((hostile) => ({ hostile })),
    },
  );
  return fc.record({
    params: fc.record(Object.fromEntries(paramNames.map((name) => [name, param]))) as fc.Arbitrary<Case["params"]>,
    mutations: fc.array(mutation, { maxLength: 4 }),
    whole: fc.constantFrom<Case["whole"]>(
      "form",
      "form",
      "form",
      "form",
      "form",
      "form",
      "form",
      "form",
      "empty",
      "garbage",
    ),
    garbage: fc.string({ unit: "binary", maxLength: 200 }),
    encoding: fc.constantFrom<Case["encoding"]>(
      "urlencoded",
      "urlencoded",
      "urlencoded",
      "multipart",
      "multipart",
      "broken-multipart",
    ),
    twice: fc.boolean(),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Building the request.

/** Percent-encodes like a browser, except that lone surrogates go through as their (invalid) CESU-8 bytes. */
function encode(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      out +=
        `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    } else {
      out += encodeURIComponent(ch);
    }
  }
  return out;
}

function text(value: Value): string {
  return typeof value === "string" ? value : decodeURIComponentSafe(value.raw);
}

function decodeURIComponentSafe(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function applyMutations(pairs: Pair[], mutations: Mutation[], others: string[]): Pair[] {
  const out = pairs.map(([k, v]): Pair => [k, v]);
  for (const m of mutations) {
    if (m.op === "add") {
      out.push([m.key, m.value]);
      continue;
    }
    if (out.length === 0) continue;
    const at = m.at % out.length;
    if (m.op === "drop") out.splice(at, 1);
    else if (m.op === "replace") out[at] = [out[at][0], m.value];
    else if (m.op === "double") out.splice(at + 1, 0, [out[at][0], m.value]);
    else if (others.length > 0) out[at] = [out[at][0], others[m.at % others.length]];
  }
  return out;
}

function body(c: Case, pairs: Pair[]): { body: BodyInit; type: string } {
  if (c.whole === "empty") return { body: "", type: "application/x-www-form-urlencoded" };
  if (c.whole === "garbage") {
    return c.encoding === "urlencoded"
      ? { body: c.garbage, type: "application/x-www-form-urlencoded" }
      : { body: c.garbage, type: "multipart/form-data; boundary=fuzz" };
  }
  if (c.encoding === "urlencoded") {
    const encoded = pairs.map(([k, v]) => `${encode(k)}=${typeof v === "string" ? encode(v) : v.raw}`).join("&");
    return { body: encoded, type: "application/x-www-form-urlencoded" };
  }
  const boundary = "----fuzzboundary7MA4YWxkTrZu0gW";
  const parts = pairs
    .map(
      ([k, v]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${k.replace(/["\r\n]/g, "_")}"\r\n\r\n${text(v)}\r\n`,
    )
    .join("");
  const full = `${parts}--${boundary}--\r\n`;
  // A broken one: the closing boundary is missing, or the boundary in the header is not the one in the body.
  if (c.encoding === "broken-multipart") {
    return pairs.length % 2 === 0
      ? { body: parts, type: `multipart/form-data; boundary=${boundary}` }
      : { body: full, type: "multipart/form-data; boundary=other" };
  }
  return { body: full, type: `multipart/form-data; boundary=${boundary}` };
}

function resolve(route: AppRoute, c: Case, spec: Spec): { url: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  for (const [name, pick] of Object.entries(spec.params)) {
    const choice = c.params[name];
    params[name] =
      choice === "own"
        ? pick(owner)
        : choice === "other"
          ? name === "cohortId"
            ? otherCohort
            : pick(other)
          : choice === "unknown"
            ? randomUUID()
            : (choice as { hostile: string }).hostile;
  }
  const url = route.path.replace(/:(\w+)/g, (_, name: string) => encode(params[name] ?? "").replace(/%2F/gi, "_"));
  return { url, params };
}

// ---------------------------------------------------------------------------------------------------------------
// Did anything write? Every table a form may write carries a row-level trigger that counts inserts, updates and
// deletes in fuzz_writes (this file's own copy of the database only). A refused submission must leave the count
// where it was: no partial write, not even a rewrite of the same values. Sessions and sign-in failures are not
// watched: signing in and out writes them, which is what those forms are for. A sha1 of every watched table is
// also compared before and after the whole run, as a cross-check of the counter.

const NOT_WATCHED = new Set([
  "sessions",
  "sign_in_throttles",
  "kysely_migration",
  "kysely_migration_lock",
  "fuzz_writes",
]);
let tables: string[] = [];

async function watchWrites(): Promise<void> {
  const db = getDb();
  await sql`create table fuzz_writes (n bigint not null)`.execute(db);
  await sql`insert into fuzz_writes (n) values (0)`.execute(db);
  if (POSTGRES) {
    await sql`create function fuzz_bump() returns trigger language plpgsql as $$ begin update fuzz_writes set n = n + 1; return null; end $$`.execute(
      db,
    );
  }
  for (const table of tables) {
    for (const op of ["insert", "update", "delete"]) {
      const name = sql.id(`fuzz_${table}_${op}`);
      if (POSTGRES) {
        await sql`create trigger ${name} after ${sql.raw(op)} on ${sql.table(table)} for each row execute function fuzz_bump()`.execute(
          db,
        );
      } else {
        await sql`create trigger ${name} after ${sql.raw(op)} on ${sql.table(table)} begin update fuzz_writes set n = n + 1; end`.execute(
          db,
        );
      }
    }
  }
}

async function writeCount(): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select n from fuzz_writes`.execute(getDb());
  return Number(rows[0].n);
}

async function stateHash(): Promise<string> {
  const hash = createHash("sha1");
  const db = getDb();
  for (const table of tables) {
    const rows = (await db
      .selectFrom(table as "entries")
      .selectAll()
      .execute()) as Record<string, unknown>[];
    const lines = rows.map((row) =>
      JSON.stringify(row, (_key, value: unknown) =>
        value instanceof Uint8Array ? `bytes:${createHash("sha1").update(value).digest("hex")}` : value,
      ),
    );
    lines.sort();
    hash.update(table).update("\n").update(lines.join("\n"));
  }
  return hash.digest("hex");
}

function pollution(): string[] {
  const found = Object.getOwnPropertyNames(Object.prototype).filter((name) => !BASELINE_PROTO.has(name));
  if (({} as Record<string, unknown>).polluted !== undefined) found.push("polluted");
  if ((Array.prototype as unknown as Record<string, unknown>).polluted !== undefined) found.push("Array.polluted");
  return found;
}
const BASELINE_PROTO = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Her North cohort's programme has no accreditation criteria; this one does. Her first two criteria are submitted:
 * she works on the first, the lead reviews the second.
 */
async function enrolInPdLeadCohort(ownerId: string, otherId: string, leadId: string) {
  const db = getDb();
  const programme = await db.selectFrom("programmes").select("id").where("code", "=", "PDLP").executeTakeFirstOrThrow();
  const [criterion, second] = await db
    .selectFrom("accreditation_criteria")
    .select("id")
    .where("programme_id", "=", programme.id)
    .orderBy("position")
    .execute();
  const cohort = randomUUID();
  await db
    .insertInto("cohorts")
    .values({ id: cohort, programme_id: programme.id, name: "Fuzz PD Lead cohort", academic_year: "2000/01" })
    .execute();
  const membership = randomUUID();
  await db
    .insertInto("memberships")
    .values([
      { id: membership, cohort_id: cohort, user_id: ownerId, role: "participant", track: "new", trust_id: null },
      { id: randomUUID(), cohort_id: cohort, user_id: otherId, role: "participant", track: "new", trust_id: null },
      { id: randomUUID(), cohort_id: cohort, user_id: leadId, role: "lead", track: null, trust_id: null },
    ])
    .execute();
  await db
    .insertInto("criterion_reviews")
    .values(
      [criterion, second].map((c) => ({
        id: randomUUID(),
        membership_id: membership,
        criterion_id: c.id,
        status: "submitted" as const,
        reviewer_id: null,
        note: "",
        statement: "Fuzz statement",
        updated_at: new Date().toISOString(),
      })),
    )
    .execute();
  return { cohort, criterion: criterion.id, reviewCriterion: second.id };
}

// ---------------------------------------------------------------------------------------------------------------

let routes: AppRoute[];
let total = 0;
const failures: string[] = [];
const statuses: Record<string, Record<number, number>> = {};

beforeAll(async () => {
  routes = (await readAppRoutes()).filter((r) => r.action);
  cookies = { owner: await cookieFor(DEMO.participant), lead: await cookieFor(DEMO.lead) };
  owner = await idsOf(DEMO.participant);
  other = await idsOf(DEMO.sameCohortParticipant);
  const lead2 = await userId(DEMO.otherLead);
  otherCohort = (
    await getDb()
      .selectFrom("memberships")
      .select("cohort_id")
      .where("user_id", "=", lead2)
      .where("role", "=", "lead")
      .executeTakeFirstOrThrow()
  ).cohort_id;
  accreditation = await enrolInPdLeadCohort(owner.user, other.user, await userId(DEMO.lead));
  tables = (await getDb().introspection.getTables())
    .map((t) => t.name)
    .filter((name) => !NOT_WATCHED.has(name))
    .sort();
  await watchWrites();
}, 120_000);

describe("fuzzing every action", () => {
  it("fuzzes every action in the route manifest", () => {
    // An action without a spec of its own is still fuzzed, as the owner (no admin, no lead) with hostile forms
    // only: it must refuse her cleanly. Listed here so a spec with a valid form can be written for it.
    const generic = routes.map((r) => r.path).filter((path) => !SPECS[path]);
    if (generic.length > 0) console.log(`fuzz: generic spec only for ${generic.join(", ")}`);
    expect(routes.length).toBeGreaterThanOrEqual(20);
  });

  it("never answers 5xx or throws, leaves the database unchanged when it refuses, and pollutes no prototype", async () => {
    const started = Date.now();
    let writes = await writeCount();
    let accepted = 0;
    for (const route of routes) {
      const spec = SPECS[route.path] ?? genericSpec(route);
      if (!route.action) continue;
      const action = route.action;
      const runs = spec.runs ?? RUNS_PER_ACTION;
      const counts: Record<number, number> = (statuses[route.path] = {});
      const routeStarted = Date.now();
      let hashedCases = 0;
      const ownIds = [
        ...new Set(
          Object.values(owner).flatMap((v) =>
            Array.isArray(v) ? v.map((x) => (typeof x === "string" ? x : x.id)) : [v],
          ),
        ),
      ];
      const otherIds = [
        ...new Set(
          Object.values(other).flatMap((v) =>
            Array.isArray(v) ? v.map((x) => (typeof x === "string" ? x : x.id)) : [v],
          ),
        ),
      ].filter((id) => !ownIds.includes(id));
      await fc.assert(
        fc.asyncProperty(caseArbitrary(spec), async (c) => {
          const { url, params } = resolve(route, c, spec);
          let pairs = applyMutations(spec.valid(owner), c.mutations, otherIds);
          if (spec.noDeleteOwn && Object.values(c.params).every((p) => p === "own")) {
            pairs = pairs.filter(([k, v]) => !(k === "intent" && text(v).trim() === "delete"));
          }
          const cookie = spec.as === "fresh" ? await cookieFor(spec.freshAs ?? DEMO.participant) : cookies[spec.as];
          for (let attempt = 0; attempt < (c.twice ? 2 : 1); attempt++) {
            total += 1;
            const { body: payload, type } = body(c, pairs);
            const request = new Request(
              BASE + url + (route.path === "/evidence/:evidenceId/delete" ? "?from=list" : ""),
              {
                method: "POST",
                body: payload,
                headers: { "Content-Type": type, Cookie: cookie },
              },
            );
            // The first few cases of each route are also checked by hashing every watched table.
            const hashed = hashedCases < 6 ? await stateHash() : undefined;
            let result: Settled;
            const caseStarted = Date.now();
            try {
              result = await settle(() =>
                action({ request, params, context: { cspNonce: "fuzz", clientAddress: "203.0.113.99" } }),
              );
            } catch (error) {
              const message = `${route.path}: threw ${(error as Error)?.stack ?? String(error)}`;
              failures.push(message);
              throw new Error(message);
            }
            counts[result.status] = (counts[result.status] ?? 0) + 1;
            if (process.env.FUZZ_PROGRESS && Date.now() - caseStarted > 300) {
              process.stderr.write(
                `fuzz slow: ${route.path} ${Date.now() - caseStarted} ms ${JSON.stringify(pairs.map(([k, v]) => [k, text(v).slice(0, 40), text(v).length]))} ${c.encoding} ${c.whole}\n`,
              );
            }
            // One small request must never cost the server seconds (a billion-slot array once did).
            if (Date.now() - caseStarted > 3000)
              throw new Error(`${route.path}: one case took ${Date.now() - caseStarted} ms`);
            if (result.status >= 500)
              throw new Error(`${route.path}: ${result.status} ${JSON.stringify(result.data).slice(0, 300)}`);
            const polluted = pollution();
            if (polluted.length > 0) throw new Error(`${route.path}: prototype polluted with ${polluted.join(", ")}`);
            const refused = (result.status >= 400 && result.status < 500) || (spec.refused?.(result) ?? false);
            const after = await writeCount();
            if (refused && after !== writes) {
              throw new Error(`${route.path}: refused with ${result.status} but ${after - writes} row(s) were written`);
            }
            if (hashed !== undefined && refused) {
              hashedCases += 1;
              if ((await stateHash()) !== hashed)
                throw new Error(`${route.path}: refused with ${result.status} but the tables' hash changed`);
            }
            if (!refused) accepted += 1;
            writes = after;
          }
        }),
        { seed: SEED, numRuns: runs, endOnFailure: true, interruptAfterTimeLimit: 600_000 },
      );
      counts[0] = Date.now() - routeStarted;
      if (process.env.FUZZ_PROGRESS) process.stderr.write(`fuzz progress: ${route.path} ${counts[0]} ms\n`);
    }
    console.log(`fuzz: ${total} cases (${accepted} accepted) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(JSON.stringify(statuses));
    expect(failures).toEqual([]);
    if (!POSTGRES) expect(total).toBeGreaterThanOrEqual(10_000);
  }, 600_000);
});

describe("hostile text is kept verbatim, as text", () => {
  const payload =
    '<img src=x onerror="window.__xss=1"> <script>alert(1)</script> \u202E\u200B NUL\u0000 👩🏽‍🏫 \' OR 1=1 --';
  // Every character comes back as typed, except NUL, which no database query ever carries (app/utils/no-nul-plugin.server.ts).
  const stored = payload.trim().replace("\u0000", "\uFFFD");

  it("stores a reflection's title and body exactly as typed and gives them back as data", async () => {
    const { action } = await import("~/routes/reflections.new");
    const { loader } = await import("~/routes/reflections.$reflectionId._index");
    const pairs = reflectionForm(owner).map(([k, v]): Pair => [
      k,
      k === "title" ? "<img src=x onerror=alert(1)>" : k === "body" ? payload : v,
    ]);
    const request = new Request(`${BASE}/reflections/new`, {
      method: "POST",
      body: pairs.map(([k, v]) => `${encode(k)}=${encode(text(v))}`).join("&"),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.owner },
    });
    const saved = await settle(() =>
      action({ request, params: {}, context: { cspNonce: "fuzz", clientAddress: "203.0.113.99" } }),
    );
    expect(saved.status).toBe(302);
    const id = (saved.headers.get("Location") ?? "").replace("/reflections/", "");
    const page = await callLoader(loader, get(`/reflections/${id}`, cookies.owner), { reflectionId: id });
    expect(page.data.reflection.title).toBe("<img src=x onerror=alert(1)>");
    expect(page.data.reflection.body).toBe(stored);
  });

  it("stores a lead's feedback comment exactly as typed", async () => {
    const { action } = await import("~/routes/feedback");
    const pairs: Pair[] = [
      ["intent", "start"],
      ["entryId", owner.initiative],
      ["body", payload],
    ];
    const request = new Request(`${BASE}/feedback`, {
      method: "POST",
      body: pairs.map(([k, v]) => `${encode(k)}=${encode(text(v))}`).join("&"),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.lead },
    });
    const result = await settle(() =>
      action({ request, params: {}, context: { cspNonce: "fuzz", clientAddress: "203.0.113.99" } }),
    );
    expect(
      result.status,
      JSON.stringify([
        result.data,
        await getDb().selectFrom("entries").selectAll().where("id", "=", owner.initiative).executeTakeFirst(),
      ]),
    ).toBe(200);
    const row = await getDb().selectFrom("comments").select("body").where("body", "=", stored).executeTakeFirst();
    expect(row?.body).toBe(stored);
  });
});
