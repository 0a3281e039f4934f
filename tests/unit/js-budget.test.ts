// First-load JavaScript budgets (issue 7): what a browser with an empty cache downloads before a page works, gzip.
// Participant pages, their record and form pages included: 120 KB (forms load their browser-side checks after the
// page, app/components/lazy-validation.tsx); the cohort dashboard: 250 KB (its charts load later, only where drawn).
// It reads the browser build `npm test` makes just before vitest (`remix build`), or STRANDS_BUILD_DIR's. Without a
// build it fails and says how to make one: a budget check that skipped silently would pass on every broken bundle.
import { describe, expect, it } from "vitest";
import {
  BUDGETS,
  buildDir,
  kb,
  measureFirstLoad,
  overBudget,
  PARTICIPANT_FORM_ROUTES,
  PARTICIPANT_ROUTES,
} from "../../bench/js-budget";

describe("first-load JavaScript", () => {
  const weights = measureFirstLoad(buildDir());

  it("measures every participant page and the dashboard, each with the framework's own code in it", () => {
    expect(weights.map((w) => w.routeId)).toEqual([
      ...PARTICIPANT_ROUTES,
      ...PARTICIPANT_FORM_ROUTES,
      "routes/cohorts.$cohortId_.dashboard",
    ]);
    // React and Remix alone are far more than 20 KB gzip: a smaller figure means the import walk lost files.
    for (const w of weights) expect(w.gzipBytes, w.routeId).toBeGreaterThan(20 * 1024);
  });

  it(`keeps participant pages, their forms included, under ${kb(BUDGETS.participant)} and the dashboard under ${kb(BUDGETS.dashboard)} (gzip)`, () => {
    expect(overBudget(weights), "pages over their first-load JavaScript budget").toEqual([]);
  });
});
