// Runs in the "no-javascript" project: the browser runs no script, so every step is a plain HTML form post
// and a full page from the server.
import { expect, test } from "@playwright/test";
import {
  actionData,
  actionPlan,
  chooseSchools,
  chooseStrand,
  fillOutcomeRow,
  initiativeData,
  NEXT_YEAR,
  outcomeRow,
  setActionStatus,
  signIn,
  submitActionForm,
  tags,
  USERS,
} from "./fixtures";

const initiative = initiativeData("No script");
const action = actionData("No script", 1);

test("the page's scripts really do not run in this project", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Strands" })).toBeVisible();
  // The server sends Remix's inline script that sets window.__remixContext; with scripting off it never runs.
  expect(await page.locator("script").count()).toBeGreaterThan(0);
  expect(await page.evaluate(() => typeof (window as unknown as { __remixContext?: unknown }).__remixContext)).toBe(
    "undefined",
  );
});

test("a participant plans an initiative without JavaScript", async ({ page }) => {
  await signIn(page, USERS.participant.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Initiatives" }).click();
  await page.getByRole("link", { name: "Create an initiative" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create your initiative" })).toBeVisible();

  await page.getByLabel("Title").fill(initiative.title);
  await page.getByLabel("What will you do?").fill(initiative.approach);
  await chooseSchools(page, initiative.schools);
  await page.getByLabel("Start date").fill(initiative.startsOn);
  await page.getByLabel("End date").fill(initiative.endsOn);
  await fillOutcomeRow(page, "Implementation outcome 1", initiative.implementationOutcomes[0]);

  // "Add another implementation outcome" goes to the server and back with a second, empty row.
  await expect(outcomeRow(page, "Implementation outcome 2")).toHaveCount(0);
  const [addRow] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/initiatives/new")),
    page.getByRole("button", { name: "Add another implementation outcome" }).click(),
  ]);
  expect(addRow.request().resourceType()).toBe("document");
  await expect(outcomeRow(page, "Implementation outcome 2")).toBeVisible();
  await expect(outcomeRow(page, "Implementation outcome 2").getByLabel("What you intend to see")).toHaveValue("");
  // Nothing typed so far was lost on the way, and adding a row is not an attempt to save.
  await expect(page.getByLabel("Title")).toHaveValue(initiative.title);
  await expect(page.getByLabel("What will you do?")).toHaveValue(initiative.approach);
  await expect(page.getByLabel("Start date")).toHaveValue(initiative.startsOn);
  await expect(page.getByRole("checkbox", { name: initiative.schools[0], exact: true })).toBeChecked();
  await expect(outcomeRow(page, "Implementation outcome 1").getByLabel("What you intend to see")).toHaveValue(
    initiative.implementationOutcomes[0].description,
  );
  await expect(page.getByRole("heading", { name: "There is a problem" })).toHaveCount(0);

  await fillOutcomeRow(page, "Implementation outcome 2", initiative.implementationOutcomes[1]);
  await fillOutcomeRow(page, "Final outcome 1", initiative.finalOutcomes[0]);
  await chooseStrand(page, initiative);

  // Save without the problem: the server answers with the errors and keeps what was typed.
  const [invalid] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/initiatives/new")),
    page.getByRole("button", { name: "Save initiative" }).click(),
  ]);
  expect(invalid.status()).toBe(400);
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Problem: Enter the problem you are addressing" })).toBeVisible();
  const problem = page.getByLabel("What problem are you addressing?");
  await expect(problem).toHaveAccessibleDescription(/Enter the problem you are addressing/);
  await expect(page.getByLabel("Title")).toHaveValue(initiative.title);
  await expect(page.getByLabel("What will you do?")).toHaveValue(initiative.approach);
  await expect(page.getByLabel("End date")).toHaveValue(initiative.endsOn);
  await expect(outcomeRow(page, "Implementation outcome 2").getByLabel("How it will be measured")).toHaveValue(
    initiative.implementationOutcomes[1].measure,
  );
  await expect(page.getByRole("checkbox", { name: initiative.strand, exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: initiative.outcomeStatement, exact: true })).toBeChecked();

  await problem.fill(initiative.problem);
  await page.getByLabel("What is the evidence of need?").fill(initiative.evidenceOfNeed);
  await page.getByLabel("What are its active ingredients?").fill(initiative.activeIngredients);
  await page.getByRole("button", { name: "Save initiative" }).click();

  await expect(page.getByRole("heading", { level: 1, name: initiative.title })).toBeVisible();
  await expect(page.getByText(`6 January ${NEXT_YEAR} to 18 July ${NEXT_YEAR}`)).toBeVisible();
  const implementation = page.getByRole("table", { name: "Intended implementation outcomes" });
  await expect(implementation.getByRole("row")).toHaveCount(3);
  const initiativePath = new URL(page.url()).pathname;

  // An action.
  await page.getByRole("link", { name: "Add an action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an action" })).toBeVisible();
  await submitActionForm(page, action);
  await expect(page).toHaveURL(new RegExp(`${initiativePath}#action-`));
  await expect(actionPlan(page).getByRole("heading", { level: 3 })).toHaveText([action.description]);
  await expect(tags(actionPlan(page).first())).toHaveText(["Not started"]);

  // Its status.
  await setActionStatus(page, 1, "On track");
  await expect(page.getByRole("status")).toHaveText("Status updated to On track.");
  await expect(tags(actionPlan(page).first())).toHaveText(["On track"]);
  await expect(page.getByLabel("Status of action 1")).toHaveValue("on_track");
  await page.goto(initiativePath);
  await expect(tags(actionPlan(page).first())).toHaveText(["On track"]);
});

test("a participant writes a free-text reflection without JavaScript, and search finds it", async ({ page }) => {
  await signIn(page, USERS.participant.email);
  await page.goto("/reflections/new");
  // Without scripts, CSS alone shows only the fields of the chosen way of writing.
  await page.getByLabel("Free text").check();
  await expect(page.getByLabel("What happened?")).toBeHidden();
  await page.getByLabel("Title").fill("Written without scripts");
  await page.getByRole("button", { name: "Save reflection" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Written without scripts");
  await expect(page.getByLabel("Free text")).toBeChecked();
  await page.getByLabel("Your reflection").fill("The HoD network agreed one shared starter routine.");
  await page.getByRole("button", { name: "Save reflection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Written without scripts" })).toBeVisible();
  await expect(page.getByText("The HoD network agreed one shared starter routine.")).toBeVisible();

  await page.goto("/records");
  await page.getByLabel("Title contains").fill("without scripts");
  await page.getByRole("button", { name: "Show records" }).click();
  await expect(page.getByRole("link", { name: "Written without scripts" })).toBeVisible();
});
