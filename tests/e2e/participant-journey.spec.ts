// A participant plans an initiative end to end; then other people try to see it: a participant of the same
// cohort (no), the cohort's lead (yes, read only) and the lead of another cohort (no).
import { expect, test } from "@playwright/test";
import {
  actionData,
  actionPlan,
  addAction,
  chooseSchools,
  chooseStrand,
  fillOutcomeRow,
  initiativeData,
  NEXT_YEAR,
  NORTH_COHORT,
  outcomeRow,
  setActionStatus,
  signedInPage,
  signIn,
  tags,
  USERS,
} from "./fixtures";

test.describe.configure({ mode: "serial" });

const initiative = initiativeData("Journey");
const firstAction = actionData("Journey", 1);
const secondAction = actionData("Journey", 2);
let initiativePath = "";

test("a participant creates an initiative, recovers from errors, plans two actions and sets a status", async ({
  page,
}) => {
  await signIn(page, USERS.participant.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Initiatives" }).click();
  await page.getByRole("link", { name: "Create an initiative" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create your initiative" })).toBeVisible();

  // First attempt: a title and an approach, but no problem, and the end date before the start date.
  await page.getByLabel("Title").fill(initiative.title);
  await page.getByLabel("What will you do?").fill(initiative.approach);
  await page.getByLabel("Start date").fill(initiative.endsOn);
  await page.getByLabel("End date").fill(initiative.startsOn);
  await page.getByRole("button", { name: "Save initiative" }).click();

  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveURL(/\/initiatives\/new$/);
  await expect(summary.getByRole("link", { name: "Problem: Enter the problem you are addressing" })).toBeVisible();
  const problem = page.getByLabel("What problem are you addressing?");
  await expect(problem).toHaveAttribute("aria-invalid", "true");
  await expect(problem).toHaveAccessibleDescription(/Enter the problem you are addressing/);
  await expect(
    page.locator(".form-group", { has: problem }).getByText("Enter the problem you are addressing"),
  ).toBeVisible();
  // What was typed is kept.
  await expect(page.getByLabel("Title")).toHaveValue(initiative.title);
  await expect(page.getByLabel("What will you do?")).toHaveValue(initiative.approach);
  await expect(page.getByLabel("Start date")).toHaveValue(initiative.endsOn);

  // The summary's link takes you to the field.
  await summary.getByRole("link", { name: "Problem: Enter the problem you are addressing" }).click();
  await expect(problem).toBeFocused();

  // Complete the rest of the form, but leave the dates the wrong way round.
  await problem.fill(initiative.problem);
  await page.getByLabel("What is the evidence of need?").fill(initiative.evidenceOfNeed);
  await page.getByLabel("What are its active ingredients?").fill(initiative.activeIngredients);
  await chooseSchools(page, initiative.schools);
  await fillOutcomeRow(page, "Implementation outcome 1", initiative.implementationOutcomes[0]);
  await expect(outcomeRow(page, "Implementation outcome 2")).toHaveCount(0);
  await page.getByRole("button", { name: "Add another implementation outcome" }).click();
  await expect(outcomeRow(page, "Implementation outcome 2")).toBeVisible();
  await fillOutcomeRow(page, "Implementation outcome 2", initiative.implementationOutcomes[1]);
  await fillOutcomeRow(page, "Final outcome 1", initiative.finalOutcomes[0]);
  await chooseStrand(page, initiative);
  await page.getByRole("button", { name: "Save initiative" }).click();

  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole("link", { name: "End date: The end date must be on or after the start date" }),
  ).toBeVisible();
  const endDate = page.getByLabel("End date");
  await expect(endDate).toHaveAccessibleDescription(/The end date must be on or after the start date/);
  await expect(page.getByLabel("What problem are you addressing?")).toHaveValue(initiative.problem);
  await expect(outcomeRow(page, "Implementation outcome 2").getByLabel("What you intend to see")).toHaveValue(
    initiative.implementationOutcomes[1].description,
  );

  // Put the dates right and save.
  await page.getByLabel("Start date").fill(initiative.startsOn);
  await endDate.fill(initiative.endsOn);
  await expect(summary).toBeHidden();
  await page.getByRole("button", { name: "Save initiative" }).click();

  await expect(page.getByRole("heading", { level: 1, name: initiative.title })).toBeVisible();
  await expect(page).toHaveURL(/\/initiatives\/[^/]+$/);
  initiativePath = new URL(page.url()).pathname;
  await expect(page.getByText("Your initiative ·")).toBeVisible();
  await expect(page.getByText(initiative.problem)).toBeVisible();
  await expect(page.getByText("Who can see this: Me and my cohort leads")).toBeVisible();
  await expect(page.getByText(`6 January ${NEXT_YEAR} to 18 July ${NEXT_YEAR}`)).toBeVisible();
  const implementation = page.getByRole("table", { name: "Intended implementation outcomes" });
  await expect(implementation.getByRole("row")).toHaveCount(3);
  await expect(
    implementation.getByRole("cell", { name: initiative.implementationOutcomes[1].description }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Final outcomes for pupils" })
      .getByRole("cell", { name: initiative.finalOutcomes[0].description }),
  ).toBeVisible();
  await expect(page.getByText(initiative.strand, { exact: true })).toBeVisible();
  await expect(page.getByText(initiative.outcomeStatement)).toBeVisible();
  await expect(page.getByText("No actions yet. Add the first step of your plan.")).toBeVisible();

  // Two actions, in the order they were added.
  await addAction(page, initiativePath, firstAction);
  await addAction(page, initiativePath, secondAction);
  await expect(page).toHaveURL(new RegExp(`${initiativePath}#action-`));
  const actions = actionPlan(page);
  await expect(actions).toHaveCount(2);
  await expect(actions.getByRole("heading", { level: 3 })).toHaveText([
    firstAction.description,
    secondAction.description,
  ]);
  await expect(tags(actions.nth(0))).toHaveText(["Not started"]);
  await expect(tags(actions.nth(1))).toHaveText(["Not started"]);
  await expect(actions.nth(0)).toContainText(`Due 14 February ${NEXT_YEAR}`);
  await expect(actions.nth(0)).toContainText(`Owner: ${firstAction.ownerName}`);
  await expect(actions.nth(0)).toContainText(firstAction.successCriteria);
  await expect(actions.nth(1)).toContainText(`Owner: ${secondAction.ownerName}`);
  await expect(actions.nth(1)).toContainText(secondAction.school);
  await expect(tags(actions.nth(1)).getByText("At risk", { exact: true })).toHaveCount(0);

  // The second action is at risk.
  await setActionStatus(page, 2, "At risk");
  await expect(page.getByRole("status")).toHaveText("Status updated to At risk.");
  await expect(tags(actions.nth(1))).toHaveText(["At risk"]);
  await expect(tags(actions.nth(1)).getByText("At risk", { exact: true })).toBeVisible();
  await expect(tags(actions.nth(0))).toHaveText(["Not started"]);
  await expect(page.getByLabel("Status of action 2")).toHaveValue("at_risk");

  // It is still at risk after a reload: it was saved, not just shown.
  await page.reload();
  await expect(tags(actionPlan(page).nth(1)).getByText("At risk", { exact: true })).toBeVisible();

  // The edit form opens with everything that was saved.
  await page.getByRole("link", { name: "Edit initiative" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit your initiative" })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(initiative.title);
  await expect(page.getByLabel("End date")).toHaveValue(initiative.endsOn);
  await expect(outcomeRow(page, "Implementation outcome 2").getByLabel("How it will be measured")).toHaveValue(
    initiative.implementationOutcomes[1].measure,
  );
  await expect(page.getByRole("checkbox", { name: initiative.schools[1], exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: initiative.strand, exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: initiative.outcomeStatement, exact: true })).toBeChecked();
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: initiative.title })).toBeVisible();
});

test("another participant of the same cohort gets 'Page not found' for it", async ({ browser }) => {
  expect(initiativePath).not.toBe("");
  const { context, page } = await signedInPage(browser, USERS.participant2.email);
  const response = await page.goto(initiativePath);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(initiative.title);
  await expect(page.locator("body")).not.toContainText(initiative.problem);

  const edit = await page.goto(`${initiativePath}/edit`);
  expect(edit?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(initiative.title);

  const newAction = await page.goto(`${initiativePath}/actions/new`);
  expect(newAction?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await context.close();
});

test("the cohort's lead sees it read only, and their cohort page lists it", async ({ browser }) => {
  expect(initiativePath).not.toBe("");
  const { context, page } = await signedInPage(browser, USERS.lead.email);

  await page.getByRole("link", { name: NORTH_COHORT }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: NORTH_COHORT })).toBeVisible();
  const priya = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Priya Shah" }) });
  await expect(priya.getByRole("link", { name: initiative.title })).toBeVisible();

  await priya.getByRole("link", { name: initiative.title }).click();
  await expect(page).toHaveURL(new RegExp(`${initiativePath}$`));
  await expect(page.getByRole("heading", { level: 1, name: initiative.title })).toBeVisible();
  await expect(page.getByText(`Priya Shah’s initiative · ${NORTH_COHORT}`)).toBeVisible();
  const actions = actionPlan(page);
  await expect(actions.getByRole("heading", { level: 3 })).toHaveText([
    firstAction.description,
    secondAction.description,
  ]);
  await expect(tags(actions.nth(1)).getByText("At risk", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit initiative" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Add an action" })).toHaveCount(0);
  await expect(page.getByLabel("Status of action 1")).toHaveCount(0);

  // The page leads back to the cohort, not to "Your initiatives".
  await expect(page.getByRole("link", { name: NORTH_COHORT })).toBeVisible();

  // A lead cannot open the edit form either.
  const edit = await page.goto(`${initiativePath}/edit`);
  expect(edit?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  await context.close();
});

test("the lead of another cohort gets 'Page not found' for it", async ({ browser }) => {
  expect(initiativePath).not.toBe("");
  const { context, page } = await signedInPage(browser, USERS.lead2.email);
  const response = await page.goto(initiativePath);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(initiative.title);
  await context.close();
});
