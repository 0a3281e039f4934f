import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signedInPage, signIn, uniqueSuffix, USERS } from "./fixtures";

// A participant writes a prompted reflection after a workshop, finds it again, and shares it with their lead only.

test.describe.configure({ mode: "serial" });

let reflectionUrl = "";
const title = `After workshop 2: lesson study ${uniqueSuffix()}`;

test("a participant writes a prompted reflection linked to a workshop, and finds it in search", async ({ page }) => {
  await signIn(page, USERS.participant.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reflections" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your reflection log" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Write a reflection" }).click();
  await expectNoAxeViolations(page);

  // Prompted is the default: the free-text box is not shown, and every prompt is asked for.
  await expect(page.getByLabel("With prompts")).toBeChecked();
  await expect(page.getByLabel("Your reflection")).toBeHidden();
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("What happened?")
    .fill("We watched a research lesson on ratio tables and discussed pupils' reasoning.");
  await page.getByRole("button", { name: "Save reflection" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "So what: Write what it means (so what)" })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expectNoAxeViolations(page);

  await page.getByLabel("So what?").fill("Our heads of department saw how much the task design mattered.");
  await page.getByLabel("Now what?").fill("Run one lesson study cycle in two schools before Easter.");
  const workshop = page.getByLabel("Workshop (optional)");
  const secondWorkshop = (await workshop.locator("option").allTextContents()).find((text) =>
    text.startsWith("Workshop 2"),
  );
  await workshop.selectOption({ label: secondWorkshop ?? "" });
  await page.getByLabel("Who can see this reflection").selectOption("leads");
  await page
    .getByRole("group", { name: /Which strands does this reflection contribute to/ })
    .getByLabel("Practice development")
    .check();
  await page.getByRole("button", { name: "Save reflection" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("heading", { name: "So what?" })).toBeVisible();
  await expect(page.getByText("Our heads of department saw how much the task design mattered.")).toBeVisible();
  await expect(page.getByText(/^After Workshop 2/)).toBeVisible();
  await expect(page.getByText("Who can see this: Me and my cohort leads")).toBeVisible();
  await expectNoAxeViolations(page);
  reflectionUrl = page.url();

  // Search finds it by a word of its title and by kind and strand; another kind does not.
  await page.goto("/records");
  await page.getByLabel("Title contains").fill("lesson study");
  await page.getByLabel("Kind").selectOption("reflection");
  await page.getByLabel("Strand").selectOption({ label: "Practice development" });
  await page.getByRole("button", { name: "Show records" }).click();
  await expect(page).toHaveURL(/kind=reflection/);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Kind").selectOption("audit");
  await page.getByRole("button", { name: "Show records" }).click();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  // A filter that makes no sense is explained beside its field, not a crash.
  await page.goto("/records?from=2025-02-30");
  await expect(page.getByText("Enter a real date, like 2025-03-14").first()).toBeVisible();
  await expect(page.getByLabel("From")).toHaveValue("");
});

test("home shows the reflection among recent records and the strand coverage, as a chart and a table", async ({
  page,
}) => {
  await signIn(page, USERS.participant.email);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  const figure = page.getByRole("figure", { name: /How many of your records are tagged to each strand/ });
  await expect(figure).toBeVisible();
  const row = figure.getByRole("row", { name: /Practice development/ });
  await expect(row).toBeVisible();
  // The drawing appears once the page's scripts run; the numbers are in the table either way.
  await expect(figure.locator(".recharts-wrapper")).toBeVisible();
  await expect(figure.locator('.recharts-wrapper [tabindex]:not([tabindex="-1"])')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the cohort's lead reads the shared reflection; another participant gets Page not found", async ({ browser }) => {
  const lead = await signedInPage(browser, USERS.lead.email);
  await lead.page.goto(reflectionUrl);
  await expect(lead.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(lead.page.getByRole("link", { name: "Edit reflection" })).toHaveCount(0);
  await expectNoAxeViolations(lead.page);
  await lead.context.close();

  const other = await signedInPage(browser, USERS.participant2.email);
  await other.page.goto(reflectionUrl);
  await expect(other.page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(other.page.getByText(title)).toHaveCount(0);
  await other.context.close();
});
