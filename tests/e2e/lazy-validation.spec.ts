// Forms load their browser-side checks after the page is interactive (app/components/lazy-validation.tsx), so
// zod stays out of every page's first-load JavaScript. Once loaded, the checks must run in the browser: errors on
// submit without a round trip to the server, and each one cleared as the person corrects the field.
import { expect, test } from "@playwright/test";
import { signIn, USERS } from "./fixtures";

test("the new initiative form checks itself in the browser once its checks have loaded", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await signIn(page, USERS.participant.email);
  await page.goto("/initiatives/new");
  await expect(page.locator("form#initiative")).toHaveAttribute("data-validation", "ready");

  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await page.getByRole("button", { name: "Save initiative" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Title: Enter a title" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Problem: Enter the problem you are addressing" })).toBeVisible();

  await page.getByLabel("Title", { exact: true }).fill("Bar models in Year 5");
  await expect(summary.getByRole("link", { name: /^Title:/ })).toHaveCount(0);
  await expect(summary.getByRole("link", { name: /^Problem:/ })).toBeVisible();

  expect(posts, "no form was posted: the browser checked it").toEqual([]);
  expect(refused, "the checks loaded within the Content Security Policy").toEqual([]);
});
