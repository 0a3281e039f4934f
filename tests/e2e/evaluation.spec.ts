// A participant evaluates their initiative level by level: a claim of impact resting on a teachers' survey alone
// is flagged as weak; once lesson observations are added and the claim rests on them too, the warning goes.
// Their lead reads the evaluation but cannot change it. One level is saved without JavaScript.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn, uniqueSuffix, USERS } from "./fixtures";

test.describe.configure({ mode: "serial" });

const INITIATIVE = "A shared vision for teaching for mastery across Pennine Ridge";
const LEVEL_4 = "Level 4: Participants’ use of new knowledge and skills";
const suffix = uniqueSuffix();
const surveyTitle = `Teacher survey ${suffix}`;
const observationTitle = `Lesson observations ${suffix}`;
let initiativePath = "";

async function openInitiative(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Initiatives" }).click();
  await page.getByRole("link", { name: INITIATIVE }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: INITIATIVE })).toBeVisible();
  initiativePath = new URL(page.url()).pathname;
}

async function addLinkEvidence(page: Page, title: string, kind: string) {
  await page.goto(initiativePath);
  await page.getByRole("region", { name: "Evidence" }).getByRole("link", { name: "Add evidence" }).click();
  await page.getByRole("radio", { name: "A link to a web page or shared document" }).check();
  await page.getByLabel("Link", { exact: true }).fill("https://www.example.org/shared/evaluation");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("What does this evidence show?").fill(`What ${title} shows`);
  await page.getByLabel("What kind of evidence is this?").selectOption({ label: kind });
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("heading", { level: 1, name: INITIATIVE })).toBeVisible();
}

test("a claim resting on self-report alone is flagged, and the flag clears once observation evidence supports it", async ({
  page,
}) => {
  await signIn(page, USERS.participant.email);
  await openInitiative(page);

  await addLinkEvidence(page, surveyTitle, "Self-report (what people say they do or learned)");
  const surveyItem = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: surveyTitle, exact: true }) });
  await expect(surveyItem.getByText("Kind: Self-report", { exact: true })).toBeVisible();

  // The story's evaluation chapter leads to the evaluation page.
  await page.getByRole("link", { name: "Evaluate this initiative" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Evaluating ${INITIATIVE}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "What Strands already knows" })).toContainText("planned actions done");
  await expectNoAxeViolations(page);

  const level4 = page.getByRole("region", { name: LEVEL_4 });
  // A claim of impact without findings is refused, with the summary taking focus.
  await level4
    .getByLabel("What did you look for?")
    .fill("Teachers use the shared lesson structure in Year 7 and 8 lessons.");
  await level4.getByRole("radio", { name: "Some impact" }).check();
  await level4.getByRole("button", { name: "Save level 4" }).click();
  const summary = level4.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("What you found: Enter what you found");
  await expectNoAxeViolations(page);

  await level4
    .getByLabel("What did you find?")
    .fill("Teachers said in the survey that they now use the structure in most lessons.");
  await level4.getByRole("checkbox", { name: "Survey or questionnaire" }).check();
  await level4.getByRole("checkbox", { name: new RegExp(surveyTitle) }).check();
  await level4.getByRole("button", { name: "Save level 4" }).click();
  await expect(page.getByRole("status")).toHaveText("Level 4 saved.");
  const saved = page.getByRole("region", { name: LEVEL_4 });
  const warning = saved.getByRole("note");
  await expect(warning).toContainText("Warning: the evidence for level 4 is weak");
  await expect(warning).toContainText("This claim rests only on reactions or self-report");
  await expect(warning).toContainText("This claim rests on a single piece of evidence");
  await expect(saved.getByLabel("What did you find?")).toHaveValue(/now use the structure/);
  await expectNoAxeViolations(page);

  // Observations of lessons: added to the initiative, then chosen as a second basis for the claim.
  await addLinkEvidence(page, observationTitle, "Observation (seen in lessons)");
  await page.goto(`${initiativePath}/evaluation`);
  const again = page.getByRole("region", { name: LEVEL_4 });
  await expect(again.getByRole("checkbox", { name: new RegExp(surveyTitle) })).toBeChecked();
  await again.getByRole("checkbox", { name: new RegExp(observationTitle) }).check();
  await again.getByRole("checkbox", { name: "Lesson observation", exact: true }).check();
  await again.getByRole("button", { name: "Save level 4" }).click();
  await expect(page.getByRole("status")).toHaveText("Level 4 saved.");
  await expect(page.getByRole("region", { name: LEVEL_4 }).getByRole("note")).toHaveCount(0);
  await expect(
    page.getByRole("region", { name: LEVEL_4 }).getByRole("checkbox", { name: new RegExp(observationTitle) }),
  ).toBeChecked();

  // The initiative page tells the story in order, with the judgement in its evaluation chapter.
  await page.goto(initiativePath);
  const chapters = await page.getByRole("heading", { level: 2 }).allTextContents();
  const order = [
    "Where we started",
    "The plan",
    "Action plan",
    "Follow-up: what changed",
    "Evaluation",
    "Evidence",
  ].map((name) => chapters.findIndex((text) => text.includes(name)));
  expect(order.every((index) => index >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  const evaluation = page.getByRole("region", { name: "5. Evaluation" });
  await expect(evaluation.getByRole("listitem").filter({ hasText: "Level 4" })).toContainText("Some impact");
  await expectNoAxeViolations(page);
});

test("the cohort lead reads the evaluation but has nothing to save", async ({ page }) => {
  await signIn(page, USERS.lead.email);
  await page.goto(`${initiativePath}/evaluation`);
  await expect(page.getByRole("heading", { level: 1, name: `Evaluating ${INITIATIVE}` })).toBeVisible();
  const level4 = page.getByRole("region", { name: LEVEL_4 });
  await expect(level4.getByText("Some impact", { exact: true })).toBeVisible();
  await expect(level4.getByRole("link", { name: observationTitle })).toBeVisible();
  await expect(page.getByRole("button", { name: /Save level/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a level saves and a refused one keeps what was typed", async ({ page }) => {
    await signIn(page, USERS.participant.email);
    await page.goto(`${initiativePath}/evaluation`);
    const level2 = page.getByRole("region", { name: "Level 2: Participants’ learning" });
    await level2.getByLabel("What did you look for?").fill(`Teachers can name the five big ideas ${suffix}`);
    await level2.getByRole("radio", { name: "Strong impact" }).check();
    await level2.getByRole("button", { name: "Save level 2" }).click();
    const refused = page.getByRole("region", { name: "Level 2: Participants’ learning" });
    await expect(
      refused.getByText("Enter what you found, so others can see what the judgement of impact rests on").first(),
    ).toBeVisible();
    await expect(refused.getByLabel("What did you look for?")).toHaveValue(
      `Teachers can name the five big ideas ${suffix}`,
    );

    await refused.getByRole("radio", { name: "No clear impact yet" }).check();
    await refused.getByRole("button", { name: "Save level 2" }).click();
    await expect(page.getByRole("status")).toHaveText("Level 2 saved.");
    await expect(
      page
        .getByRole("region", { name: "Level 2: Participants’ learning" })
        .getByRole("radio", { name: "No clear impact yet" }),
    ).toBeChecked();
  });
});
