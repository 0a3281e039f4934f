// axe-core (WCAG 2.0/2.1 A and AA, and 2.2 AA rules) finds nothing on any page, for each kind of person.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, NORTH_COHORT, signIn, USERS } from "./fixtures";

/** Priya Shah's demo initiative, shared with her cohort leads. */
const DEMO_INITIATIVE = "A shared vision for teaching for mastery across Pennine Ridge";

async function scan(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
}

test.describe("signed out", () => {
  test("the sign-in page, empty and with errors", async ({ page }) => {
    await scan(page, "/sign-in", "Sign in to Strands");

    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.getByText("Enter your password").first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Email address").fill(USERS.participant.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("The email address or password is not right")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the page-not-found page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle("Page not found – Strands");
    await scan(page, "/no-such-page", "Page not found");
  });
});

test.describe("participant", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, USERS.participant.email);
  });

  test("home, initiatives and frameworks", async ({ page }) => {
    await scan(page, "/", "Hello, Priya");
    await scan(page, "/initiatives", "Your initiatives");
    await scan(page, "/programmes", "Outcome frameworks");
    await page.getByRole("link", { name: /Secondary MAT Maths Leaders Community/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Secondary MAT Maths Leaders Community/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await scan(page, "/initiatives/no-such-initiative", "Page not found");
  });

  test("the new initiative form, empty and with errors", async ({ page }) => {
    await scan(page, "/initiatives/new", "Create your initiative");
    await page.getByLabel("Title").fill("Only a title");
    await page.getByLabel("Start date").fill("2026-07-01");
    await page.getByLabel("End date").fill("2026-01-01");
    await page.getByRole("button", { name: "Save initiative" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeFocused();
    await expect(page.getByText("Enter the problem you are addressing").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("an initiative as its owner, its edit form, and the action forms", async ({ page }) => {
    await page.getByRole("link", { name: DEMO_INITIATIVE }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: DEMO_INITIATIVE })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit initiative" })).toBeVisible();
    await expectNoAxeViolations(page);
    const initiativePath = new URL(page.url()).pathname;

    await page.getByRole("link", { name: "Edit initiative" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Edit your initiative" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(initiativePath);
    await page.getByRole("link", { name: "Add an action" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Add an action" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Add action" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeFocused();
    await expectNoAxeViolations(page);

    await page.goto(initiativePath);
    await page.getByRole("link", { name: "Edit action 1" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Edit action" })).toBeVisible();
    await expect(page.getByLabel("What will be done?")).not.toHaveValue("");
    await expectNoAxeViolations(page);

    // The page after a status update, with its confirmation.
    await page.goto(initiativePath);
    await page.getByLabel("Status of action 7").selectOption({ label: "On track" });
    await page.getByRole("button", { name: "Update status of action 7" }).click();
    await expect(page.getByRole("status")).toHaveText("Status updated to On track.");
    await expectNoAxeViolations(page);
  });
});

test.describe("cohort lead", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, USERS.lead.email);
  });

  test("home, cohorts, a cohort, a participant's initiative and frameworks", async ({ page }) => {
    await scan(page, "/", /^Hello, /);
    await scan(page, "/cohorts", "Cohorts you lead");
    await page.getByRole("link", { name: NORTH_COHORT }).click();
    await expect(page.getByRole("heading", { level: 1, name: NORTH_COHORT })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: DEMO_INITIATIVE }).click();
    await expect(page.getByRole("heading", { level: 1, name: DEMO_INITIATIVE })).toBeVisible();
    await expect(page.getByText("Priya Shah’s initiative")).toBeVisible();
    await expectNoAxeViolations(page);

    await scan(page, "/programmes", "Outcome frameworks");
    await scan(page, "/cohorts/no-such-cohort", "Page not found");
  });
});

test.describe("programme admin", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, USERS.admin.email);
  });

  test("home, cohorts, a cohort and every programme", async ({ page }) => {
    await scan(page, "/", "Hello, Alex");
    await scan(page, "/cohorts", "Cohorts");
    await page.getByRole("link", { name: NORTH_COHORT }).click();
    await expect(page.getByRole("heading", { level: 1, name: NORTH_COHORT })).toBeVisible();
    await expectNoAxeViolations(page);

    await scan(page, "/programmes", "Outcome frameworks");
    const programmes = page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link");
    const hrefs = await programmes.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const href of hrefs) {
      await page.goto(href);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
});
