// Shared helpers for the Playwright suite. Everything here drives the app the way a person does: through labels,
// roles and visible text. Roles are signed in by a stored session; the sign-in tests use the real form.
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { createCookie } from "@remix-run/node";
import SQLite from "better-sqlite3";
import { E2E_DATABASE, E2E_SESSION_SECRET } from "./e2e-env.mjs";

export const DEMO_PASSWORD = "maths-hub-demo";

export const USERS = {
  participant: { email: "participant@example.org", firstName: "Priya" },
  participant2: { email: "participant2@example.org", firstName: "James" },
  participant3: { email: "participant3@example.org" },
  lead: { email: "lead@example.org" },
  lead2: { email: "lead2@example.org" },
  admin: { email: "admin@example.org", firstName: "Alex" },
  pdlead: { email: "pdlead@example.org", firstName: "Sam" },
} as const;

/** The cohort that participant@example.org and participant2@example.org belong to, and lead@example.org leads. */
export const NORTH_COHORT = "2024/25 National — North";

/**
 * Signs a role in as a returning browser is: a session written to the server's database and its cookie set, then
 * the home page. Only the tests of sign-in itself go through the form (security.spec.ts).
 */
export async function signIn(page: Page, email: string) {
  await page.context().addCookies([await sessionCookieFor(email)]);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: /^Hello, / })).toBeVisible();
}

const sessionCookie = createCookie("__Host-strands_session", {
  httpOnly: true,
  sameSite: "lax",
  secure: true,
  path: "/",
  secrets: [E2E_SESSION_SECRET],
});

async function sessionCookieFor(email: string) {
  const db = new SQLite(E2E_DATABASE);
  try {
    const user = db.prepare("select id from users where email = ?").get(email) as { id: string } | undefined;
    if (!user) throw new Error(`No account ${email} in the e2e database`);
    const id = randomBytes(32).toString("base64url");
    const now = new Date();
    db.prepare("insert into sessions (id, user_id, created_at, last_seen_at, expires_at) values (?, ?, ?, ?, ?)").run(
      id,
      user.id,
      now.toISOString(),
      now.toISOString(),
      new Date(now.getTime() + 12 * 60 * 60 * 1000).toISOString(),
    );
    const value = (await sessionCookie.serialize(id)).split(";")[0].split("=").slice(1).join("=");
    // A __Host- cookie has no Domain attribute; Chromium takes it by host and path, not by URL.
    return {
      name: sessionCookie.name,
      value,
      domain: "localhost",
      path: "/",
      httpOnly: true,
      secure: true,
      sameSite: "Lax" as const,
    };
  } finally {
    db.close();
  }
}

/** A fresh browser context (its own cookies) signed in as `email`. */
export async function signedInPage(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe-core on the page as it is now and fails with a readable list of any WCAG A/AA violations. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.passes.length, "axe checked nothing").toBeGreaterThan(0);
  const violations = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(" ")} :: ${n.failureSummary ?? ""}`),
  }));
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

/** A short unique suffix, so records made by different tests never share a title. */
export function uniqueSuffix() {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

export interface OutcomeData {
  description: string;
  measure: string;
  measuredWhen: string;
}

export interface InitiativeData {
  title: string;
  problem: string;
  evidenceOfNeed: string;
  approach: string;
  activeIngredients: string;
  schools: string[];
  startsOn: string;
  endsOn: string;
  implementationOutcomes: OutcomeData[];
  finalOutcomes: OutcomeData[];
  strand: string;
  outcomeStatement: string;
}

export interface ActionData {
  description: string;
  ownerName: string;
  school: string;
  dueOn: string;
  successCriteria: string;
}

/** Next calendar year, so that due dates in the tests are never in the past (no "Overdue" tags). */
export const NEXT_YEAR = new Date().getFullYear() + 1;

/** Priya Shah's trust schools and her cohort's programme (NCP23-16) strands and statements, from the demo data. */
export function initiativeData(label: string): InitiativeData {
  const suffix = uniqueSuffix();
  return {
    title: `${label} fluency in KS3 ${suffix}`,
    problem: `Year 7 pupils at two schools cannot recall multiplication facts quickly (${suffix}).`,
    evidenceOfNeed: "The multiplication tables check baseline: 41% of Year 7 scored under 20 of 25.",
    approach: `Ten-minute daily retrieval starters with shared resources (${suffix}).`,
    activeIngredients: "Daily practice; low-stakes quizzes; a shared bank of starters.",
    schools: ["Calderbrook Academy", "Harrowfell School"],
    startsOn: `${NEXT_YEAR}-01-06`,
    endsOn: `${NEXT_YEAR}-07-18`,
    implementationOutcomes: [
      {
        description: "Every Year 7 class uses the starters daily",
        measure: "Drop-in checks",
        measuredWhen: "Each half term",
      },
      {
        description: "Teachers share starters in the trust bank",
        measure: "Count of shared starters",
        measuredWhen: "Termly",
      },
    ],
    finalOutcomes: [
      {
        description: "Year 7 recall improves",
        measure: "Repeat the baseline check",
        measuredWhen: `June ${NEXT_YEAR}`,
      },
    ],
    strand: "Practice development",
    outcomeStatement:
      "develop a coherent and connected curriculum which promotes teaching for deep and sustainable understanding",
  };
}

export function actionData(label: string, n: number): ActionData {
  return {
    description: `${label} action ${n}: ${n === 1 ? "Write the starter bank" : "Train the Year 7 teams"} ${uniqueSuffix()}`,
    ownerName: n === 1 ? "Priya Shah" : "Ruth Okafor",
    school: n === 1 ? "Calderbrook Academy" : "Harrowfell School",
    dueOn: n === 1 ? `${NEXT_YEAR}-02-14` : `${NEXT_YEAR}-03-28`,
    successCriteria: n === 1 ? "Forty starters in the shared bank" : "Every Year 7 teacher trained",
  };
}

/** The <fieldset> for one outcome row, found by its legend, e.g. "Implementation outcome 2". */
export function outcomeRow(page: Page, legend: string): Locator {
  return page.getByRole("group", { name: legend, exact: true });
}

export async function fillOutcomeRow(page: Page, legend: string, outcome: OutcomeData) {
  const row = outcomeRow(page, legend);
  await row.getByLabel("What you intend to see").fill(outcome.description);
  await row.getByLabel("How it will be measured").fill(outcome.measure);
  await row.getByLabel("When it will be measured").fill(outcome.measuredWhen);
}

/** Fills the strand and outcome statement choices of the initiative form. */
export async function chooseStrand(page: Page, data: InitiativeData) {
  await page
    .getByRole("group", { name: "Which strands does this initiative contribute to?" })
    .getByRole("checkbox", { name: data.strand, exact: true })
    .check();
  await page
    .getByRole("group", { name: "Which outcome statements does it work towards?" })
    .getByRole("checkbox", { name: data.outcomeStatement, exact: true })
    .check();
}

export async function chooseSchools(page: Page, schools: string[]) {
  const group = page.getByRole("group", { name: "Which schools of your trust does it cover?" });
  for (const school of schools) await group.getByRole("checkbox", { name: school, exact: true }).check();
}

/** Fills the action form ("Add an action" / "Edit action") and submits it. */
export async function submitActionForm(page: Page, action: ActionData, submitLabel = "Add action") {
  await page.getByLabel("What will be done?").fill(action.description);
  await page.getByLabel("Who owns this action?").fill(action.ownerName);
  await page
    .getByRole("group", { name: "Which schools?" })
    .getByRole("checkbox", { name: action.school, exact: true })
    .check();
  await page.getByLabel("Due date").fill(action.dueOn);
  await page.getByLabel("Success criteria").fill(action.successCriteria);
  await page.getByRole("button", { name: submitLabel }).click();
}

/** The action plan on an initiative page. */
export function actionPlan(page: Page): Locator {
  return page.locator(".action-list > li");
}

/** The "Status of action N" select with its "Update status" button. */
export async function setActionStatus(page: Page, n: number, status: string) {
  await page.getByLabel(`Status of action ${n}`).selectOption({ label: status });
  await page.getByRole("button", { name: `Update status of action ${n}` }).click();
}

export async function addAction(page: Page, initiativePath: string, action: ActionData) {
  await page.goto(initiativePath);
  await page.getByRole("link", { name: "Add an action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an action" })).toBeVisible();
  await submitActionForm(page, action);
  await expect(page.getByRole("heading", { level: 3, name: action.description })).toBeVisible();
}

/** The status tags ("Not started", "At risk", "Overdue" …) shown on an action in the plan, not the select's options. */
export function tags(actionItem: Locator): Locator {
  return actionItem.locator("span.tag");
}

// ---------------------------------------------------------------------------------------------
// Keyboard helpers: they only press keys, and read which element has focus.

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until `locator` has focus; fails after `max` presses. */
export async function tabTo(page: Page, locator: Locator, max = 200, key: "Tab" | "Shift+Tab" = "Tab") {
  await locator.waitFor({ state: "attached" });
  for (let i = 0; i <= max; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${locator} in ${max} presses`);
}

/** Shift+Tab until `locator` has focus. */
export async function shiftTabTo(page: Page, locator: Locator, max = 200) {
  await tabTo(page, locator, max, "Shift+Tab");
}

/**
 * Types an ISO date ('YYYY-MM-DD') into the focused date input, the way a person types into its day, month and
 * year boxes. Chromium orders those boxes by its own locale, which may not be the page's, so: month first
 * (Chromium's default); if the value is not the date meant, go back to the first box and type day first.
 */
export async function typeDate(page: Page, input: Locator, iso: string) {
  const [year, month, day] = iso.split("-");
  await expect(input).toBeFocused();
  await page.keyboard.type(`${month}${day}${year}`);
  if ((await input.inputValue()) !== iso) {
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.type(`${day}${month}${year}`);
  }
  await expect(input).toHaveValue(iso);
}
