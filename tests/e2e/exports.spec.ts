// A cohort lead drills down into one participant from the roster, then exports the cohort's shared records.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, NORTH_COHORT, signedInPage, signIn, USERS } from "./fixtures";

test("the lead opens a participant's story from the roster and downloads the reflections CSV", async ({ page }) => {
  await signIn(page, USERS.lead.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cohorts" }).click();
  await page.getByRole("link", { name: NORTH_COHORT }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: NORTH_COHORT })).toBeVisible();

  await page.getByRole("rowheader", { name: "Priya Shah" }).getByRole("link", { name: "Priya Shah" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Priya Shah" })).toBeVisible();
  await expect(page).toHaveURL(/\/cohorts\/[^/]+\/participants\/[^/]+$/);
  for (const section of [
    "Initiatives",
    "Trust audits",
    "Inter-sessional tasks",
    "Reflections",
    "Evidence",
    "Coverage of the outcome strands",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: section, exact: true })).toBeVisible();
  }
  await expect(page.getByText("Private records are not shown.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // At a phone's width the page still fits without sideways scrolling of the page itself.
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("link", { name: NORTH_COHORT }).click();
  await page.getByRole("link", { name: "Export data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Export data" })).toBeVisible();
  await expect(page.getByText("Records they have kept private are never exported.")).toBeVisible();
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Reflections (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("2024-25-national-north-reflections.csv");
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString("utf8").split("\r\n")[0]).toBe(
    "Date,Title,Participant,Workshop,What happened,So what,Now what,Reflection",
  );

  const zipping = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download everything (zip)" }).click();
  expect((await zipping).suggestedFilename()).toBe("2024-25-national-north-all.zip");
});

test("another cohort's lead cannot open the export page or a North participant's story", async ({ page, browser }) => {
  await signIn(page, USERS.lead.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cohorts" }).click();
  await page.getByRole("link", { name: NORTH_COHORT }).first().click();
  await page.getByRole("rowheader", { name: "Priya Shah" }).getByRole("link").click();
  const storyUrl = page.url();
  const exportUrl = storyUrl.replace(/\/participants\/.*$/, "/export");

  const other = await signedInPage(browser, USERS.lead2.email);
  for (const url of [storyUrl, exportUrl]) {
    const response = await other.page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(other.page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  }
  const csv = await other.page.request.get(`${exportUrl}/reflections.csv`);
  expect(csv.status()).toBe(404);
  await other.context.close();
});
