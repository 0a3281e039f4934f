import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, USERS } from "./fixtures";

// An admin answers a subject access request (export everything) and an erasure request (after confirming).

test("an admin exports one person's data and erases another after confirming", async ({ page }) => {
  await signIn(page, USERS.admin.email);
  await page.goto("/admin/people");
  await expect(page.getByRole("heading", { level: 1, name: "People and their data" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("row").filter({ hasText: USERS.participant.email }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(USERS.participant.firstName);
  await expectNoAxeViolations(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export everything" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^strands-data-priya-[a-z0-9-]*\d{4}-\d{2}-\d{2}\.zip$/);
  const { readFile } = await import("node:fs/promises");
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip

  await page.goto("/admin/people");
  await page.getByRole("row").filter({ hasText: USERS.participant3.email }).getByRole("link").first().click();
  await page.getByRole("link", { name: "Erase this person" }).click();
  await expect(page.getByText("This cannot be undone.")).toBeVisible();
  await expectNoAxeViolations(page);
  // A wrong confirmation is refused beside the field and in the summary.
  await page.getByLabel("Email address").fill("someone@else.org");
  await page.getByRole("button", { name: /^Erase / }).click();
  await expect(page.getByRole("alert").or(page.locator(".error-summary"))).toBeVisible();
  await expect(page.locator(".field-error")).toContainText("exactly as shown");
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill(USERS.participant3.email);
  await page.getByRole("button", { name: /^Erase / }).click();
  await expect(page.getByRole("status")).toContainText("has been erased");
  await expect(page.getByRole("cell", { name: USERS.participant3.email })).toHaveCount(0);

  await page.goto("/admin/audit-log");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("cell", { name: /Erased person’s data/ }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: /Exported person’s data/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a lead gets 403 on the admin pages", async ({ page }) => {
  await signIn(page, USERS.lead.email);
  for (const path of ["/admin/people", "/admin/audit-log"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  }
});
