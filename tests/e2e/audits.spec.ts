// A participant audits representations across three schools of their trust, rates the grid (recovering from a
// mistake), follows the audit up with new ratings and reads the change; another participant cannot see it.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signedInPage, signIn, uniqueSuffix, USERS } from "./fixtures";

test.describe.configure({ mode: "serial" });

const focus = `Use of representations in KS3 lessons ${uniqueSuffix()}`;
const SCHOOLS = ["Calderbrook Academy", "Harrowfell School", "Kestrel Moor Academy"];
const CRITERIA = [
  "Teachers use bar models to expose the structure of a problem",
  "Pupils choose a representation to explain their reasoning",
  "Classroom displays show the representations the trust has agreed",
];
// Criteria as rows, schools as columns (Calderbrook, Harrowfell, Kestrel Moor).
const BASELINE = [
  [1, 2, 2],
  [2, 2, 3],
  [1, 1, 2],
];
const FOLLOW_UP = [
  [3, 3, 2],
  [2, 3, 3],
  [2, 1, 2],
];
let baselinePath = "";
let followUpPath = "";

function ratingSelect(page: Page, school: string, criterion: number) {
  return page.getByRole("combobox", { name: `Rating for ${school}, criterion ${criterion}:` });
}

async function fillGrid(page: Page, ratings: number[][]) {
  for (const [c, row] of ratings.entries()) {
    for (const [s, rating] of row.entries()) {
      await ratingSelect(page, SCHOOLS[s], c + 1).selectOption(String(rating));
    }
  }
}

/** The row of a comparison table, found by its row header, as the texts of its number cells. */
async function comparisonRow(page: Page, tableCaption: string, rowHeader: string) {
  const table = page.getByRole("table", { name: tableCaption });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: rowHeader }) });
  return row.getByRole("cell").allInnerTexts();
}

test("a participant creates a baseline audit, rates the grid, follows it up and sees the change", async ({ page }) => {
  await signIn(page, USERS.participant.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audits" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your audits" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Start a baseline audit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Start a baseline audit" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Forgetting the criteria is caught beside the field, with the summary at the top.
  await page.getByLabel("What are you auditing?").fill(focus);
  await page.getByLabel("Date of the audit").fill("2024-09-20");
  await page
    .getByLabel("Which initiative is it part of?")
    .selectOption({ label: "A shared vision for teaching for mastery across Pennine Ridge" });
  const schools = page.getByRole("group", { name: "Which schools of your trust will you audit?" });
  for (const school of SCHOOLS) await schools.getByRole("checkbox", { name: school, exact: true }).check();
  await page.getByRole("button", { name: "Save and rate the schools" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Write your criteria")).toHaveAccessibleDescription(/Write at least one criterion/);
  await expectNoAxeViolations(page);

  await page.getByLabel("Write your criteria").fill(CRITERIA.join("\n"));
  await page.getByRole("button", { name: "Save and rate the schools" }).click();

  // The grid: criteria as rows, schools as columns, every control named by its criterion and school.
  await expect(page.getByRole("heading", { level: 1, name: "Rate the schools" })).toBeVisible();
  baselinePath = new URL(page.url()).pathname.replace(/\/ratings$/, "");
  const grid = page.getByRole("table", { name: "Rate each criterion in each school" });
  await expect(grid.getByRole("columnheader")).toHaveText(["Criterion", ...SCHOOLS]);
  await expect(grid.getByRole("rowheader")).toHaveText(CRITERIA.map((c, i) => `${i + 1}. ${c}`));
  await expect(page.getByRole("combobox")).toHaveCount(9);
  await expect(ratingSelect(page, "Harrowfell School", 2)).toHaveAccessibleName(
    `Rating for Harrowfell School, criterion 2: ${CRITERIA[1]}`,
  );
  await expectNoAxeViolations(page);

  // Keyboard: focus a cell and type the rating's number.
  await ratingSelect(page, SCHOOLS[0], 1).focus();
  await page.keyboard.press("1");
  await expect(ratingSelect(page, SCHOOLS[0], 1)).toHaveValue("1");

  // Fill the grid but leave one cell with a note and no rating: the mistake is shown beside that cell.
  await fillGrid(page, BASELINE);
  const kestrel = ratingSelect(page, "Kestrel Moor Academy", 3);
  await kestrel.selectOption("");
  await page.locator("summary", { hasText: "Note for Kestrel Moor Academy, criterion 3" }).click();
  await page
    .getByRole("textbox", { name: "Note for Kestrel Moor Academy, criterion 3" })
    .fill("Displays only in the Year 7 rooms");
  await page.getByRole("button", { name: "Save ratings" }).click();
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole("link", {
      name: "Kestrel Moor Academy, criterion 3: Choose a rating for this note, or clear the note",
    }),
  ).toBeVisible();
  await expect(kestrel).toHaveAttribute("aria-invalid", "true");
  await expect(kestrel).toHaveAccessibleDescription(/Choose a rating for this note/);
  await expectNoAxeViolations(page);
  await summary.getByRole("link").first().click();
  await expect(kestrel).toBeFocused();
  await kestrel.selectOption("2");
  await page.getByRole("button", { name: "Save ratings" }).click();

  await expect(page.getByRole("heading", { level: 1, name: focus })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Your ratings are saved: 9 of 9 cells rated.");
  await expect(page.getByText("Displays only in the Year 7 rooms")).toBeVisible();

  // The follow-up: a small form on the baseline's page.
  await page.getByLabel("Date of the follow-up").fill("2025-06-20");
  await page.getByRole("button", { name: "Start a follow-up audit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rate the schools" })).toBeVisible();
  await expect(page.getByText("Follow-up audit ·")).toBeVisible();
  followUpPath = new URL(page.url()).pathname.replace(/\/ratings$/, "");
  expect(followUpPath).not.toBe(baselinePath);
  await expect(
    page.getByRole("table", { name: "Rate each criterion in each school" }).getByRole("rowheader"),
  ).toHaveText(CRITERIA.map((c, i) => `${i + 1}. ${c}`));
  await fillGrid(page, FOLLOW_UP);
  await page.getByRole("button", { name: "Save ratings" }).click();

  // The change, criterion by criterion and school by school, always to one decimal place.
  await expect(page.getByRole("heading", { level: 2, name: "Change since the baseline" })).toBeVisible();
  // Criterion 1: (1 + 2 + 2) / 3 = 1.7 at the baseline, (3 + 3 + 2) / 3 = 2.7 now: up 1.0.
  expect(await comparisonRow(page, "Mean rating by criterion", `1. ${CRITERIA[0]}`)).toEqual(["1.7", "2.7", "+1.0"]);
  // Criterion 3: 4 / 3 = 1.3, then 5 / 3 = 1.7: up 0.3.
  expect(await comparisonRow(page, "Mean rating by criterion", `3. ${CRITERIA[2]}`)).toEqual(["1.3", "1.7", "+0.3"]);
  // Harrowfell: (2 + 2 + 1) / 3 = 1.7, then (3 + 3 + 1) / 3 = 2.3; Kestrel Moor: 7 / 3 both times.
  expect(await comparisonRow(page, "Mean rating by school", "Harrowfell School")).toEqual(["1.7", "2.3", "+0.7"]);
  expect(await comparisonRow(page, "Mean rating by school", "Kestrel Moor Academy")).toEqual(["2.3", "2.3", "0.0"]);
  await expect(
    page
      .getByRole("figure", { name: /Mean rating of each criterion across the schools/ })
      .locator("svg")
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Both audits are listed with their ratings counted.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audits" }).click();
  const cards = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: new RegExp(`^${focus}`) }) });
  await expect(cards.first().getByRole("link").first()).toHaveAccessibleName(
    `${focus} (follow-up audit, 20 June 2025)`,
  );
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText("Follow-up");
  await expect(cards.first()).toContainText("9 of 9 ratings");
  await expect(cards.last()).toContainText("Baseline");
});

test("on a phone the grid scrolls sideways inside its own box, not the page", async ({ browser }) => {
  expect(baselinePath).not.toBe("");
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await signIn(page, USERS.participant.email);
  await page.goto(`${baselinePath}/ratings`);
  await expect(page.getByRole("heading", { level: 1, name: "Rate the schools" })).toBeVisible();
  const wrap = page
    .locator(".table-wrap")
    .filter({ has: page.getByRole("table", { name: "Rate each criterion in each school" }) });
  const sizes = await wrap.evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
    page: document.documentElement.scrollWidth,
  }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(sizes.page).toBeLessThanOrEqual(320);
  await context.close();
});

test("without JavaScript the grid still saves, and a mistake comes back beside its cell", async ({ browser }) => {
  expect(baselinePath).not.toBe("");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, USERS.participant.email);
  await page.goto(`${baselinePath}/ratings`);
  await expect(ratingSelect(page, SCHOOLS[1], 1)).toHaveValue("2");
  // A rating outside the list can only come from a tampered form: the server answers beside the cell.
  await ratingSelect(page, SCHOOLS[1], 1).evaluate((select: HTMLSelectElement) => {
    select.add(new Option("7", "7"));
    select.value = "7";
  });
  await page.getByRole("button", { name: "Save ratings" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(
    summary.getByRole("link", { name: "Harrowfell School, criterion 1: Choose a rating from the list" }),
  ).toBeVisible();
  await expect(ratingSelect(page, SCHOOLS[1], 1)).toHaveAccessibleDescription(/Choose a rating from the list/);
  // Everything else typed is kept.
  await expect(ratingSelect(page, SCHOOLS[2], 3)).toHaveValue("2");
  await ratingSelect(page, SCHOOLS[1], 1).selectOption("3");
  await page.getByRole("button", { name: "Save ratings" }).click();
  await expect(page.getByRole("status")).toHaveText("Your ratings are saved: 9 of 9 cells rated.");
  const row = page
    .getByRole("table", { name: "Ratings by criterion and school" })
    .getByRole("row")
    .filter({ hasText: CRITERIA[0] });
  await expect(row.getByRole("cell").nth(1)).toHaveText("3 Established");
  await context.close();
});

test("another participant gets 'Page not found' for the audit and its grid", async ({ browser }) => {
  expect(followUpPath).not.toBe("");
  const { context, page } = await signedInPage(browser, USERS.participant2.email);
  for (const path of [followUpPath, `${followUpPath}/ratings`, baselinePath, `${baselinePath}/edit`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.locator("body")).not.toContainText(focus);
  }
  await context.close();
});

test("the cohort's lead reads the audit but cannot rate it", async ({ browser }) => {
  expect(followUpPath).not.toBe("");
  const { context, page } = await signedInPage(browser, USERS.lead.email);
  await page.goto(followUpPath);
  await expect(page.getByRole("heading", { level: 1, name: focus })).toBeVisible();
  await expect(page.getByText("Priya Shah’s follow-up audit")).toBeVisible();
  await expect(page.getByRole("link", { name: /Rate the schools|Change ratings|Continue rating/ })).toHaveCount(0);
  const grid = await page.goto(`${followUpPath}/ratings`);
  expect(grid?.status()).toBe(403);
  await context.close();
});

test("the owner rewords a criterion of the follow-up; the baseline page offers another follow-up", async ({ page }) => {
  expect(followUpPath).not.toBe("");
  await signIn(page, USERS.participant.email);
  await page.goto(baselinePath);
  await expect(page.getByRole("heading", { level: 1, name: focus })).toBeVisible();
  await expect(page.getByRole("link", { name: "Follow-up audit of 20 June 2025" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start a follow-up audit" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(followUpPath);
  await page.getByRole("link", { name: "Edit audit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit your audit" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start a follow-up audit" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByLabel("Criterion 3").fill("Classroom displays show the agreed representations");
  await page.getByRole("button", { name: "Add another criterion" }).click();
  await expect(page.getByLabel("Criterion 4")).toBeVisible();
  await page.getByRole("button", { name: "Remove criterion 4" }).click();
  await expect(page.getByLabel("Criterion 4")).toHaveCount(0);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Your changes are saved.");
  // The reworded criterion keeps its ratings and its link to the baseline.
  expect(
    await comparisonRow(page, "Mean rating by criterion", "3. Classroom displays show the agreed representations"),
  ).toEqual(["1.3", "1.7", "+0.3"]);
});
