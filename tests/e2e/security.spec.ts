// What a browser sees of the app's security: no Content Security Policy violations or script errors in use,
// a sign-in form that says nothing about which half was wrong, and sign-out that really ends the session.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, expectNoAxeViolations, NORTH_COHORT, signIn, USERS } from "./fixtures";

/** Collects CSP reports, console messages about CSP, and uncaught page errors, for the page's whole life. */
function watchForProblems(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy"))
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** The browser's securitypolicyviolation events, which also cover violations that are not logged. */
async function cspViolations(page: Page): Promise<string[]> {
  const events = await page.evaluate(
    () =>
      (window as unknown as { __cspViolations?: { directive: string; blocked: string; source: string }[] })
        .__cspViolations ?? [],
  );
  return events.map((e) => `${e.directive} blocked ${e.blocked} at ${e.source}`);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const list: { directive: string; blocked: string; source: string }[] = [];
    (window as unknown as { __cspViolations: typeof list }).__cspViolations = list;
    document.addEventListener("securitypolicyviolation", (event) => {
      list.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      });
    });
  });
});

test("pages load and work with no CSP violation and no script error", async ({ page }) => {
  const problems = watchForProblems(page);

  const signInResponse = await page.goto("/sign-in");
  const csp = signInResponse?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src [^;]*'nonce-[^']+'/);
  expect(csp).toContain("frame-ancestors 'none'");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Strands" })).toBeVisible();
  // Client-side validation runs: the page's scripts were allowed to load and hydrate.
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeFocused();
  expect(await cspViolations(page)).toEqual([]);

  await signIn(page, USERS.participant.email);
  const visits: [string, string | RegExp][] = [
    ["/", "Hello, Priya"],
    ["/initiatives", "Your initiatives"],
    ["/initiatives/new", "Create your initiative"],
    ["/programmes", "Outcome frameworks"],
  ];
  for (const [path, heading] of visits) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    expect(await cspViolations(page), path).toEqual([]);
  }

  // Client-side navigation and a form submitted with fetch.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
  await page
    .getByRole("link", { name: "A shared vision for teaching for mastery across Pennine Ridge" })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /A shared vision/ })).toBeVisible();
  await page.getByLabel("Status of action 1").selectOption({ label: "Done" });
  await page.getByRole("button", { name: "Update status of action 1" }).click();
  await expect(page.getByRole("status")).toHaveText("Status updated to Done.");
  expect(await cspViolations(page)).toEqual([]);

  expect(problems).toEqual([]);
});

test("a lead's pages have no CSP violation and no script error", async ({ page }) => {
  const problems = watchForProblems(page);
  await signIn(page, USERS.lead.email);
  await page.getByRole("link", { name: NORTH_COHORT }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: NORTH_COHORT })).toBeVisible();
  await page.getByRole("link", { name: "A shared vision for teaching for mastery across Pennine Ridge" }).click();
  await expect(page.getByText("Priya Shah’s initiative")).toBeVisible();
  await page.goto("/cohorts");
  await expect(page.getByRole("heading", { level: 1, name: "Cohorts you lead" })).toBeVisible();
  await page.goto("/initiatives/not-a-real-id");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  expect(await cspViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test("a wrong password and an unknown email get the same generic message", async ({ page }) => {
  const generic = "The email address or password is not right. Check them and try again.";
  for (const [email, password] of [
    [USERS.participant3.email, "not-the-password"],
    ["nobody@example.org", DEMO_PASSWORD],
  ]) {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toContainText(generic);
    await expect(summary).toBeFocused();
    await expect(page).toHaveURL(/\/sign-in$/);
    // The email is kept for correction.
    await expect(page.getByLabel("Email address")).toHaveValue(email);
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  }
});

test("signing in returns you to the page you asked for, but never to another site", async ({ page }) => {
  await page.goto("/initiatives");
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Finitiatives$/);
  await page.getByLabel("Email address").fill(USERS.participant.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your initiatives" })).toBeVisible();
  await expect(page).toHaveURL(/\/initiatives$/);

  await page.context().clearCookies();
  await page.goto("/sign-in?redirectTo=https%3A%2F%2Fevil.example%2F");
  await page.getByLabel("Email address").fill(USERS.participant.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Priya" })).toBeVisible();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
});

test("signing out ends the session", async ({ page, browser }) => {
  await signIn(page, USERS.participant.email);
  const oldCookies = await page.context().cookies();
  expect(oldCookies.length).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Strands" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

  // Going back to the home page asks you to sign in again.
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2F$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Strands" })).toBeVisible();
  await expect(page.getByText("Hello, Priya")).toHaveCount(0);

  // The old session cookie, replayed from elsewhere, no longer works: the session ended on the server too.
  const replay = await browser.newContext();
  await replay.addCookies(oldCookies);
  const other = await replay.newPage();
  await other.goto("/");
  await expect(other).toHaveURL(/\/sign-in/);
  await expect(other.getByRole("heading", { level: 1, name: "Sign in to Strands" })).toBeVisible();
  await replay.close();
});

test("the account page: signing out everywhere ends the session in another browser too", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const one = await first.newPage();
  const two = await second.newPage();
  await signIn(one, USERS.admin.email);
  await signIn(two, USERS.admin.email);
  await one.getByRole("link", { name: "Alex Morgan" }).click();
  await expect(one.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expectNoAxeViolations(one);
  await one.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(one).toHaveURL(/\/sign-in/);
  await two.goto("/");
  await expect(two).toHaveURL(/\/sign-in/);
  await first.close();
  await second.close();
});
