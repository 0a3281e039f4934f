import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, NORTH_COHORT, signedInPage, signIn, uniqueSuffix, USERS } from "./fixtures";

// The cohort lead's whole journey: dashboard, filter, a participant from the heatmap, feedback on a reflection,
// and the participant finding that feedback on their home page.

test("the lead filters the dashboard, opens a participant from the heatmap, comments on a reflection, and the participant sees it", async ({
  page,
  browser,
}) => {
  const title = `Reflection for my lead ${uniqueSuffix()}`;
  await signIn(page, USERS.participant.email);
  await page.goto("/reflections/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("What happened?").fill("Two departments trialled the shared starter routine.");
  await page.getByLabel("So what?").fill("Pupils in both reached for the bar model without being told.");
  await page.getByLabel("Now what?").fill("Ask the other two heads of maths to watch one starter each.");
  await page.getByLabel("Who can see this reflection").selectOption("leads");
  await page.getByRole("button", { name: "Save reflection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const lead = await signedInPage(browser, USERS.lead.email);
  await lead.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cohorts" }).click();
  await lead.page.getByRole("link", { name: NORTH_COHORT }).first().click();
  await lead.page.getByRole("navigation", { name: "This cohort" }).getByRole("link", { name: "Dashboard" }).click();
  await lead.page.getByLabel("Participants", { exact: true }).selectOption("continuing");
  await lead.page.getByRole("button", { name: "Show dashboard" }).click();
  await expect(lead.page).toHaveURL(/[?&]track=continuing/);
  await lead.page.locator("figure.heatmap").getByRole("link", { name: "Priya Shah" }).click();
  await expect(lead.page.getByRole("heading", { level: 1, name: /Priya Shah/ })).toBeVisible();
  await expectNoAxeViolations(lead.page);

  await lead.page.getByRole("link", { name: title }).click();
  await expect(lead.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await lead.page
    .getByLabel("Your comment", { exact: true })
    .fill("Which pupils reached for it first? Worth noting in your audit.");
  await lead.page.getByRole("button", { name: "Post comment" }).click();
  await expect(lead.page.getByRole("status").filter({ hasText: "Your comment is posted" })).toBeVisible();
  await lead.context.close();

  await page.goto("/");
  const news = page.getByRole("region", { name: "New feedback from your cohort leads" });
  await expect(news.getByRole("link", { name: title })).toBeVisible();
  await news.getByRole("link", { name: title }).click();
  await expect(page.getByText("Which pupils reached for it first? Worth noting in your audit.")).toBeVisible();
  await expect(page.locator("#feedback").getByText("New", { exact: true }).first()).toBeVisible();
});
