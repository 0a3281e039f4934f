import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { estimatePageNumbers } from "docx/layout";
import { READINESS_NOTE } from "~/accreditation/document-view";
import type { AccreditationDocument, DocumentEvidence, DocumentInitiative } from "~/accreditation/document-types";
import { formatDate } from "~/utils/dates";

// The Accreditation Evidence Document as a Word file. Headings use Word's own Heading 1-3 styles, so the
// navigation pane and the table of contents (filled in and paginated when the file is written, so Word does not
// ask to update fields) both work; the action plan and the evaluation are real tables; the footer numbers pages.

const A4 = { width: 11906, height: 16838 }; // twentieths of a point
const MARGIN = 1134; // 2 cm
const TEXT_WIDTH = A4.width - 2 * MARGIN;
const FONT = "Arial";
const GREY = "F2F2F2";
const BULLETS = "bullets";

function paragraphsOf(text: string, options: { emptyText?: string } = {}): Paragraph[] {
  const lines = text.split(/\r?\n/).map((line) => line.trimEnd());
  const blocks = lines.join("\n").trim();
  if (!blocks)
    return options.emptyText
      ? [new Paragraph({ children: [new TextRun({ text: options.emptyText, italics: true })] })]
      : [];
  return blocks.split(/\n{2,}/).map(
    (block) =>
      new Paragraph({
        children: block.split("\n").map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0 })),
      }),
  );
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], pageBreakBefore = false) =>
  new Paragraph({ text, heading: level, pageBreakBefore });

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

function bullet(children: TextRun[]): Paragraph {
  return new Paragraph({ children, numbering: { reference: BULLETS, level: 0 } });
}

function cell(text: string, options: { header?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    children: paragraphsOf(text).length > 0 ? paragraphsOf(text) : [new Paragraph("")],
    shading: options.header ? { type: ShadingType.CLEAR, color: "auto", fill: GREY } : undefined,
    width: options.width ? { size: options.width, type: WidthType.DXA } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

function headerCell(text: string, width: number): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })],
    shading: { type: ShadingType.CLEAR, color: "auto", fill: GREY },
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

/** A table with a header row repeated on every page; column widths are fractions of the text width. */
function table(headers: string[], fractions: number[], rows: string[][]): Table {
  const widths = fractions.map((f) => Math.round(f * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => headerCell(h, widths[i])) }),
      ...rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, { width: widths[i] })) })),
    ],
  });
}

/** Two columns: a label and its value, for one evaluation level. */
function keyValueTable(rows: [string, string][]): Table {
  const widths = [Math.round(TEXT_WIDTH * 0.28), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.28)];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: false,
          children: [cell(label, { header: true, width: widths[0] }), cell(value || "—", { width: widths[1] })],
        }),
    ),
  });
}

const spacer = () => new Paragraph({ text: "" });

function evidenceLine(item: DocumentEvidence): string {
  const parts = [item.title];
  if (item.typeLabel) parts.push(`(${item.typeLabel})`);
  if (item.recordTitle) parts.push(`— attached to “${item.recordTitle}”`);
  if (item.url) parts.push(`— ${item.url}`);
  else if (item.fileName) parts.push(`— file ${item.fileName}`);
  return parts.join(" ");
}

function initiativeSection(initiative: DocumentInitiative, many: boolean): (Paragraph | Table)[] {
  const level = many ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2;
  const children: (Paragraph | Table)[] = [];
  if (many) children.push(heading(initiative.title, HeadingLevel.HEADING_2));
  children.push(
    labelled("Initiative", initiative.title),
    labelled("Status", initiative.statusLabel),
    ...(initiative.health
      ? [labelled("Health", [initiative.health.label, initiative.health.note].filter(Boolean).join(": "))]
      : []),
    labelled("Dates", `${formatDate(initiative.startsOn)} to ${formatDate(initiative.endsOn)}`),
    heading("The problem", level),
    ...paragraphsOf(initiative.problem, { emptyText: "Not written yet." }),
    heading("Evidence of need", level),
    ...paragraphsOf(initiative.evidenceOfNeed, { emptyText: "Not written yet." }),
    heading("Approach", level),
    ...paragraphsOf(initiative.approach, { emptyText: "Not written yet." }),
    heading("Active ingredients", level),
    ...paragraphsOf(initiative.activeIngredients, { emptyText: "Not written yet." }),
    heading("Schools", level),
  );
  if (initiative.schools.length === 0) children.push(...paragraphsOf("", { emptyText: "No schools named." }));
  else children.push(...initiative.schools.map((school) => bullet([new TextRun(school)])));
  children.push(heading("Intended outcomes", level));
  if (initiative.outcomes.length === 0) children.push(...paragraphsOf("", { emptyText: "No outcomes recorded." }));
  else
    children.push(
      table(
        ["Kind", "Outcome", "How it will be measured", "When"],
        [0.16, 0.38, 0.3, 0.16],
        initiative.outcomes.map((o) => [
          o.kind === "final" ? "Final (pupils)" : "Implementation",
          o.description,
          o.measure,
          o.measuredWhen,
        ]),
      ),
    );
  children.push(heading("Action plan", level));
  if (initiative.actions.length === 0) children.push(...paragraphsOf("", { emptyText: "No actions yet." }));
  else
    children.push(
      table(
        ["#", "Action", "Owner", "Due", "Status", "Success criteria"],
        [0.05, 0.3, 0.13, 0.13, 0.11, 0.28],
        initiative.actions.map((a) => [
          String(a.number),
          a.schools.length > 0 ? `${a.description}\n\nSchools: ${a.schools.join(", ")}` : a.description,
          a.ownerName,
          formatDate(a.dueOn),
          a.statusLabel,
          a.successCriteria,
        ]),
      ),
    );
  if (initiative.schoolImplementation.length > 0) {
    const score = (n: number | null) => (n === null ? "Not judged" : `${n} of 4`);
    children.push(
      heading("Implementation in each school", level),
      table(
        ["School", "Adoption", "Fidelity", "Sustainment", "Note"],
        [0.26, 0.13, 0.13, 0.14, 0.34],
        initiative.schoolImplementation.map((s) => [
          s.school,
          score(s.adoption),
          score(s.fidelity),
          score(s.sustainment),
          s.note,
        ]),
      ),
    );
  }
  return children;
}

function evaluationSection(initiative: DocumentInitiative, many: boolean): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [];
  if (many) children.push(heading(initiative.title, HeadingLevel.HEADING_2));
  children.push(
    table(
      ["Level", "Judgement", "Evidence it rests on"],
      [0.5, 0.25, 0.25],
      initiative.evaluation.map((level) => [
        `${level.level}. ${level.title}`,
        level.judgement,
        level.evidence.length === 0
          ? "None linked"
          : `${level.evidence.length} item${level.evidence.length === 1 ? "" : "s"}`,
      ]),
    ),
  );
  for (const level of initiative.evaluation) {
    children.push(
      heading(`Level ${level.level}: ${level.title}`, many ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2),
    );
    children.push(new Paragraph({ children: [new TextRun({ text: level.question, italics: true })] }));
    if (!level.recorded) {
      children.push(...paragraphsOf("", { emptyText: "Not evaluated yet." }));
      continue;
    }
    children.push(
      keyValueTable([
        ["What was looked for", level.lookedFor],
        ["How", level.methods.join("; ")],
        ["What was found", level.findings],
        ["Judgement", level.judgement],
        ["Evidence it rests on", level.evidence.map(evidenceLine).join("\n")],
      ]),
      spacer(),
    );
  }
  return children;
}

export async function renderAccreditationDocx(doc: AccreditationDocument): Promise<Uint8Array> {
  const many = doc.initiatives.length > 1;
  const body: (Paragraph | Table | TableOfContents)[] = [];

  body.push(
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: doc.person.name, bold: true, size: 32 })] }),
    labelled("Programme", `${doc.programme.name} (${doc.programme.code})`),
    labelled("Cohort", `${doc.cohort.name}, ${doc.cohort.academicYear}`),
    ...(doc.person.trustName ? [labelled("Trust", doc.person.trustName)] : []),
    labelled("Produced", formatDate(doc.generatedOn)),
    new Paragraph({ children: [new TextRun({ text: doc.scopeNote, italics: true })], spacing: { before: 200 } }),
    // Not a Heading 1, so the contents do not list themselves.
    new Paragraph({
      children: [new TextRun({ text: "Contents", bold: true, size: 36 })],
      spacing: { before: 400, after: 160 },
    }),
    new TableOfContents("Contents", { hyperlink: true, headingStyleRange: "1-2" }),
  );

  body.push(heading("Readiness summary", HeadingLevel.HEADING_1, true), ...paragraphsOf(doc.readiness.summary));
  body.push(new Paragraph({ children: [new TextRun({ text: READINESS_NOTE, italics: true })] }));
  body.push(
    table(
      ["Requirement", "Met", "Still to do"],
      [0.4, 0.12, 0.48],
      doc.readiness.items.map((item) => [item.label, item.met ? "Yes" : "Not yet", item.detail]),
    ),
  );

  body.push(heading(many ? "The initiatives" : "The initiative", HeadingLevel.HEADING_1, true));
  if (doc.initiatives.length === 0) body.push(...paragraphsOf("", { emptyText: "No initiative recorded yet." }));
  for (const initiative of doc.initiatives) body.push(...initiativeSection(initiative, many));

  body.push(heading("Evaluation", HeadingLevel.HEADING_1, true));
  body.push(
    ...paragraphsOf(
      "Judged level by level, following Guskey’s five levels of professional development evaluation: what was looked for, how, what was found, the judgement and the evidence it rests on.",
    ),
  );
  if (doc.initiatives.length === 0) body.push(...paragraphsOf("", { emptyText: "No initiative to evaluate yet." }));
  for (const initiative of doc.initiatives) body.push(...evaluationSection(initiative, many));

  const adapted = doc.initiatives.filter((i) => i.adaptations.length > 0);
  if (adapted.length > 0) {
    body.push(heading("Adaptation log", HeadingLevel.HEADING_1, true));
    body.push(
      ...paragraphsOf(
        "Every change to the design or action plan once the initiative started, with what changed and why.",
      ),
    );
    for (const initiative of adapted) {
      if (many) body.push(heading(initiative.title, HeadingLevel.HEADING_2));
      body.push(
        table(
          ["Date", "Changed", "What changed", "Why"],
          [0.15, 0.13, 0.36, 0.36],
          initiative.adaptations.map((a) => [
            formatDate(a.changedAt),
            a.subject === "design" ? "Design" : "Action plan",
            a.whatChanged,
            a.why,
          ]),
        ),
      );
    }
  }

  body.push(heading("Reflections", HeadingLevel.HEADING_1, true));
  if (doc.reflections.length === 0) body.push(...paragraphsOf("", { emptyText: "No reflections yet." }));
  for (const reflection of doc.reflections) {
    body.push(heading(`${formatDate(reflection.writtenOn)}: ${reflection.title}`, HeadingLevel.HEADING_2));
    const meta = [
      reflection.workshop ? `Workshop: ${reflection.workshop}` : null,
      reflection.initiative ? `Initiative: ${reflection.initiative}` : null,
    ]
      .filter(Boolean)
      .join(" · ");
    if (meta) body.push(new Paragraph({ children: [new TextRun({ text: meta, italics: true })] }));
    body.push(...paragraphsOf(reflection.body));
    for (const [label, text] of [
      ["What happened", reflection.promptWhat],
      ["So what", reflection.promptSoWhat],
      ["Now what", reflection.promptNowWhat],
    ] as const) {
      if (text.trim()) body.push(heading(label, HeadingLevel.HEADING_3), ...paragraphsOf(text));
    }
  }

  if (doc.hasCriteria) {
    body.push(heading("Evidence by accreditation criterion", HeadingLevel.HEADING_1, true));
    for (const criterion of doc.criteria) {
      body.push(heading(`Criterion ${criterion.number}: ${criterion.text}`, HeadingLevel.HEADING_2));
      body.push(labelled("Status", criterion.statusLabel));
      if (criterion.reviewerName || criterion.reviewNote) {
        const by = criterion.reviewerName ? ` by ${criterion.reviewerName}` : "";
        const when = criterion.reviewedAt ? `, ${formatDate(criterion.reviewedAt)}` : "";
        body.push(labelled(`Lead’s review${by}${when}`, criterion.reviewNote || "No comment."));
      }
      body.push(
        heading("Statement", HeadingLevel.HEADING_3),
        ...paragraphsOf(criterion.statement, { emptyText: "No statement written yet." }),
      );
      body.push(heading("Mapped evidence", HeadingLevel.HEADING_3));
      if (criterion.evidence.length === 0) body.push(...paragraphsOf("", { emptyText: "No evidence mapped yet." }));
      for (const item of criterion.evidence) {
        body.push(bullet([new TextRun(evidenceLine(item))]));
        if (item.description.trim()) body.push(new Paragraph({ text: item.description.trim(), indent: { left: 720 } }));
      }
      body.push(heading("Mapped records", HeadingLevel.HEADING_3));
      if (criterion.records.length === 0) body.push(...paragraphsOf("", { emptyText: "No records mapped yet." }));
      for (const record of criterion.records)
        body.push(
          bullet([
            new TextRun({ text: `${record.kindLabel}: `, bold: true }),
            new TextRun(`${record.title} (${formatDate(record.occurredOn)})`),
          ]),
        );
    }
  }

  const document = new Document({
    title: `${doc.title}: ${doc.person.name}`,
    subject: `${doc.programme.name}, ${doc.cohort.name}`,
    creator: doc.person.name,
    lastModifiedBy: "Strands",
    description: "Produced by Strands from the participant’s records.",
    pageNumbers: estimatePageNumbers,
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { font: FONT, size: 48, bold: true, color: "0B0C0C" }, paragraph: { spacing: { after: 240 } } },
        heading1: {
          run: { font: FONT, size: 36, bold: true, color: "0B0C0C" },
          paragraph: { spacing: { before: 240, after: 160 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 28, bold: true, color: "0B0C0C" },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading3: {
          run: { font: FONT, size: 24, bold: true, color: "0B0C0C" },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: "•",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                border: { top: { style: BorderStyle.SINGLE, size: 4, color: "B1B4B6", space: 4 } },
                children: [
                  new TextRun({ text: `${doc.person.name} · ${doc.title} · Page `, size: 18 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
                  new TextRun({ text: " of ", size: 18 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
