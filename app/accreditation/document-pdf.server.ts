import PDFDocument from "pdfkit";
import { formatDate } from "~/utils/dates";
import { READINESS_NOTE } from "~/accreditation/document-view";
import type { AccreditationDocument, DocumentEvidence, DocumentInitiative } from "~/accreditation/document-types";

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
const REPLACEMENTS: Record<string, string> = {
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "–",
  "\u2015": "—",
  "\u2212": "-",
  "\u2032": "'",
  "\u2033": '"',
  "\u201b": "‘",
  "\u201f": "“",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2260": "!=",
  "\u2248": "~",
  "\u2192": "->",
  "\u2190": "<-",
  "\u21d2": "=>",
  "\u2713": "yes",
  "\u2714": "yes",
  "\u2717": "x",
  "\u2718": "x",
  "\u2122": "™",
  "\u00a0": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2009": " ",
  "\u202f": " ",
  "\u200b": "",
  "\u200d": "",
  "\ufe0f": "",
  "\u0141": "L",
  "\u0142": "l",
  "\u0110": "D",
  "\u0111": "d",
  "\u0131": "i",
  "\u0152": "Œ",
  "\u0153": "œ",
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

  h2(title: string) {
    this.room(60);
    this.doc.moveDown(0.6);
    this.doc
      .font("Helvetica-Bold")
      .fontSize(14)
      .fillColor(INK)
      .text(toWinAnsi(title), MARGIN, this.doc.y, { width: WIDTH * FIT });
    this.doc.moveDown(0.3);
  }

  h3(title: string) {
    this.room(40);
    this.doc.moveDown(0.4);
    this.doc
      .font("Helvetica-Bold")
      .fontSize(11.5)
      .fillColor(INK)
      .text(toWinAnsi(title), MARGIN, this.doc.y, { width: WIDTH * FIT });
    this.doc.moveDown(0.2);
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

function evidenceLine(item: DocumentEvidence): string {
  const parts = [item.title];
  if (item.typeLabel) parts.push(`(${item.typeLabel})`);
  if (item.recordTitle) parts.push(`– attached to “${item.recordTitle}”`);
  if (item.url) parts.push(`– ${item.url}`);
  else if (item.fileName) parts.push(`– file ${item.fileName}`);
  return parts.join(" ");
}

function writeInitiative(w: Writer, initiative: DocumentInitiative, many: boolean) {
  const sub = many ? (t: string) => w.h3(t) : (t: string) => w.h2(t);
  if (many) w.h2(initiative.title);
  w.labelled("Initiative", initiative.title);
  w.labelled("Status", initiative.statusLabel);
  if (initiative.health)
    w.labelled("Health", [initiative.health.label, initiative.health.note].filter(Boolean).join(": "));
  w.labelled("Dates", `${formatDate(initiative.startsOn)} to ${formatDate(initiative.endsOn)}`);
  for (const [title, text] of [
    ["The problem", initiative.problem],
    ["Evidence of need", initiative.evidenceOfNeed],
    ["Approach", initiative.approach],
    ["Active ingredients", initiative.activeIngredients],
  ] as const) {
    sub(title);
    if (text.trim()) w.para(text);
    else w.empty("Not written yet.");
  }
  sub("Schools");
  if (initiative.schools.length === 0) w.empty("No schools named.");
  for (const school of initiative.schools) w.bullet(school);
  sub("Intended outcomes");
  if (initiative.outcomes.length === 0) w.empty("No outcomes recorded.");
  else
    w.table(
      ["Kind", "Outcome", "How it will be measured", "When"],
      [0.16, 0.38, 0.3, 0.16],
      initiative.outcomes.map((o) => [
        o.kind === "final" ? "Final (pupils)" : "Implementation",
        o.description,
        o.measure,
        o.measuredWhen,
      ]),
    );
  sub("Action plan");
  if (initiative.actions.length === 0) w.empty("No actions yet.");
  else
    w.table(
      ["#", "Action", "Owner", "Due", "Status", "Success criteria"],
      [0.05, 0.3, 0.13, 0.14, 0.11, 0.27],
      initiative.actions.map((a) => [
        String(a.number),
        a.schools.length > 0 ? `${a.description}\nSchools: ${a.schools.join(", ")}` : a.description,
        a.ownerName,
        formatDate(a.dueOn),
        a.statusLabel,
        a.successCriteria,
      ]),
    );
  if (initiative.schoolImplementation.length > 0) {
    const score = (n: number | null) => (n === null ? "Not judged" : `${n} of 4`);
    sub("Implementation in each school");
    w.table(
      ["School", "Adoption", "Fidelity", "Sustainment", "Note"],
      [0.26, 0.13, 0.13, 0.14, 0.34],
      initiative.schoolImplementation.map((s) => [
        s.school,
        score(s.adoption),
        score(s.fidelity),
        score(s.sustainment),
        s.note,
      ]),
    );
  }
}

function writeEvaluation(w: Writer, initiative: DocumentInitiative, many: boolean) {
  if (many) w.h2(initiative.title);
  w.table(
    ["Level", "Judgement", "Evidence it rests on"],
    [0.5, 0.25, 0.25],
    initiative.evaluation.map((l) => [
      `${l.level}. ${l.title}`,
      l.judgement,
      l.evidence.length === 0 ? "None linked" : `${l.evidence.length} item${l.evidence.length === 1 ? "" : "s"}`,
    ]),
  );
  for (const level of initiative.evaluation) {
    const title = `Level ${level.level}: ${level.title}`;
    if (many) w.h3(title);
    else w.h2(title);
    w.para(level.question, { italic: true, muted: true });
    if (!level.recorded) {
      w.empty("Not evaluated yet.");
      continue;
    }
    w.table(
      null,
      [0.28, 0.72],
      [
        ["What was looked for", level.lookedFor || "—"],
        ["How", level.methods.join("; ") || "—"],
        ["What was found", level.findings || "—"],
        ["Judgement", level.judgement],
        ["Evidence it rests on", level.evidence.map(evidenceLine).join("\n") || "—"],
      ],
      { firstColumnShaded: true },
    );
  }
}

export async function renderAccreditationPdf(doc: AccreditationDocument): Promise<Uint8Array> {
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    displayTitle: true,
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
  const many = doc.initiatives.length > 1;

  // Cover page, then a page kept for the contents (filled in once the section pages are known).
  pdf
    .font("Helvetica-Bold")
    .fontSize(26)
    .fillColor(INK)
    .text(toWinAnsi(doc.title), MARGIN, 160, { width: WIDTH * FIT });
  pdf.moveDown(0.5);
  pdf.font("Helvetica-Bold").fontSize(16).text(toWinAnsi(doc.person.name));
  pdf.moveDown(1);
  w.labelled("Programme", `${doc.programme.name} (${doc.programme.code})`);
  w.labelled("Cohort", `${doc.cohort.name}, ${doc.cohort.academicYear}`);
  if (doc.person.trustName) w.labelled("Trust", doc.person.trustName);
  w.labelled("Produced", formatDate(doc.generatedOn));
  pdf.moveDown(1);
  w.para(doc.scopeNote, { italic: true, muted: true });
  pdf.addPage();
  const contentsPage = pdf.bufferedPageRange().count - 1;

  w.h1("Readiness summary");
  w.para(doc.readiness.summary);
  w.para(READINESS_NOTE, { italic: true, muted: true });
  w.table(
    ["Requirement", "Met", "Still to do"],
    [0.4, 0.12, 0.48],
    doc.readiness.items.map((i) => [i.label, i.met ? "Yes" : "Not yet", i.detail]),
  );

  w.h1(many ? "The initiatives" : "The initiative");
  if (doc.initiatives.length === 0) w.empty("No initiative recorded yet.");
  for (const initiative of doc.initiatives) writeInitiative(w, initiative, many);

  w.h1("Evaluation");
  w.para(
    "Judged level by level, following Guskey’s five levels of professional development evaluation: what was looked for, how, what was found, the judgement and the evidence it rests on.",
  );
  if (doc.initiatives.length === 0) w.empty("No initiative to evaluate yet.");
  for (const initiative of doc.initiatives) writeEvaluation(w, initiative, many);

  const adapted = doc.initiatives.filter((i) => i.adaptations.length > 0);
  if (adapted.length > 0) {
    w.h1("Adaptation log");
    w.para("Every change to the design or action plan once the initiative started, with what changed and why.");
    for (const initiative of adapted) {
      if (many) w.h2(initiative.title);
      w.table(
        ["Date", "Changed", "What changed", "Why"],
        [0.15, 0.13, 0.36, 0.36],
        initiative.adaptations.map((a) => [
          formatDate(a.changedAt),
          a.subject === "design" ? "Design" : "Action plan",
          a.whatChanged,
          a.why,
        ]),
      );
    }
  }

  w.h1("Reflections");
  if (doc.reflections.length === 0) w.empty("No reflections yet.");
  for (const reflection of doc.reflections) {
    w.h2(`${formatDate(reflection.writtenOn)}: ${reflection.title}`);
    const meta = [
      reflection.workshop ? `Workshop: ${reflection.workshop}` : null,
      reflection.initiative ? `Initiative: ${reflection.initiative}` : null,
    ]
      .filter(Boolean)
      .join(" · ");
    if (meta) w.para(meta, { italic: true, muted: true });
    w.para(reflection.body);
    for (const [label, text] of [
      ["What happened", reflection.promptWhat],
      ["So what", reflection.promptSoWhat],
      ["Now what", reflection.promptNowWhat],
    ] as const) {
      if (text.trim()) {
        w.h3(label);
        w.para(text);
      }
    }
  }

  if (doc.hasCriteria) {
    w.h1("Evidence by accreditation criterion");
    for (const criterion of doc.criteria) {
      w.h2(`Criterion ${criterion.number}: ${criterion.text}`);
      w.labelled("Status", criterion.statusLabel);
      if (criterion.reviewerName || criterion.reviewNote) {
        const by = criterion.reviewerName ? ` by ${criterion.reviewerName}` : "";
        const when = criterion.reviewedAt ? `, ${formatDate(criterion.reviewedAt)}` : "";
        w.h3(`Lead’s review${by}${when}`);
        w.para(criterion.reviewNote || "No comment.");
      }
      w.h3("Statement");
      if (criterion.statement.trim()) w.para(criterion.statement);
      else w.empty("No statement written yet.");
      w.h3("Mapped evidence");
      if (criterion.evidence.length === 0) w.empty("No evidence mapped yet.");
      for (const item of criterion.evidence) {
        w.bullet(evidenceLine(item));
        if (item.description.trim()) w.para(item.description, { indent: 16, muted: true });
      }
      w.h3("Mapped records");
      if (criterion.records.length === 0) w.empty("No records mapped yet.");
      for (const record of criterion.records)
        w.bullet(`${record.kindLabel}: ${record.title} (${formatDate(record.occurredOn)})`);
    }
  }

  // The contents page, now that every section's page is known.
  pdf.switchToPage(contentsPage);
  pdf
    .font("Helvetica-Bold")
    .fontSize(20)
    .fillColor(INK)
    .text("Contents", MARGIN, MARGIN, { width: WIDTH * FIT });
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

  // Page numbers, drawn inside the bottom margin (which is lifted so the text does not start a new page).
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font("Helvetica")
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(
        toWinAnsi(`${doc.person.name} · ${doc.title} · Page ${i + 1} of ${range.count}`),
        MARGIN,
        PAGE.height - 36,
        {
          width: WIDTH,
          align: "center",
          lineBreak: false,
        },
      );
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
