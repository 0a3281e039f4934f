import fs from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, USERS } from "./fixtures";

// The Accreditation Evidence Document as a PD Lead participant meets it: from their accreditation page to a
// printable document with every criterion, and its Word and PDF downloads. And anyone's "Download all your data".

const CRITERIA = [
  "You will design, lead, review and refine a professional development programme",
  "You will critically evaluate your own professional development programme against your intended outcomes",
  "You will identify key principles of maths CPD design and the implications of these for the programme you design",
  "You will recognise the key distinction between teachers’ knowledge of maths, and teachers’ knowledge of teaching maths",
];

test("a PD lead opens their evidence document, sees every criterion and downloads it as Word and PDF", async ({
  page,
}) => {
  await signIn(page, USERS.pdlead.email);
  await page.goto("/accreditation");
  await page
    .getByRole("main")
    .getByRole("link", { name: /PD Lead/ })
    .first()
    .click();
  await page.getByRole("link", { name: "Your Accreditation Evidence Document" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Accreditation Evidence Document" })).toBeVisible();
  await expect(
    page
      .getByRole("navigation", { name: "Contents" })
      .getByRole("link", { name: "Evidence by accreditation criterion" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Evidence by accreditation criterion" })).toBeVisible();
  for (const [index, text] of CRITERIA.entries()) {
    await expect(page.getByRole("heading", { level: 3, name: `Criterion ${index + 1}: ${text}` })).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 2, name: "Evaluation" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Reflections" })).toBeVisible();
  await expectNoAxeViolations(page);

  const [word] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download Word (.docx)" }).click(),
  ]);
  expect(word.suggestedFilename()).toMatch(/^accreditation-evidence-sam-okafor-[a-z0-9-]+\.docx$/);
  const wordBytes = await fs.readFile((await word.path())!);
  expect(wordBytes.subarray(0, 2).toString("latin1")).toBe("PK");

  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/^accreditation-evidence-sam-okafor-[a-z0-9-]+\.pdf$/);
  expect((await fs.readFile((await pdf.path())!)).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // On paper: no site navigation, no buttons, each major section on a new page.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Download Word (.docx)" })).toBeHidden();
  const breakBefore = await page.locator("#criteria").evaluate((el) => getComputedStyle(el).breakBefore);
  expect(breakBefore).toBe("page");
});

test("anyone can download all their data from their account page", async ({ page }) => {
  await signIn(page, USERS.participant.email);
  await page.goto("/account");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download all your data" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^strands-data-priya-shah-\d{4}-\d{2}-\d{2}\.zip$/);
  const bytes = await fs.readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  expect(bytes.includes(Buffer.from("README.txt"))).toBe(true);
});
