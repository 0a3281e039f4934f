// A participant attaches evidence to their initiative: a refused file, then a real one they download again
// byte for byte; a link; the evidence page; editing and removing. Then other people try to fetch the file:
// another participant of the cohort (404) and the cohort's lead (allowed: the initiative is shared with leads).
// One journey runs without JavaScript, since the upload form must work without it.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { tinyBarChartPng, tinyPdf } from "../../db/seed/demo-evidence";
import { expectNoAxeViolations, signedInPage, signIn, uniqueSuffix, USERS } from "./fixtures";

test.describe.configure({ mode: "serial" });

const INITIATIVE = "A shared vision for teaching for mastery across Pennine Ridge";
const STATEMENT =
  "promote and develop a shared vision, culture and set of principles for effective teaching and learning in maths";
const suffix = uniqueSuffix();
const PDF = tinyPdf("Learning walk summary", ["Nine of 31 KS3 lessons showed the shared structure.", `Ref ${suffix}`]);
const PNG = tinyBarChartPng([
  [1.5, 2.75],
  [2, 3],
]);
const fileTitle = `Learning walk summary ${suffix}`;
const linkTitle = `NCETM five big ideas ${suffix}`;
let initiativePath = "";
let downloadPath = "";

async function openInitiative(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Initiatives" }).click();
  await page.getByRole("link", { name: INITIATIVE }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: INITIATIVE })).toBeVisible();
}

function evidenceItem(page: Page, title: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
}

test("a participant adds a file to their initiative, is refused a disguised one, and downloads the same bytes", async ({
  page,
}) => {
  await signIn(page, USERS.participant.email);
  await openInitiative(page);
  initiativePath = new URL(page.url()).pathname;
  const panel = page.getByRole("region", { name: "Evidence" });
  await expect(panel).toBeVisible();
  await panel.getByRole("link", { name: "Add evidence" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add evidence" })).toBeVisible();
  await expect(page.getByText(`Initiative: ${INITIATIVE}`)).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing chosen: the summary names each problem.
  await page.getByRole("button", { name: "Add evidence" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole("link", { name: "File or link: Choose whether you are adding a file or a link" }),
  ).toBeVisible();
  await expect(summary.getByRole("link", { name: "Title: Enter a title" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A PNG renamed .pdf: the browser lets it through, the server reads it and refuses it beside the field.
  await page.getByRole("radio", { name: "A file" }).check();
  const fileInput = page.getByLabel("Upload a file");
  await expect(fileInput).toBeVisible();
  await expect(page.getByLabel("Link", { exact: true })).toBeHidden();
  await fileInput.setInputFiles({ name: "learning-walks.pdf", mimeType: "application/pdf", buffer: PNG });
  await page.getByLabel("Title").fill(fileTitle);
  await page.getByLabel("What does this evidence show?").fill("Paired learning walks in the autumn term, summarised.");
  await page
    .getByRole("group", { name: "Which outcome statements does this evidence show?" })
    .getByRole("checkbox", { name: STATEMENT })
    .check();
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole("link", { name: /File: The file’s name ends in \.pdf but it is a PNG image/ }),
  ).toBeVisible();
  await expect(fileInput).toHaveAccessibleDescription(/ends in \.pdf but it is a PNG image/);
  await expect(page.getByLabel("Title")).toHaveValue(fileTitle);
  await expect(page.getByLabel("What does this evidence show?")).toHaveValue(
    "Paired learning walks in the autumn term, summarised.",
  );
  await expect(page.getByRole("checkbox", { name: STATEMENT })).toBeChecked();
  await expectNoAxeViolations(page);

  // The real PDF.
  await fileInput.setInputFiles({ name: "learning-walks.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("heading", { level: 1, name: INITIATIVE })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${initiativePath}#evidence-`));
  const item = evidenceItem(page, fileTitle);
  await expect(item).toContainText("learning-walks.pdf (PDF,");
  await expect(item).toContainText("Paired learning walks in the autumn term, summarised.");
  await expect(item).toContainText(STATEMENT);
  await expect(item.locator(".tag")).toHaveText("File");

  const link = item.getByRole("link", { name: `Download ${fileTitle}` });
  downloadPath = (await link.getAttribute("href")) ?? "";
  expect(downloadPath).toMatch(/^\/evidence\/[^/]+\/download$/);
  const downloadPromise = page.waitForEvent("download");
  await link.click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("learning-walks.pdf");
  const saved = fs.readFileSync((await download.path())!);
  expect(saved.equals(PDF)).toBe(true);

  const response = await page.request.get(downloadPath);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe("application/pdf");
  expect(headers["content-disposition"]).toContain("attachment;");
  expect(headers["content-disposition"]).toContain("filename*=UTF-8''learning-walks.pdf");
  expect(headers["x-content-type-options"]).toContain("nosniff");
  expect(headers["content-security-policy"]).toContain("sandbox; default-src 'none'");
  expect(headers["cache-control"]).toBe("private, no-store");
  expect(Buffer.from(await response.body()).equals(PDF)).toBe(true);

  await expectNoAxeViolations(page);
});

test("a participant adds a link, finds both on the evidence page, edits one and removes the other", async ({
  page,
}) => {
  expect(initiativePath).not.toBe("");
  await signIn(page, USERS.participant.email);
  await page.goto(initiativePath);
  await page.getByRole("region", { name: "Evidence" }).getByRole("link", { name: "Add evidence" }).click();
  await page.getByRole("radio", { name: "A link to a web page or shared document" }).check();
  await expect(page.getByLabel("Upload a file")).toBeHidden();
  const url = page.getByLabel("Link", { exact: true });
  await url.fill("javascript:alert(document.cookie)");
  await page.getByLabel("Title").fill(linkTitle);
  await page.getByLabel("What does this evidence show?").fill("The page we used to agree our principles.");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(url).toHaveAccessibleDescription(/Enter a link that starts with https:\/\//);
  await url.fill("https://www.ncetm.org.uk/teaching-for-mastery/");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("heading", { level: 1, name: INITIATIVE })).toBeVisible();
  const linkItem = evidenceItem(page, linkTitle);
  await expect(linkItem).toContainText("Link to www.ncetm.org.uk: https://www.ncetm.org.uk/teaching-for-mastery/");
  const open = linkItem.getByRole("link", { name: `Open link to ${linkTitle}` });
  await expect(open).toHaveAttribute("href", "https://www.ncetm.org.uk/teaching-for-mastery/");
  await expect(open).toHaveAttribute("rel", "noopener noreferrer");

  // The evidence page: everything, then links only.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Evidence" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your evidence" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: fileTitle })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: linkTitle })).toBeVisible();
  await expect(evidenceItem(page, fileTitle).getByRole("link", { name: INITIATIVE })).toHaveAttribute(
    "href",
    new RegExp(`^${initiativePath}#evidence-`),
  );
  await expectNoAxeViolations(page);
  await page.getByLabel("Show").selectOption({ label: "Links only" });
  await page.getByRole("button", { name: "Show evidence" }).click();
  await expect(page).toHaveURL(/\/evidence\?kind=link$/);
  await expect(page.getByRole("heading", { level: 2, name: linkTitle })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: fileTitle })).toHaveCount(0);
  await expect(page.getByText(/^Showing \d+ links? of \d+ pieces of evidence\.$/)).toBeVisible();
  await expect(page.locator(".evidence-tag--file")).toHaveCount(0);

  // Edit the file's details from its record.
  await page.goto(initiativePath);
  await evidenceItem(page, fileTitle)
    .getByRole("link", { name: `Edit ${fileTitle}` })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit evidence" })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(fileTitle);
  await expect(page.getByRole("checkbox", { name: STATEMENT })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByLabel("Title").fill("");
  await page.getByRole("button", { name: "Save evidence" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "Title: Enter a title" })).toBeVisible();
  const newTitle = `${fileTitle} (autumn)`;
  await page.getByLabel("Title").fill(newTitle);
  await page.getByRole("button", { name: "Save evidence" }).click();
  await expect(page.getByRole("heading", { level: 1, name: INITIATIVE })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: newTitle })).toBeVisible();

  // Remove the link, after confirming.
  await evidenceItem(page, linkTitle)
    .getByRole("link", { name: `Remove ${linkTitle}` })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Are you sure you want to remove “${linkTitle}”?` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "No, keep it" }).click();
  await expect(page.getByRole("heading", { level: 3, name: linkTitle })).toBeVisible();
  await evidenceItem(page, linkTitle)
    .getByRole("link", { name: `Remove ${linkTitle}` })
    .click();
  await page.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(page.getByRole("heading", { level: 1, name: INITIATIVE })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: linkTitle })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 3, name: newTitle })).toBeVisible();
});

test("another participant of the cohort is refused the file (404); the cohort's lead may download it", async ({
  browser,
}) => {
  expect(downloadPath).not.toBe("");
  const other = await signedInPage(browser, USERS.participant2.email);
  const refused = await other.page.request.get(downloadPath);
  expect(refused.status()).toBe(404);
  expect(Buffer.from(await refused.body()).includes(Buffer.from("%PDF"))).toBe(false);
  const evidenceId = downloadPath.split("/")[2];
  const edit = await other.page.goto(`/evidence/${evidenceId}/edit`);
  expect(edit?.status()).toBe(404);
  await expect(other.page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await other.context.close();

  const lead = await signedInPage(browser, USERS.lead.email);
  const allowed = await lead.page.request.get(downloadPath);
  expect(allowed.status()).toBe(200);
  expect(Buffer.from(await allowed.body()).equals(PDF)).toBe(true);
  await lead.page.goto(initiativePath);
  const panel = lead.page.getByRole("region", { name: "Evidence" });
  await expect(panel.getByRole("link", { name: `Download ${fileTitle} (autumn)` })).toBeVisible();
  await expect(panel.getByRole("link", { name: "Add evidence" })).toHaveCount(0);
  await expect(panel.getByRole("link", { name: /^Edit / })).toHaveCount(0);
  await lead.context.close();

  const otherLead = await signedInPage(browser, USERS.lead2.email);
  expect((await otherLead.page.request.get(downloadPath)).status()).toBe(404);
  await otherLead.context.close();
});

test("without JavaScript: a refused attempt keeps what was typed, then the file uploads", async ({ browser }) => {
  expect(initiativePath).not.toBe("");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, USERS.participant.email);
  await page.goto(initiativePath);
  await page.getByRole("link", { name: "Add evidence" }).click();
  const title = `Survey chart ${uniqueSuffix()}`;
  await page.getByRole("radio", { name: "A file" }).check();
  await page.getByLabel("Upload a file").setInputFiles({ name: "survey.png", mimeType: "image/png", buffer: PNG });
  await page.getByLabel("What does this evidence show?").fill("Pupil survey, before and after.");
  await page.getByRole("button", { name: "Add evidence" }).click();

  // No title: the server answers; the file has to be chosen again, and the page says so.
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary.getByRole("link", { name: "Title: Enter a title" })).toBeVisible();
  await expect(summary.getByRole("link", { name: /File: Choose the file again/ })).toBeVisible();
  await expect(page.getByLabel("What does this evidence show?")).toHaveValue("Pupil survey, before and after.");
  await expect(page.getByRole("radio", { name: "A file" })).toBeChecked();
  // (axe needs JavaScript in the page; the same form with errors is scanned in the first test.)

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Upload a file").setInputFiles({ name: "survey.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("heading", { level: 1, name: INITIATIVE })).toBeVisible();
  const item = evidenceItem(page, title);
  await expect(item).toContainText("survey.png (PNG image,");
  const href = await item.getByRole("link", { name: `Download ${title}` }).getAttribute("href");
  const response = await page.request.get(href ?? "");
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(Buffer.from(await response.body()).equals(PNG)).toBe(true);
  await context.close();
});
