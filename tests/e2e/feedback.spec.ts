import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signedInPage, signIn, uniqueSuffix, USERS } from "./fixtures";

// A cohort lead comments on a reflection a participant shared with leads; the participant sees it as new,
// replies and resolves it. Then the same conversation without JavaScript.

test.describe.configure({ mode: "serial" });

let reflectionPath = "";
const title = `Feedback wanted: ratio tables ${uniqueSuffix()}`;

function feedback(page: Page) {
  return page.locator("#feedback");
}

test("a participant shares a reflection with leads, and the lead starts a feedback thread on it", async ({
  page,
  browser,
}) => {
  await signIn(page, USERS.participant.email);
  await page.goto("/reflections/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("What happened?").fill("We planned a research lesson on ratio tables.");
  await page.getByLabel("So what?").fill("Pupils who drew the table early reasoned better.");
  await page.getByLabel("Now what?").fill("Try the same task in two more schools.");
  await page.getByLabel("Who can see this reflection").selectOption("leads");
  await page.getByRole("button", { name: "Save reflection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  reflectionPath = new URL(page.url()).pathname;
  // The owner sees the (empty) panel but cannot start a thread.
  await expect(feedback(page).getByText("No feedback yet.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Post comment" })).toHaveCount(0);

  const { context, page: leadPage } = await signedInPage(browser, USERS.lead.email);
  await leadPage.goto(reflectionPath);
  await expect(leadPage.getByRole("heading", { level: 2, name: "Feedback" })).toBeVisible();
  // An empty comment is refused beside the field.
  await leadPage.getByRole("button", { name: "Post comment" }).click();
  await expect(leadPage.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(leadPage.locator("#feedback-body-error")).toHaveText("Error: Write your comment");
  await expectNoAxeViolations(leadPage);

  await leadPage.getByLabel("What is your comment about?").selectOption({ label: "So what?" });
  await leadPage
    .getByLabel("Your comment", { exact: true })
    .fill("Which pupils drew the table first? It would be worth noting who did.");
  await leadPage.getByRole("button", { name: "Post comment" }).click();
  await expect(leadPage.getByRole("status").filter({ hasText: "Your comment is posted" })).toBeVisible();
  const thread = leadPage.locator(".feedback-thread").first();
  await expect(thread.getByRole("heading", { level: 3, name: "About: So what?" })).toBeVisible();
  await expect(thread.getByText("Which pupils drew the table first?")).toBeVisible();
  await expect(thread.getByText("Open", { exact: true })).toBeVisible();
  await expectNoAxeViolations(leadPage);
  await context.close();
});

test("the participant sees the new comment, replies and resolves the thread", async ({ page }) => {
  await signIn(page, USERS.participant.email);
  await page.goto(reflectionPath);
  const thread = page.locator(".feedback-thread").first();
  await expect(thread.getByText("New", { exact: true })).toBeVisible();
  await expect(feedback(page).getByText("1 new comment since you last looked.")).toBeVisible();
  await expectNoAxeViolations(page);

  await thread.getByLabel(/^Your reply/).fill("Mostly the pupils who had used bar models in Year 6.");
  await thread.getByRole("button", { name: /^Reply/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your reply is posted." })).toBeVisible();
  await expect(thread.getByText("Mostly the pupils who had used bar models in Year 6.")).toBeVisible();
  // Replying read the thread: nothing is new any more.
  await expect(feedback(page).getByText("New", { exact: true })).toHaveCount(0);

  await thread.getByRole("button", { name: /^Mark as resolved/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "The thread is marked as resolved." })).toBeVisible();
  await expect(thread.getByText("Resolved", { exact: true })).toBeVisible();
  await expect(thread.getByRole("button", { name: /^Reopen/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("without JavaScript the lead reopens and replies, and the participant marks it read", async ({ browser }) => {
  const leadContext = await browser.newContext({ javaScriptEnabled: false });
  const leadPage = await leadContext.newPage();
  await signIn(leadPage, USERS.lead.email);
  await leadPage.goto(reflectionPath);
  const thread = leadPage.locator(".feedback-thread").first();
  await expect(thread.getByText("New", { exact: true })).toBeVisible();
  await thread.getByRole("button", { name: /^Reopen/ }).click();
  await expect(leadPage.getByRole("status").filter({ hasText: "The thread is reopened." })).toBeVisible();
  // An empty reply comes back with the error beside the reply box.
  await thread.getByRole("button", { name: /^Reply/ }).click();
  await expect(leadPage).toHaveURL(/feedbackError=body-missing/);
  await expect(thread.locator(".field-error")).toHaveText("Error: Write your comment");
  await thread.getByLabel(/^Your reply/).fill("Good: build that into the next lesson study cycle.");
  await thread.getByRole("button", { name: /^Reply/ }).click();
  await expect(leadPage.getByRole("status").filter({ hasText: "Your reply is posted." })).toBeVisible();
  await expect(thread.getByText("Good: build that into the next lesson study cycle.")).toBeVisible();
  await expect(thread.getByText("Open", { exact: true })).toBeVisible();
  // (axe needs JavaScript in the page; the same panel is scanned in the tests above.)
  await leadContext.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, USERS.participant.email);
  await page.goto(reflectionPath);
  await expect(feedback(page).getByText("New", { exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "Mark as read" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Feedback marked as read." })).toBeVisible();
  await expect(feedback(page).getByText("New", { exact: true })).toHaveCount(0);
  await context.close();
});

test("another participant of the cohort never sees the feedback panel", async ({ page }) => {
  await signIn(page, USERS.participant2.email);
  const response = await page.goto(reflectionPath);
  // Shared with leads only: the record itself is hidden from them.
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Good: build that into the next lesson study cycle.")).toHaveCount(0);
});
