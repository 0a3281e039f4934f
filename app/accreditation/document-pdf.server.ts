import PDFDocument from "pdfkit";
import { formatDate } from "~/utils/dates";
import * as W from "~/accreditation/document-text";
import { adaptationsTable, schoolImplementationTable } from "~/accreditation/document-tables";
import type {
  AccreditationDocument,
  DocumentCriterion,
  DocumentEvaluationLevel,
  DocumentInitiative,
  DocumentReflection,
} from "~/accreditation/document-types";

// The Accreditation Evidence Document as a PDF, drawn with PDFKit's built-in Helvetica (no font files to ship).
// Helvetica's WinAnsi encoding covers English text with curly quotes, dashes, £ and € and accented Latin letters;
// anything outside it (emoji, maths symbols, other scripts) is replaced by toWinAnsi so it never prints as
// garbage. A4, a contents page with page numbers, PDF bookmarks for every section, numbered pages.

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const WIDTH = PAGE.width - 2 * MARGIN;
const BOTTOM = PAGE.height - MARGIN;
const INK = "#0b0c0c";
const MUTED = "#505a5f";
const RULE = "#b1b4b6";
const SHADE = "#f3f2f1";
const BODY_SIZE = 10.5;
// Text is wrapped a little narrower than the room it has: viewers without Helvetica (or a font with its widths, such
// as Arial or Liberation Sans) draw it in a wider font, which would otherwise run past cell borders and the margin.
const FIT = 0.9;

// Windows-1252's characters above Latin-1 that Helvetica's encoding has glyphs for.
const CP1252_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
/** Each of `chars` stands for `to`. */
const all = (to: string, chars: string) => Object.fromEntries([...chars].map((char) => [char, to]));
/** Pairs of characters: each first one stands for the one after it. */
const pairs = (text: string) => Object.fromEntries([...text.matchAll(/(.)(.)/gsu)].map((m) => [m[1], m[2]]));
const REPLACEMENTS: Record<string, string> = {
  ...all("-", "\u2010\u2011\u2212"),
  ...all(" ", "\u00a0\u2002\u2003\u2009\u202f"),
  ...all("", "\u200b\u200d\ufe0f"),
  ...all("yes", "\u2713\u2714"),
  ...all("x", "\u2717\u2718"),
  ...pairs(
    "\u2012–\u2015—\u2032'\u2033\"\u201b‘\u201f“\u2248~\u2122™\u0141L\u0142l\u0110D\u0111d\u0131i\u0152Œ\u0153œ",
  ),
  ...{ "\u2264": "<=", "\u2265": ">=", "\u2260": "!=", "\u2192": "->", "\u2190": "<-", "\u21d2": "=>" },
};

/** Text Helvetica can draw: WinAnsi characters kept, near equivalents for common others, "?" for the rest. */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0)!;
    if (
      char === "\n" ||
      char === "\t" ||
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff) ||
      CP1252_EXTRAS.has(char)
    ) {
      out += char;
    } else if (char in REPLACEMENTS) {
      out += REPLACEMENTS[char];
    } else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
      out += " ";
    } else {
      // Letters with accents Latin-1 lacks (ł, ő, č…) lose the accent rather than the letter.
      const base = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      out += base && [...base].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) <= 0x7e) ? base : "?";
    }
  }
  return out;
}

type Doc = PDFKit.PDFDocument;

class Writer {
  readonly doc: Doc;
  readonly sections: { title: string; page: number; destination: string }[] = [];

  constructor(doc: Doc) {
    this.doc = doc;
  }

  private room(height: number) {
    if (this.doc.y + height > BOTTOM) this.doc.addPage();
  }

  h1(title: string) {
    this.doc.addPage();
    const destination = `section-${this.sections.length + 1}`;
    this.sections.push({
      title,
      page: this.doc.bufferedPageRange().start + this.doc.bufferedPageRange().count,
      destination,
    });
    this.doc.addNamedDestination(destination);
    this.doc.outline.addItem(toWinAnsi(title));
    this.doc
      .font("Helvetica-Bold")
      .fontSize(20)
      .fillColor(INK)
      .text(toWinAnsi(title), MARGIN, MARGIN, { width: WIDTH * FIT });
    this.doc.moveDown(0.6);
  }

  private subheading(title: string, size: number, room: number, before: number, after: number) {
    this.room(room);
    this.doc.moveDown(before);
    this.doc
      .font("Helvetica-Bold")
      .fontSize(size)
      .fillColor(INK)
      .text(toWinAnsi(title), MARGIN, this.doc.y, { width: WIDTH * FIT });
    this.doc.moveDown(after);
  }

  h2(title: string) {
    this.subheading(title, 14, 60, 0.6, 0.3);
  }

  h3(title: string) {
    this.subheading(title, 11.5, 40, 0.4, 0.2);
  }

  para(text: string, options: { italic?: boolean; muted?: boolean; indent?: number } = {}) {
    const clean = toWinAnsi(text.trim());
    if (!clean) return;
    this.doc
      .font(options.italic ? "Helvetica-Oblique" : "Helvetica")
      .fontSize(BODY_SIZE)
      .fillColor(options.muted ? MUTED : INK)
      .text(clean, MARGIN + (options.indent ?? 0), this.doc.y, {
        width: (WIDTH - (options.indent ?? 0)) * FIT,
        paragraphGap: 4,
        lineGap: 1.5,
      });
  }

  empty(text: string) {
    this.para(text, { italic: true, muted: true });
  }

  /** A label and its value in two columns, like a definition list (no run of text depends on another's width). */
  labelled(label: string, value: string) {
    const labelWidth = 80;
    this.room(16);
    const top = this.doc.y;
    this.doc
      .font("Helvetica-Bold")
      .fontSize(BODY_SIZE)
      .fillColor(INK)
      .text(toWinAnsi(label), MARGIN, top, { width: labelWidth - 8 });
    const labelBottom = this.doc.y;
    this.doc.font("Helvetica").text(toWinAnsi(value), MARGIN + labelWidth, top, { width: (WIDTH - labelWidth) * FIT });
    this.doc.x = MARGIN;
    this.doc.y = Math.max(labelBottom, this.doc.y) + 3;
  }

  bullet(text: string) {
    this.room(14);
    const y = this.doc.y;
    this.doc
      .font("Helvetica")
      .fontSize(BODY_SIZE)
      .fillColor(INK)
      .text("•", MARGIN + 4, y, { lineBreak: false });
    this.doc.text(toWinAnsi(text), MARGIN + 16, y, { width: (WIDTH - 16) * FIT, paragraphGap: 3 });
  }

  /** A ruled table with a shaded header row, repeated when the table runs onto another page. */
  table(
    headers: string[] | null,
    fractions: number[],
    rows: string[][],
    options: { firstColumnShaded?: boolean } = {},
  ) {
    const doc = this.doc;
    const widths = fractions.map((f) => f * WIDTH);
    const pad = 4;
    const size = 9.5;
    const heightOf = (cells: string[], bold: boolean) =>
      Math.max(
        ...cells.map((text, i) => {
          doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(size);
          return (
            doc.heightOfString(toWinAnsi(text || " "), { width: (widths[i] - 2 * pad) * FIT, lineGap: 1 }) + 2 * pad
          );
        }),
      );
    const drawRow = (cells: string[], header: boolean) => {
      const height = heightOf(cells, header);
      if (doc.y + height > BOTTOM) {
        doc.addPage();
        if (headers && !header) drawRow(headers, true);
      }
      const top = doc.y;
      let x = MARGIN;
      cells.forEach((text, i) => {
        const shaded = header || (options.firstColumnShaded && i === 0);
        if (shaded) doc.rect(x, top, widths[i], height).fill(SHADE);
        doc.rect(x, top, widths[i], height).lineWidth(0.5).strokeColor(RULE).stroke();
        doc
          .font(header || (options.firstColumnShaded && i === 0) ? "Helvetica-Bold" : "Helvetica")
          .fontSize(size)
          .fillColor(INK)
          .text(toWinAnsi(text || " "), x + pad, top + pad, { width: (widths[i] - 2 * pad) * FIT, lineGap: 1 });
        x += widths[i];
      });
      doc.x = MARGIN;
      doc.y = top + height;
    };
    if (headers) drawRow(headers, true);
    for (const row of rows) drawRow(row, false);
    doc.moveDown(0.8);
  }
}

type Sub = (title: string) => void;

function writeInitiativeTables(w: Writer, initiative: DocumentInitiative, sub: Sub) {
  const T = W.INITIATIVE_HEADING;
  sub(T.outcomes);
  if (initiative.outcomes.length === 0) w.empty(W.EMPTY.noOutcomes);
  else
    w.table(
      [...W.COLUMNS.outcomes],
      [0.16, 0.38, 0.3, 0.16],
      initiative.outcomes.map((o) => [W.outcomeKindText(o.kind), o.description, o.measure, o.measuredWhen]),
    );
  sub(T.actions);
  if (initiative.actions.length === 0) w.empty(W.EMPTY.noActions);
  else
    w.table(
      [...W.COLUMNS.actions],
      [0.05, 0.3, 0.13, 0.14, 0.11, 0.27],
      initiative.actions.map((a) => [
        String(a.number),
        a.schools.length > 0 ? `${a.description}\n${W.actionSchoolsText(a.schools)}` : a.description,
        a.ownerName,
        formatDate(a.dueOn),
        a.statusLabel,
        a.successCriteria,
      ]),
    );
  if (initiative.schoolImplementation.length > 0) {
    sub(T.schoolImplementation);
    w.table(...schoolImplementationTable(initiative));
  }
}

function writeInitiative(w: Writer, initiative: DocumentInitiative, many: boolean) {
  const sub: Sub = many ? (t) => w.h3(t) : (t) => w.h2(t);
  if (many) w.h2(initiative.title);
  w.labelled(W.LABEL.initiative, initiative.title);
  w.labelled(W.LABEL.status, initiative.statusLabel);
  if (initiative.health) w.labelled(W.LABEL.health, W.healthText(initiative.health));
  w.labelled(W.LABEL.dates, W.dateRangeText(initiative.startsOn, initiative.endsOn));
  for (const [title, text] of W.initiativeTexts(initiative)) {
    sub(title);
    if (text.trim()) w.para(text);
    else w.empty(W.EMPTY.notWritten);
  }
  sub(W.INITIATIVE_HEADING.schools);
  if (initiative.schools.length === 0) w.empty(W.EMPTY.noSchools);
  for (const school of initiative.schools) w.bullet(school);
  writeInitiativeTables(w, initiative, sub);
}

function writeEvaluationLevel(w: Writer, level: DocumentEvaluationLevel, many: boolean) {
  if (many) w.h3(W.levelHeading(level));
  else w.h2(W.levelHeading(level));
  w.para(level.question, { italic: true, muted: true });
  if (!level.recorded) {
    w.empty(W.EMPTY.notEvaluated);
    return;
  }
  const evidence = level.evidence.map(W.evidenceLine).join("\n") || W.EMPTY.noneLinked;
  w.table(null, [0.28, 0.72], [...W.levelFields(level), [W.LEVEL_LABEL.evidence, evidence]], {
    firstColumnShaded: true,
  });
}

function writeEvaluation(w: Writer, initiative: DocumentInitiative, many: boolean) {
  if (many) w.h2(initiative.title);
  w.table(
    [...W.COLUMNS.evaluation],
    [0.5, 0.25, 0.25],
    initiative.evaluation.map((l) => [W.levelRowTitle(l), l.judgement, W.evidenceCountText(l.evidence.length)]),
  );
  for (const level of initiative.evaluation) writeEvaluationLevel(w, level, many);
}

function writeCover(w: Writer, doc: AccreditationDocument) {
  const pdf = w.doc;
  pdf
    .font("Helvetica-Bold")
    .fontSize(26)
    .fillColor(INK)
    .text(toWinAnsi(doc.title), MARGIN, 160, { width: WIDTH * FIT });
  pdf.moveDown(0.5);
  pdf.font("Helvetica-Bold").fontSize(16).text(toWinAnsi(doc.person.name));
  pdf.moveDown(1);
  w.labelled(W.LABEL.programme, W.programmeText(doc));
  w.labelled(W.LABEL.cohort, W.cohortText(doc));
  if (doc.person.trustName) w.labelled(W.LABEL.trust, doc.person.trustName);
  w.labelled(W.LABEL.produced, formatDate(doc.generatedOn));
  pdf.moveDown(1);
  w.para(doc.scopeNote, { italic: true, muted: true });
}

function writeReadiness(w: Writer, doc: AccreditationDocument) {
  w.h1(W.SECTION.readiness);
  w.para(doc.readiness.summary);
  w.para(W.READINESS_NOTE, { italic: true, muted: true });
  w.table(
    [...W.COLUMNS.readiness],
    [0.4, 0.12, 0.48],
    doc.readiness.items.map((i) => [i.label, W.metText(i.met), i.detail]),
  );
}

function writeInitiativesAndEvaluation(w: Writer, doc: AccreditationDocument) {
  const many = doc.initiatives.length > 1;
  w.h1(W.initiativeHeading(doc));
  if (doc.initiatives.length === 0) w.empty(W.EMPTY.noInitiative);
  for (const initiative of doc.initiatives) writeInitiative(w, initiative, many);
  w.h1(W.SECTION.evaluation);
  w.para(W.EVALUATION_INTRO);
  if (doc.initiatives.length === 0) w.empty(W.EMPTY.noInitiativeToEvaluate);
  for (const initiative of doc.initiatives) writeEvaluation(w, initiative, many);
}

function writeAdaptations(w: Writer, doc: AccreditationDocument) {
  const many = doc.initiatives.length > 1;
  const adapted = doc.initiatives.filter((i) => i.adaptations.length > 0);
  if (adapted.length === 0) return;
  w.h1(W.SECTION.adaptations);
  w.para(W.ADAPTATIONS_INTRO);
  for (const initiative of adapted) {
    if (many) w.h2(initiative.title);
    w.table(...adaptationsTable(initiative));
  }
}

function writeReflection(w: Writer, reflection: DocumentReflection) {
  w.h2(W.reflectionHeading(reflection));
  const meta = W.reflectionMeta(reflection);
  if (meta) w.para(meta, { italic: true, muted: true });
  w.para(reflection.body);
  for (const [label, text] of W.reflectionPrompts(reflection)) {
    if (text.trim()) {
      w.h3(label);
      w.para(text);
    }
  }
}

function writeCriterion(w: Writer, criterion: DocumentCriterion) {
  const H = W.CRITERION_HEADING;
  w.h2(W.criterionHeading(criterion));
  w.labelled(W.LABEL.status, criterion.statusLabel);
  if (W.hasReview(criterion)) {
    w.h3(`${W.reviewHeading(criterion)}:`);
    w.para(W.reviewNoteText(criterion));
  }
  w.h3(H.statement);
  if (criterion.statement.trim()) w.para(criterion.statement);
  else w.empty(W.EMPTY.noStatement);
  w.h3(H.evidence);
  if (criterion.evidence.length === 0) w.empty(W.EMPTY.noEvidence);
  for (const item of criterion.evidence) {
    w.bullet(W.evidenceLine(item));
    if (item.description.trim()) w.para(item.description, { indent: 16, muted: true });
  }
  w.h3(H.records);
  if (criterion.records.length === 0) w.empty(W.EMPTY.noRecords);
  for (const record of criterion.records) w.bullet(`${record.kindLabel}: ${W.recordText(record)}`);
}

function writeReflectionsAndCriteria(w: Writer, doc: AccreditationDocument) {
  w.h1(W.SECTION.reflections);
  if (doc.reflections.length === 0) w.empty(W.EMPTY.noReflections);
  for (const reflection of doc.reflections) writeReflection(w, reflection);
  if (!doc.hasCriteria) {
    w.para(W.NO_CRITERIA_NOTE, { italic: true, muted: true });
    return;
  }
  w.h1(W.SECTION.criteria);
  for (const criterion of doc.criteria) writeCriterion(w, criterion);
}

/** The contents page, once every section's page is known. */
function writeContents(w: Writer, contentsPage: number) {
  const pdf = w.doc;
  pdf.switchToPage(contentsPage);
  pdf
    .font("Helvetica-Bold")
    .fontSize(20)
    .fillColor(INK)
    .text(W.SECTION.contents, MARGIN, MARGIN, { width: WIDTH * FIT });
  pdf.moveDown(0.8);
  for (const section of w.sections) {
    const y = pdf.y;
    pdf
      .font("Helvetica")
      .fontSize(12)
      .fillColor(INK)
      .text(toWinAnsi(section.title), MARGIN, y, { width: WIDTH - 60, lineBreak: false, goTo: section.destination });
    pdf.text(String(section.page), MARGIN, y, { width: WIDTH, align: "right", lineBreak: false });
    pdf.y = y + 22;
  }
}

/** Page numbers, drawn inside the bottom margin (which is lifted so the text does not start a new page). */
function writePageNumbers(pdf: Doc, doc: AccreditationDocument) {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font("Helvetica")
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(toWinAnsi(`${W.footerLead(doc)}${W.pageOfText(i + 1, range.count)}`), MARGIN, PAGE.height - 36, {
        width: WIDTH,
        align: "center",
        lineBreak: false,
      });
    pdf.page.margins.bottom = bottom;
  }
}

export interface PdfOptions {
  /** Deflate the content streams (the default); off, the text operators can be read as they are (tests). */
  compress?: boolean;
}

export async function renderAccreditationPdf(
  doc: AccreditationDocument,
  options: PdfOptions = {},
): Promise<Uint8Array> {
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    displayTitle: true,
    compress: options.compress ?? true,
    lang: "en-GB",
    info: {
      Title: toWinAnsi(`${doc.title}: ${doc.person.name}`),
      Author: toWinAnsi(doc.person.name),
      Subject: toWinAnsi(`${doc.programme.name}, ${doc.cohort.name}`),
      Creator: "Strands",
    },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on("end", resolve);
    pdf.on("error", reject);
  });
  const w = new Writer(pdf);

  // Cover page, then a page kept for the contents (filled in once the section pages are known).
  writeCover(w, doc);
  pdf.addPage();
  const contentsPage = pdf.bufferedPageRange().count - 1;
  writeReadiness(w, doc);
  writeInitiativesAndEvaluation(w, doc);
  writeAdaptations(w, doc);
  writeReflectionsAndCriteria(w, doc);
  writeContents(w, contentsPage);
  writePageNumbers(pdf, doc);
  pdf.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
