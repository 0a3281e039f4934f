// The cohort lead's dashboard end to end: open it from the cohort page, filter to continuing participants (the URL
// holds the filter), follow a participant's link target, and the programme admin's overview. Axe on each page.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, NORTH_COHORT, signIn, USERS } from "./fixtures";

test("the lead opens the dashboard from the cohort page and filters to continuing participants", async ({ page }) => {
  await signIn(page, USERS.lead.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cohorts" }).click();
  await page.getByRole("link", { name: NORTH_COHORT }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: NORTH_COHORT })).toBeVisible();
  await page.getByRole("navigation", { name: "This cohort" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Dashboard: ${NORTH_COHORT}` })).toBeVisible();
  const cohortPath = new URL(page.url()).pathname.replace(/\/dashboard$/, "");
  expect(cohortPath).toMatch(/^\/cohorts\/[^/]+$/);

  const heatmap = page.locator("figure.heatmap table");
  const rowNames = heatmap.locator("tbody th[scope=row]");
  await expect(rowNames.filter({ hasText: "James Whitaker" })).toHaveCount(1); // new
  await expect(rowNames.filter({ hasText: "Priya Shah" })).toHaveCount(1); // continuing
  for (const heading of [
    "Strand coverage",
    "Inter-sessional tasks",
    "Audit impact",
    "Initiatives",
    "Engagement over time",
    "Ready for the next workshop",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("button", { name: "Print this dashboard" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Participants", { exact: true }).selectOption("continuing");
  await page.getByRole("button", { name: "Show dashboard" }).click();
  await expect(page).toHaveURL(/[?&]track=continuing/);
  await expect(page.getByText("Showing: Continuing participants.")).toBeVisible();
  await expect(rowNames.filter({ hasText: "James Whitaker" })).toHaveCount(0);
  const names = await rowNames.allInnerTexts();
  expect(names.length).toBeGreaterThan(0);
  expect(names).toContain("Priya Shah");
  for (const newcomer of ["James Whitaker", "Ben Hartley", "Marcus Bell"]) expect(names).not.toContain(newcomer);

  const priya = heatmap.getByRole("link", { name: "Priya Shah" });
  await expect(priya).toHaveAttribute("href", new RegExp(`^${cohortPath}/participants/[0-9a-f-]{36}$`));

  // The expanded view keeps the filter and shows outcome statements.
  await page.getByRole("link", { name: "Show every outcome statement" }).click();
  await expect(page).toHaveURL(/detail=statements/);
  await expect(page).toHaveURL(/track=continuing/);
  await expect(page.getByText("What the statement numbers mean")).toBeVisible();
  await expectNoAxeViolations(page);

  // A bad filter is explained beside its field and ignored.
  await page.goto(`${cohortPath}/dashboard?track=sometimes`);
  await expect(
    page.getByRole("alert").getByRole("link", { name: "Choose new or continuing participants" }),
  ).toBeVisible();
  await expect(rowNames.filter({ hasText: "James Whitaker" })).toHaveCount(1);
});

test("the programme admin sees every cohort side by side; a lead may not", async ({ page, browser }) => {
  await signIn(page, USERS.admin.email);
  await page.goto("/admin/overview");
  await expect(page.getByRole("heading", { level: 1, name: "Programme overview" })).toBeVisible();
  await expect(page.getByRole("link", { name: NORTH_COHORT })).toBeVisible();
  await expectNoAxeViolations(page);

  const context = await browser.newContext();
  const leadPage = await context.newPage();
  await signIn(leadPage, USERS.lead.email);
  const response = await leadPage.goto("/admin/overview");
  expect(response?.status()).toBe(403);
  await context.close();
});
