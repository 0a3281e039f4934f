// The participant journey by keyboard alone: Tab and Shift+Tab to move, typing, Space for checkboxes, arrow keys
// for selects and Enter for links and buttons. No clicks and no fill(): focus checks only steer the keys.
import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  actionData,
  actionPlan,
  DEMO_PASSWORD,
  initiativeData,
  NEXT_YEAR,
  outcomeRow,
  shiftTabTo,
  tabTo,
  tags,
  typeDate,
  USERS,
  type ActionData,
  type OutcomeData,
} from "./fixtures";

const initiative = initiativeData("Keyboard");
const firstAction = actionData("Keyboard", 1);
const secondAction = actionData("Keyboard", 2);

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

async function check(page: Page, box: Locator) {
  await tabTo(page, box);
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
}

async function typeOutcomeRow(page: Page, legend: string, outcome: OutcomeData) {
  const row = outcomeRow(page, legend);
  await typeInto(page, row.getByLabel("What you intend to see"), outcome.description);
  await typeInto(page, row.getByLabel("How it will be measured"), outcome.measure);
  await typeInto(page, row.getByLabel("When it will be measured"), outcome.measuredWhen);
}

async function addActionByKeyboard(page: Page, action: ActionData) {
  await tabTo(page, page.getByRole("link", { name: "Add an action" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Add an action" })).toBeVisible();
  await typeInto(page, page.getByLabel("What will be done?"), action.description);
  await typeInto(page, page.getByLabel("Who owns this action?"), action.ownerName);
  await check(page, page.getByRole("group", { name: "Which schools?" }).getByRole("checkbox", { name: action.school }));
  const due = page.getByLabel("Due date");
  await tabTo(page, due);
  await typeDate(page, due, action.dueOn);
  await typeInto(page, page.getByLabel("Success criteria"), action.successCriteria);
  // The initiative is "In progress", so it has started: a change to its plan needs a reason.
  await typeInto(page, page.getByLabel("Why are you changing the plan?"), "Part of the first half term");
  await tabTo(page, page.getByRole("button", { name: "Add action" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 3, name: action.description })).toBeVisible();
}

test("a participant plans an initiative with the keyboard alone", async ({ page }) => {
  await page.goto("/sign-in");
  // The first Tab reaches the skip link.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await typeInto(page, page.getByLabel("Email address"), USERS.participant.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Priya" })).toBeVisible();

  await tabTo(page, page.getByRole("link", { name: "Create another initiative" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Create your initiative" })).toBeVisible();

  // Enter in the title submits the form early: the error summary takes focus and links to each problem.
  await typeInto(page, page.getByLabel("Title"), initiative.title);
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeFocused();
  await page.keyboard.press("Tab");
  const problemLink = summary.getByRole("link", { name: "Problem: Enter the problem you are addressing" });
  await expect(problemLink).toBeFocused();
  await page.keyboard.press("Enter");
  const problem = page.getByLabel("What problem are you addressing?");
  await expect(problem).toBeFocused();

  // Typing a correction keeps focus in the field, though the summary updates as you type.
  await page.keyboard.type(initiative.problem);
  await expect(problem).toBeFocused();
  await expect(problem).toHaveValue(initiative.problem);
  await expect(problemLink).toHaveCount(0);
  await expect(page.getByLabel("Title")).toHaveValue(initiative.title);

  await page.keyboard.press("Tab");
  await expect(page.getByLabel("What is the evidence of need?")).toBeFocused();
  await page.keyboard.type(initiative.evidenceOfNeed);
  await typeInto(page, page.getByLabel("What will you do?"), initiative.approach);
  await typeInto(page, page.getByLabel("What are its active ingredients?"), initiative.activeIngredients);
  const schools = page.getByRole("group", { name: "Which schools of your trust does it cover?" });
  for (const school of initiative.schools) await check(page, schools.getByRole("checkbox", { name: school }));
  for (const [label, iso] of [
    ["Start date", initiative.startsOn],
    ["End date", initiative.endsOn],
  ] as const) {
    const input = page.getByLabel(label);
    await tabTo(page, input);
    await typeDate(page, input, iso);
  }

  await typeOutcomeRow(page, "Implementation outcome 1", initiative.implementationOutcomes[0]);
  await tabTo(page, page.getByRole("button", { name: "Add another implementation outcome" }));
  await page.keyboard.press("Enter");
  await expect(outcomeRow(page, "Implementation outcome 2")).toBeVisible();
  // The new row sits above the button: go back to it.
  await shiftTabTo(page, outcomeRow(page, "Implementation outcome 2").getByLabel("What you intend to see"), 10);
  await typeOutcomeRow(page, "Implementation outcome 2", initiative.implementationOutcomes[1]);
  await typeOutcomeRow(page, "Final outcome 1", initiative.finalOutcomes[0]);

  // Status: arrow down from "Planning" to "In progress".
  const status = page.getByLabel("Status", { exact: true });
  await tabTo(page, status);
  await page.keyboard.press("ArrowDown");
  await expect(status).toHaveValue("in_progress");

  await check(
    page,
    page
      .getByRole("group", { name: "Which strands does this initiative contribute to?" })
      .getByRole("checkbox", { name: initiative.strand }),
  );
  await check(page, page.getByRole("checkbox", { name: initiative.outcomeStatement, exact: true }));

  await tabTo(page, page.getByRole("button", { name: "Save initiative" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: initiative.title })).toBeVisible();
  await expect(page.getByText("In progress", { exact: true })).toBeVisible();
  await expect(page.getByText(`6 January ${NEXT_YEAR} to 18 July ${NEXT_YEAR}`)).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Intended implementation outcomes" })
      .getByRole("cell", { name: initiative.implementationOutcomes[1].description }),
  ).toBeVisible();

  await addActionByKeyboard(page, firstAction);
  await addActionByKeyboard(page, secondAction);
  const actions = actionPlan(page);
  await expect(actions.getByRole("heading", { level: 3 })).toHaveText([
    firstAction.description,
    secondAction.description,
  ]);

  // The second action is at risk: Not started → On track → At risk.
  const rag = page.getByLabel("Status of action 2");
  await tabTo(page, rag);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(rag).toHaveValue("at_risk");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Update status of action 2" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Status updated to At risk.");
  await expect(tags(actions.nth(1))).toHaveText(["At risk"]);
  await expect(tags(actions.nth(0))).toHaveText(["Not started"]);

  // Saved, not just shown.
  await page.reload();
  await expect(tags(actionPlan(page).nth(1))).toHaveText(["At risk"]);
});
