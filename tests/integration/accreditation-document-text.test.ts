import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db.server";
import { renderAccreditationDocx } from "~/accreditation/document-docx.server";
import { renderAccreditationPdf, toWinAnsi } from "~/accreditation/document-pdf.server";
import { SECTION } from "~/accreditation/document-text";
import type { AccreditationDocument } from "~/accreditation/document-types";
import { AccreditationDocumentView } from "~/accreditation/document-view";
import { loader as pageLoader } from "~/routes/cohorts.$cohortId_.accreditation_.$userId_.document";
import { callLoader, cookieFor, get, userId } from "./helpers";

// The three renderings of the Accreditation Evidence Document (web page, Word, PDF) take their words from
// ~/accreditation/document-text: for the demo PD lead, every heading the page shows appears in the Word and PDF text
// in the same order, and so does every criterion's statement and status.

const PD_LEAD = "pdlead@example.org";
let doc: AccreditationDocument;
let web: { headings: string[]; text: string };
let word: string;
let pdf: string;

const decode = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/&amp;/g, "&");
/** Whitespace as one space: Word splits paragraphs, the PDF wraps lines. */
const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const stripTags = (html: string) => squash(decode(html.replace(/<[^>]+>/g, " ")));

function webText(html: string) {
  const headings = [...html.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) =>
    squash(decode(m[2].replace(/<[^>]+>/g, ""))),
  );
  return { headings, text: stripTags(html) };
}

/** Word's text: the <w:t> runs of each paragraph joined, paragraphs separated by spaces. */
function wordText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  return squash(
    xml
      .split(/<\/w:p>/)
      .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join(""))
      .join(" "),
  );
}

/**
 * The PDF's text, from a rendering with uncompressed content streams: PDFKit's standard fonts draw each line as
 * hex strings (WinAnsi bytes) in a TJ array, kerning numbers between them; lines are joined with spaces.
 */
const CP1252_HIGH = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ"; // bytes 0x80-0x9f
function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString("latin1");
  const lines = [...raw.matchAll(/\[([^\]]*)\]\s*TJ/g)].map((tj) =>
    [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1], "hex").toString("latin1")).join(""),
  );
  const text = lines.join(" ");
  return squash([...text].map((c) => (c >= "\x80" && c <= "\x9f" ? CP1252_HIGH[c.charCodeAt(0) - 0x80] : c)).join(""));
}

/** Where each of `needles` is found in `haystack`, each searched for after the one before (-1: not found). */
function positionsInOrder(haystack: string, needles: string[], from = 0): number[] {
  let cursor = from;
  return needles.map((needle) => {
    const at = haystack.indexOf(needle, cursor);
    if (at >= 0) cursor = at + needle.length;
    return at;
  });
}

beforeAll(async () => {
  const participantId = await userId(PD_LEAD);
  const membership = await getDb()
    .selectFrom("memberships")
    .innerJoin("cohorts", "cohorts.id", "memberships.cohort_id")
    .select("cohorts.id")
    .where("memberships.user_id", "=", participantId)
    .where("cohorts.name", "like", "%PD Lead%")
    .executeTakeFirstOrThrow();
  const page = await callLoader(
    pageLoader,
    get(`/cohorts/${membership.id}/accreditation/${participantId}/document`, await cookieFor(PD_LEAD)),
    { cohortId: membership.id, userId: participantId },
  );
  expect(page.status).toBe(200);
  doc = (page.data as { doc: AccreditationDocument }).doc;
  web = webText(renderToStaticMarkup(createElement(AccreditationDocumentView, { doc })));
  word = wordText(await renderAccreditationDocx(doc));
  pdf = pdfText(await renderAccreditationPdf(doc, { compress: false }));
});

/** The heading as the PDF can draw it. */
const inPdf = (text: string) => squash(toWinAnsi(text));

describe("the web page, Word file and PDF of the demo PD lead's document", () => {
  it("has criteria, statements and every section, so the comparison means something", () => {
    expect(doc.hasCriteria).toBe(true);
    expect(doc.criteria.length).toBeGreaterThan(0);
    expect(doc.criteria.some((c) => c.statement.trim())).toBe(true);
    expect(web.headings).toContain(SECTION.readiness);
    expect(web.headings).toContain(SECTION.criteria);
    expect(web.headings.length).toBeGreaterThan(10);
    expect(pdf).toContain(inPdf(SECTION.criteria));
  });

  it("shows every heading of the page in Word and the PDF, in the same order", () => {
    // The title, then "Contents"; the contents list names the sections again, so search the body from the
    // second "Readiness summary" (the first is the contents' entry).
    const [title, contents, ...body] = web.headings;
    expect([title, contents]).toEqual([doc.title, SECTION.contents]);
    for (const [name, text, convert] of [
      ["Word", word, (s: string) => s],
      ["PDF", pdf, inPdf],
    ] as const) {
      const cover = positionsInOrder(text, [title, contents].map(convert));
      cover.forEach((p, i) => expect(p, `${name}: ${[title, contents][i]}`).toBeGreaterThan(-1));
      const readiness = convert(SECTION.readiness);
      const bodyStart = text.indexOf(readiness, text.indexOf(readiness) + readiness.length);
      expect(bodyStart, `${name}: the body's Readiness summary`).toBeGreaterThan(-1);
      const positions = positionsInOrder(text, body.map(convert), bodyStart);
      positions.forEach((p, i) => expect(p, `${name}: heading ${i + 3} "${body[i]}"`).toBeGreaterThan(-1));
    }
  });

  it("shows every criterion's status and statement, under its own heading, as the page does", () => {
    for (const [name, text, convert] of [
      ["web page", web.text, (s: string) => s],
      ["Word", word, (s: string) => s],
      ["PDF", pdf, inPdf],
    ] as const) {
      const start = text.lastIndexOf(convert(SECTION.criteria));
      expect(start, name).toBeGreaterThan(-1);
      let cursor = start;
      for (const c of doc.criteria) {
        const wanted = [
          `Criterion ${c.number}: ${c.text}`,
          c.statusLabel,
          c.statement.trim() || "No statement written yet.",
        ];
        const positions = positionsInOrder(
          text,
          wanted.map((s) => convert(squash(s))),
          cursor,
        );
        positions.forEach((p, i) => expect(p, `${name}, criterion ${c.number}: ${wanted[i]}`).toBeGreaterThan(-1));
        cursor = positions[0];
      }
    }
  });
});
