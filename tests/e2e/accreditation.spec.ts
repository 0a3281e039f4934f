import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signedInPage, signIn, uniqueSuffix, USERS } from "./fixtures";

// A PD lead (Sam Okafor, pdlead@) maps evidence to a criterion, writes the statement and submits it; the cohort
// lead (Helen Marsden, lead@) asks for more work with a comment; Sam sees it, revises and resubmits (without
// JavaScript); Helen approves, and the criterion shows Approved with its history.

test.describe.configure({ mode: "serial" });

const COHORT = "2026/27 PD Lead Programme — Central";
const CRITERION = "Criterion 4";
const statement = `The number-line task showed teachers who knew the maths but not how pupils misread it ${uniqueSuffix()}`;
let participantPath = "";
let reviewPath = "";

function criterion(page: Page) {
  return page
    .locator(".criterion")
    .filter({ has: page.getByRole("heading", { level: 3, name: new RegExp(CRITERION) }) });
}

test("the PD lead maps evidence to a criterion, writes the statement and submits it", async ({ page }) => {
  await signIn(page, USERS.pdlead.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Accreditation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accreditation" })).toBeVisible();
  await page.getByRole("link", { name: COHORT }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Your accreditation: ${COHORT}` })).toBeVisible();
  participantPath = new URL(page.url()).pathname;
  await expect(page.getByText("3 of 5")).toBeVisible();
  await expect(page.getByRole("link", { name: "Criterion 4: submit it for review" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Your Accreditation Evidence Document" })).toBeVisible();
  await expectNoAxeViolations(page);

  const section = criterion(page);
  await expect(section.getByText("Not started", { exact: true })).toBeVisible();
  // Submitting with nothing written is refused, with the reason beside the field and in the summary.
  await section.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(section.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(
    section.getByText("Write how you meet this criterion before you submit it for review").first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await section.getByLabel("How you meet this criterion").fill(statement);
  await section.getByLabel(/Work Group session plans \(shared folder\)/).check();
  await section.getByLabel(/Leading session 1: teachers' knowledge of maths/).check();
  await section.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted for review" })).toBeVisible();
  await expect(criterion(page).locator(".criterion__status").getByText("Submitted", { exact: true })).toBeVisible();
  await expect(criterion(page).getByRole("link", { name: "Work Group session plans (shared folder)" })).toBeVisible();
  // Criterion 4 now has a statement and evidence: only criterion 2 (needs work) is left to submit.
  await expect(page.getByText("4 of 5")).toBeVisible();
});

test("the cohort lead asks for more work on it, with a comment", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, USERS.lead.email);
  await page.goto("/cohorts");
  await page.getByRole("link", { name: COHORT }).click();
  await page.getByRole("navigation", { name: "This cohort" }).getByRole("link", { name: "Accreditation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Accreditation: ${COHORT}` })).toBeVisible();
  const sam = page.getByRole("row").filter({ hasText: "Sam Okafor" });
  await expect(sam.getByRole("cell").nth(3)).toHaveText("Submitted");
  await expectNoAxeViolations(page);
  await sam.getByRole("link", { name: "Sam Okafor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sam Okafor’s accreditation" })).toBeVisible();
  reviewPath = new URL(page.url()).pathname;

  const section = criterion(page);
  await expect(section.getByText(statement)).toBeVisible();
  await expect(section.getByRole("link", { name: "Work Group session plans (shared folder)" })).toBeVisible();
  await section.getByLabel("Needs work: say what is missing below").check();
  await section.getByRole("button", { name: "Save review" }).click();
  await expect(
    section.getByText("Write what the participant needs to do before you ask for more work").first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await section
    .getByLabel("Comment")
    .fill("Say what you changed in session 2 because of this, and what pupils' work showed.");
  await section.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent back for more work" })).toBeVisible();
  await expect(criterion(page).locator(".criterion__status").getByText("Needs work", { exact: true })).toBeVisible();
  await context.close();
});

test("the PD lead sees the comment, revises and resubmits without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, USERS.pdlead.email);
  await page.goto(participantPath);
  const section = criterion(page);
  await expect(section.locator(".criterion__status").getByText("Needs work", { exact: true })).toBeVisible();
  await expect(section.getByText("What your lead asks you to do (Helen Marsden)")).toBeVisible();
  await expect(
    section.locator(".lead-note").getByText("Say what you changed in session 2 because of this"),
  ).toBeVisible();
  await section
    .getByLabel("How you meet this criterion")
    .fill(`${statement}. In session 2 I added a task where teachers predicted pupils' misreadings first.`);
  await section.getByRole("button", { name: "Save and submit again" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted for review" })).toBeVisible();
  await expect(criterion(page).locator(".criterion__status").getByText("Submitted", { exact: true })).toBeVisible();
  await context.close();
});

test("the lead approves it, and it shows Approved with its history", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, USERS.lead.email);
  await page.goto(reviewPath);
  const section = criterion(page);
  await expect(section.getByText("In session 2 I added a task")).toBeVisible();
  await section.getByLabel("Approve: the statement and evidence meet this criterion").check();
  await section.getByLabel("Comment").fill("Thank you: a clear distinction, well evidenced.");
  await section.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Approved." })).toBeVisible();
  const done = criterion(page);
  await expect(done.locator(".criterion__status").getByText("Approved", { exact: true })).toBeVisible();
  const history = done.locator(".criterion-history__list li");
  await expect(history).toHaveCount(4);
  await expect(history.nth(0)).toContainText("Submitted by Sam Okafor");
  await expect(history.nth(1)).toContainText("Needs work by Helen Marsden");
  await expect(history.nth(1)).toContainText("Say what you changed in session 2");
  await expect(history.nth(2)).toContainText("Submitted by Sam Okafor");
  await expect(history.nth(3)).toContainText("Approved by Helen Marsden");
  await expectNoAxeViolations(page);
  await context.close();

  const participant = await signedInPage(browser, USERS.pdlead.email);
  await participant.page.goto(participantPath);
  await expect(
    criterion(participant.page).locator(".criterion__status").getByText("Approved", { exact: true }),
  ).toBeVisible();
  await expect(
    criterion(participant.page).getByText("Thank you: a clear distinction, well evidenced.").first(),
  ).toBeVisible();
  await participant.context.close();
});
