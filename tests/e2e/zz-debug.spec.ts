import { test } from "@playwright/test";
test("debug", async ({ page }) => {
  page.on("console", (m) => console.log("CONSOLE", m.type(), m.text()));
  page.on("pageerror", (e) => console.log("PAGEERROR", e.message, e.stack));
  await page.goto("/sign-in");
  page.on("response", (r) => { if (r.status() >= 400) console.log("RESP", r.status(), r.url()); });
  await page.reload(); await page.waitForTimeout(2000);
  console.log(await page.locator("body").innerText());
});
