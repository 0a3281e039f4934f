// How an initiative is going and how it has been adapted: a participant changes an initiative that has started and
// is asked why; the change shows in the adaptation log with its before and after; reordering the plan asks why too;
// she sets the status herself with a reason and sees the computed status alongside; her lead sees drifting schools.
import { expect, test, type Page } from "@playwright/test";
import {
  actionData,
  chooseSchools,
  chooseStrand,
  expectNoAxeViolations,
  fillOutcomeRow,
  initiativeData,
  NEXT_YEAR,
  NORTH_COHORT,
  signedInPage,
  signIn,
  submitActionForm,
  USERS,
} from "./fixtures";

test.describe.configure({ mode: "serial" });

const initiative = initiativeData("Health");
// Started last year, so every change to it is an adaptation.
const startsOn = `${NEXT_YEAR - 2}-09-08`;
let initiativePath = "";

async function createStartedInitiative(page: Page) {
  await page.goto("/initiatives/new");
  await page.getByLabel("Title").fill(initiative.title);
  await page.getByLabel("What problem are you addressing?").fill(initiative.problem);
  await page.getByLabel("What is the evidence of need?").fill(initiative.evidenceOfNeed);
  await page.getByLabel("What will you do?").fill(initiative.approach);
  await page.getByLabel("What are its active ingredients?").fill(initiative.activeIngredients);
  await chooseSchools(page, initiative.schools);
  await page.getByLabel("Start date").fill(startsOn);
  await page.getByLabel("End date").fill(initiative.endsOn);
  await fillOutcomeRow(page, "Implementation outcome 1", initiative.implementationOutcomes[0]);
  await fillOutcomeRow(page, "Final outcome 1", initiative.finalOutcomes[0]);
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "In progress" });
  await chooseStrand(page, initiative);
  await page.getByRole("button", { name: "Save initiative" }).click();
  await expect(page.getByRole("heading", { level: 1, name: initiative.title })).toBeVisible();
  initiativePath = new URL(page.url()).pathname;
}

test("editing a started initiative asks why, and the change shows in its adaptation log", async ({ page }) => {
  await signIn(page, USERS.participant.email);
  await createStartedInitiative(page);

  await page.getByRole("link", { name: "Edit initiative" }).click();
  const why = page.getByLabel("Why are you changing the design?");
  await expect(why).toBeVisible();
  const approach = page.getByLabel("What will you do?");
  const newApproach = `${initiative.approach} Heads of maths model one starter each half term.`;
  await approach.fill(newApproach);
  await page.getByRole("button", { name: "Save changes" }).click();

  // No reason: nothing saved, the error beside the field and in the summary, what was typed kept.
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole("link", { name: /^Why you are making this change: Enter why you are making this change/ }),
  ).toBeVisible();
  await expect(why).toHaveAttribute("aria-invalid", "true");
  await expect(why).toHaveAccessibleDescription(/Enter why you are making this change/);
  await expect(approach).toHaveValue(newApproach);

  await why.fill("The heads of maths asked to lead the starters themselves.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: initiative.title })).toBeVisible();
  await expect(page.getByText(newApproach)).toBeVisible();

  await page.getByRole("link", { name: "Changes since it started" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Changes since it started" })).toBeVisible();
  const entry = page.getByRole("article", { name: "Changed approach" });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText("Why: The heads of maths asked to lead the starters themselves.");
  await expect(entry.getByRole("term")).toHaveText(["Approach"]);
  // Added words are marked in words as well as by their style.
  const added = entry.locator("ins");
  await expect(added).toContainText("Heads of maths model one starter each half term.");
  await expect(added.first()).toContainText("[added:");
  await expect(entry.locator("del")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("reordering a started plan asks why on a page of its own", async ({ page }) => {
  expect(initiativePath).not.toBe("");
  await signIn(page, USERS.participant.email);
  for (const n of [1, 2]) {
    const action = actionData("Health", n);
    await page.goto(`${initiativePath}/actions/new`);
    await page.getByLabel("Why are you changing the plan?").fill(`Step ${n} of the plan`);
    await submitActionForm(page, action);
    await expect(page.getByRole("heading", { level: 3, name: action.description })).toBeVisible();
  }
  await page.getByRole("button", { name: "Move down action 1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change the order of your plan" })).toBeVisible();
  await expect(page.getByText(/from number 1 to number 2/)).toBeVisible();
  await page.getByRole("button", { name: "Move the action" }).click();
  await expect(page.getByRole("alert")).toContainText("Why: Enter why you are changing the order of your plan");
  await page.getByLabel("Why are you changing the order?").fill("Teams must be trained before the bank is written.");
  await page.getByRole("button", { name: "Move the action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: initiative.title })).toBeVisible();

  await page.goto(`${initiativePath}/adaptations`);
  const moved = page.getByRole("article", { name: /^Moved action/ });
  await expect(moved).toContainText("from 1st to 2nd in the plan");
  await expect(moved).toContainText("Why: Teams must be trained before the bank is written.");
  await expect(page.getByRole("article", { name: /^Added action/ })).toHaveCount(2);
});

test("a participant sets the status herself with a reason, and can go back to the computed one", async ({ page }) => {
  expect(initiativePath).not.toBe("");
  await signIn(page, USERS.participant.email);
  await page.goto(initiativePath);
  const box = page.getByRole("region", { name: /^How it is going:/ });
  await expect(box).toBeVisible();
  await box.getByRole("link", { name: "Set the status yourself or see its history" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How it is going" })).toBeVisible();
  const computed = (
    await page
      .getByRole("region", { name: /^How it is going:/ })
      .locator(".tag")
      .first()
      .textContent()
  )?.trim();

  await page.getByLabel("Status to show").selectOption({ label: "At risk" });
  await page.getByRole("button", { name: "Set the status" }).click();
  await expect(page.getByRole("alert")).toContainText("Why: Enter why you are setting the status yourself");
  await page.getByLabel("Why are you setting it yourself?").fill("Two of the four heads of maths are new this term.");
  await page.getByRole("button", { name: "Set the status" }).click();

  const status = page.getByRole("region", { name: /^How it is going:/ });
  await expect(status.getByRole("heading")).toHaveText("How it is going: At risk");
  await expect(status).toContainText("Set by you: Two of the four heads of maths are new this term.");
  await expect(status).toContainText(`Computed from the plan and evidence: ${computed}`);
  const history = page.getByRole("table", { name: /Every time the status was set by hand/ });
  await expect(history.getByRole("row")).toHaveCount(2);
  await expect(history.getByRole("row").nth(1)).toContainText("Priya Shah");
  await expect(history.getByRole("row").nth(1)).toContainText("Computed status");
  await expect(history.getByRole("row").nth(1)).toContainText("Two of the four heads of maths are new this term.");

  // The initiatives list shows it with the reason.
  await page.goto("/initiatives");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: initiative.title }) });
  await expect(card).toContainText("At risk");
  await expect(card).toContainText("set by you: Two of the four heads of maths are new this term.");

  await page.goto(`${initiativePath}/status`);
  await page.getByRole("button", { name: /^Use the computed status/ }).click();
  await expect(page.getByRole("region", { name: /^How it is going:/ }).getByRole("heading")).toHaveText(
    `How it is going: ${computed}`,
  );
  await expect(page.getByRole("table", { name: /Every time the status was set by hand/ }).getByRole("row")).toHaveCount(
    3,
  );
  await expectNoAxeViolations(page);
  await page.goto(`${initiativePath}/schools`);
  await expectNoAxeViolations(page);
});

test("the cohort lead sees which schools are drifting", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, USERS.lead.email);
  await page.getByRole("link", { name: NORTH_COHORT }).first().click();
  await page
    .getByRole("link", { name: /dashboard/i })
    .first()
    .click();
  const section = page.getByRole("region", { name: "Schools to watch" });
  await expect(section).toBeVisible();
  const kestrel = section
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Kestrel Moor Academy" }) });
  await expect(kestrel).toContainText("Fidelity is “Not yet” while adoption is “Mostly”");
  await expect(kestrel.getByRole("link", { name: "Priya Shah" })).toBeVisible();
  await context.close();
});

test("school by school works without JavaScript, one labelled select per measure and school", async ({ browser }) => {
  expect(initiativePath).not.toBe("");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, USERS.participant.email);
  await page.goto(`${initiativePath}/schools`);
  await expect(page.getByRole("heading", { level: 1, name: "School by school" })).toBeVisible();
  await page.getByLabel("Adoption at Calderbrook Academy").selectOption({ label: "3 – Mostly" });
  await page.getByLabel("Fidelity at Calderbrook Academy").selectOption({ label: "1 – Not yet" });
  await page.getByLabel("Note about Calderbrook Academy").fill("Starters used, but without the retrieval gap.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByLabel("Fidelity at Calderbrook Academy")).toHaveValue("1");
  await expect(page.getByLabel("Sustainment at Harrowfell School")).toHaveValue("");
  await context.close();
});
