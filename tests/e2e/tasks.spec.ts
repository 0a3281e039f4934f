// Inter-sessional tasks end to end: the cohort's lead sets a task; a participant answers it; the lead sees it done
// and reads the response; the lead of another cohort and a participant cannot open the lead's pages.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, NEXT_YEAR, NORTH_COHORT, signedInPage, signIn, uniqueSuffix, USERS } from "./fixtures";

test.describe.configure({ mode: "serial" });

const suffix = uniqueSuffix();
const task = {
  title: `Try a reasoning starter ${suffix}`,
  instructions: `Teach one reasoning starter from the workshop pack to a Year 7 class.\nNote what pupils said (${suffix}).`,
  workshop: "Workshop 2: Curriculum coherence and collaborative professional development (6 February 2025)",
  dueOn: `${NEXT_YEAR}-01-30`,
  strand: "Practice development",
};
const answer = `I taught the starter to 7C. Most pupils used the stem sentence without prompting (${suffix}).`;
let tasksPath = "";
let taskPath = "";

test("the cohort's lead sets a task, after fixing a mistake", async ({ page }) => {
  await signIn(page, USERS.lead.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cohorts" }).click();
  await page.getByRole("link", { name: NORTH_COHORT }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: NORTH_COHORT })).toBeVisible();
  await page.getByRole("link", { name: "Inter-sessional tasks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inter-sessional tasks" })).toBeVisible();
  tasksPath = new URL(page.url()).pathname;
  expect(tasksPath).toMatch(/^\/cohorts\/[^/]+\/tasks$/);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Set a task" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Set a task" })).toBeVisible();
  await expectNoAxeViolations(page);

  // First attempt: instructions only.
  await page.getByLabel("Instructions").fill(task.instructions);
  await page.getByRole("button", { name: "Set task" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Title: Enter a title" })).toBeVisible();
  await expect(summary.getByRole("link", { name: /^Due date:/ })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Instructions")).toHaveValue(task.instructions);
  await expectNoAxeViolations(page);

  await page.getByLabel("Title").fill(task.title);
  await page.getByLabel("After which workshop is it set?").selectOption({ label: task.workshop });
  await page.getByLabel("Due date").fill(task.dueOn);
  await page
    .getByRole("group", { name: "Which strands does this task contribute to?" })
    .getByRole("checkbox", { name: task.strand })
    .check();
  await page.getByRole("button", { name: "Set task" }).click();

  await expect(page.getByRole("heading", { level: 1, name: task.title })).toBeVisible();
  taskPath = new URL(page.url()).pathname;
  expect(taskPath.startsWith(`${tasksPath}/`)).toBe(true);
  await expect(page.getByText(`30 January ${NEXT_YEAR}`)).toBeVisible();
  await expect(
    page.getByText("Workshop 2: Curriculum coherence and collaborative professional development", { exact: true }),
  ).toBeVisible();
  await expect(page.getByText(task.strand, { exact: true })).toBeVisible();
  const counts = page.getByRole("list", { name: "Responses so far" });
  await expect(counts.getByRole("listitem")).toHaveText(["0 Done", "0 In progress", "24 Not started", "0 Overdue"]);
  const priya = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Priya Shah" }) });
  await expect(priya.locator("span.tag")).toHaveText(["Not started"]);
  await expectNoAxeViolations(page);

  // The edit form opens with what was saved.
  await page.getByRole("link", { name: "Edit task" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit task" })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(task.title);
  await expect(page.getByLabel("Due date")).toHaveValue(task.dueOn);
  await expect(page.getByRole("checkbox", { name: task.strand })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: task.title })).toBeVisible();

  await page.goto(tasksPath);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: task.title }) });
  await expect(row.getByRole("cell")).toHaveText(["Workshop 2", `30 January ${NEXT_YEAR}`, "0", "0", "24", "0"]);
});

test("a participant answers it and it is no longer listed as due", async ({ page }) => {
  expect(taskPath).not.toBe("");
  await signIn(page, USERS.participant.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tasks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your tasks" })).toBeVisible();
  const stillToDo = page.getByRole("region", { name: "Still to do" });
  await expect(stillToDo.getByRole("link", { name: task.title })).toBeVisible();
  const after = page.getByRole("region", { name: "Due after the last workshop" });
  await expect(after.getByRole("listitem").filter({ hasText: task.title }).locator("span.tag")).toHaveText([
    "Not started",
  ]);
  await expectNoAxeViolations(page);

  await after.getByRole("link", { name: task.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: task.title })).toBeVisible();
  await expect(page.getByText(`Note what pupils said (${suffix}).`)).toBeVisible();
  // The task's strand is ticked to start with; sharing with leads is the default.
  await expect(page.getByRole("checkbox", { name: task.strand, exact: true })).toBeChecked();
  await expect(page.getByLabel("Who can read your response?")).toHaveValue("leads");
  await expectNoAxeViolations(page);

  // Done, but nothing written: refused, beside the field.
  await page.getByRole("radio", { name: "Done" }).check();
  await page.getByRole("button", { name: "Save your response" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole("link", { name: "Your response: Write your response before you mark the task as done" }),
  ).toBeVisible();
  await expect(page.getByLabel("Your response", { exact: true })).toHaveAccessibleDescription(
    /Write your response before you mark the task as done/,
  );
  await expect(page.getByRole("radio", { name: "Done" })).toBeChecked();
  await expectNoAxeViolations(page);

  await page.getByLabel("Your response", { exact: true }).fill(answer);
  await page.getByRole("button", { name: "Save your response" }).click();
  await expect(page).toHaveURL(/\/tasks\?saved=/);
  await expect(page.getByRole("status")).toHaveText(`Your response to “${task.title}” has been saved.`);
  await expect(page.getByRole("region", { name: "Still to do" }).getByRole("link", { name: task.title })).toHaveCount(
    0,
  );
  const card = page
    .getByRole("region", { name: "Due after the last workshop" })
    .getByRole("listitem")
    .filter({ hasText: task.title });
  await expect(card.locator("span.tag")).toHaveText(["Done"]);
  await expectNoAxeViolations(page);

  // Opening it again shows what was saved.
  await card.getByRole("link", { name: task.title }).click();
  await expect(page.getByLabel("Your response", { exact: true })).toHaveValue(answer);
  await expect(page.getByRole("radio", { name: "Done" })).toBeChecked();

  // The lead's pages are not for participants.
  const response = await page.goto(taskPath);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("the lead sees it counted as done and reads the response", async ({ page }) => {
  expect(taskPath).not.toBe("");
  await signIn(page, USERS.lead.email);
  await page.goto(taskPath);
  const counts = page.getByRole("list", { name: "Responses so far" });
  await expect(counts.getByRole("listitem")).toHaveText(["1 Done", "0 In progress", "23 Not started", "0 Overdue"]);
  const priya = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Priya Shah" }) });
  await expect(priya.locator("span.tag")).toHaveText(["Done"]);
  await priya.getByRole("link", { name: "Read Priya Shah’s response" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Priya Shah’s response" })).toBeVisible();
  await expect(page.getByText(answer)).toBeVisible();
  await expect(page.locator("span.tag")).toHaveText(["Done"]);
  await expectNoAxeViolations(page);

  await page.goto(tasksPath);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: task.title }) });
  await expect(row.getByRole("cell")).toHaveText(["Workshop 2", `30 January ${NEXT_YEAR}`, "1", "0", "23", "0"]);
});

test("the lead of another cohort gets 'Page not found'", async ({ browser }) => {
  expect(taskPath).not.toBe("");
  const { context, page } = await signedInPage(browser, USERS.lead2.email);
  for (const path of [tasksPath, `${tasksPath}/new`, taskPath, `${taskPath}/edit`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.locator("body")).not.toContainText(task.title);
  }
  // Nor can they open the task as a participant would.
  const asParticipant = await page.goto(`/tasks/${taskPath.split("/").pop()}`);
  expect(asParticipant?.status()).toBe(404);
  await context.close();
});
