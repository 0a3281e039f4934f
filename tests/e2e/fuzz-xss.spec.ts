import { expect, type Page, test } from "@playwright/test";
import { signIn, uniqueSuffix, USERS } from "./fixtures";

// Hostile text typed into a record is shown as text, never run: the title below would set window.__xss if any
// page put it into the DOM as HTML (C16 of TRUST-CHECKS.md).
const TITLE = `<img src=x onerror="window.__xss=1"> ${uniqueSuffix()}`;

const xss = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: number }).__xss);

test("a reflection titled with an HTML payload is shown as text on its page and in search", async ({ page }) => {
  await signIn(page, USERS.participant.email);
  await page.goto("/reflections/new");
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("What happened?").fill("Checking that markup is kept as text.");
  await page.getByLabel("So what?").fill("It must never run.");
  await page.getByLabel("Now what?").fill("Keep checking.");
  await page.getByRole("button", { name: "Save reflection" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  expect(await xss(page)).toBeUndefined();

  await page.goto("/records");
  await page.getByLabel("Title contains").fill("onerror");
  await page.getByRole("button", { name: "Show records" }).click();
  await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
  expect(await xss(page)).toBeUndefined();
});
