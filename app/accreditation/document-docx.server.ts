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
import * as W from "~/accreditation/document-text";
import { adaptationsTable, schoolImplementationTable } from "~/accreditation/document-tables";
import type {
  AccreditationDocument,
  DocumentCriterion,
  DocumentEvaluationLevel,
  DocumentInitiative,
  DocumentReflection,
} from "~/accreditation/document-types";
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

type HeadingLevelValue = (typeof HeadingLevel)[keyof typeof HeadingLevel];
const heading = (text: string, level: HeadingLevelValue, pageBreakBefore = false) =>
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
          children: [
            cell(label, { header: true, width: widths[0] }),
            cell(value || W.EMPTY.blank, { width: widths[1] }),
          ],
        }),
    ),
  });
}

const spacer = () => new Paragraph({ text: "" });

type Block = Paragraph | Table | TableOfContents;
const italic = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true })] });
const empty = (text: string) => paragraphsOf("", { emptyText: text });

function initiativeTables(initiative: DocumentInitiative, level: HeadingLevelValue): Block[] {
  const T = W.INITIATIVE_HEADING;
  const children: Block[] = [heading(T.outcomes, level)];
  if (initiative.outcomes.length === 0) children.push(...empty(W.EMPTY.noOutcomes));
  else
    children.push(
      table(
        [...W.COLUMNS.outcomes],
        [0.16, 0.38, 0.3, 0.16],
        initiative.outcomes.map((o) => [W.outcomeKindText(o.kind), o.description, o.measure, o.measuredWhen]),
      ),
    );
  children.push(heading(T.actions, level));
  if (initiative.actions.length === 0) children.push(...empty(W.EMPTY.noActions));
  else
    children.push(
      table(
        [...W.COLUMNS.actions],
        [0.05, 0.3, 0.13, 0.13, 0.11, 0.28],
        initiative.actions.map((a) => [
          String(a.number),
          a.schools.length > 0 ? `${a.description}\n\n${W.actionSchoolsText(a.schools)}` : a.description,
          a.ownerName,
          formatDate(a.dueOn),
          a.statusLabel,
          a.successCriteria,
        ]),
      ),
    );
  if (initiative.schoolImplementation.length > 0)
    children.push(heading(T.schoolImplementation, level), table(...schoolImplementationTable(initiative)));
  return children;
}

function initiativeSection(initiative: DocumentInitiative, many: boolean): Block[] {
  const level = many ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2;
  const children: Block[] = [];
  if (many) children.push(heading(initiative.title, HeadingLevel.HEADING_2));
  children.push(
    labelled(W.LABEL.initiative, initiative.title),
    labelled(W.LABEL.status, initiative.statusLabel),
    ...(initiative.health ? [labelled(W.LABEL.health, W.healthText(initiative.health))] : []),
    labelled(W.LABEL.dates, W.dateRangeText(initiative.startsOn, initiative.endsOn)),
  );
  for (const [title, text] of W.initiativeTexts(initiative))
    children.push(heading(title, level), ...paragraphsOf(text, { emptyText: W.EMPTY.notWritten }));
  children.push(heading(W.INITIATIVE_HEADING.schools, level));
  if (initiative.schools.length === 0) children.push(...empty(W.EMPTY.noSchools));
  else children.push(...initiative.schools.map((school) => bullet([new TextRun(school)])));
  children.push(...initiativeTables(initiative, level));
  return children;
}

function evaluationLevel(level: DocumentEvaluationLevel, many: boolean): Block[] {
  const children: Block[] = [
    heading(W.levelHeading(level), many ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2),
    italic(level.question),
  ];
  if (!level.recorded) return [...children, ...empty(W.EMPTY.notEvaluated)];
  const evidence = level.evidence.map(W.evidenceLine).join("\n") || W.EMPTY.noneLinked;
  return [...children, keyValueTable([...W.levelFields(level), [W.LEVEL_LABEL.evidence, evidence]]), spacer()];
}

function evaluationSection(initiative: DocumentInitiative, many: boolean): Block[] {
  const children: Block[] = [];
  if (many) children.push(heading(initiative.title, HeadingLevel.HEADING_2));
  children.push(
    table(
      [...W.COLUMNS.evaluation],
      [0.5, 0.25, 0.25],
      initiative.evaluation.map((level) => [
        W.levelRowTitle(level),
        level.judgement,
        W.evidenceCountText(level.evidence.length),
      ]),
    ),
  );
  for (const level of initiative.evaluation) children.push(...evaluationLevel(level, many));
  return children;
}

function coverSection(doc: AccreditationDocument): Block[] {
  return [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: doc.person.name, bold: true, size: 32 })] }),
    labelled(W.LABEL.programme, W.programmeText(doc)),
    labelled(W.LABEL.cohort, W.cohortText(doc)),
    ...(doc.person.trustName ? [labelled(W.LABEL.trust, doc.person.trustName)] : []),
    labelled(W.LABEL.produced, formatDate(doc.generatedOn)),
    new Paragraph({ children: [new TextRun({ text: doc.scopeNote, italics: true })], spacing: { before: 200 } }),
    // Not a Heading 1, so the contents do not list themselves.
    new Paragraph({
      children: [new TextRun({ text: W.SECTION.contents, bold: true, size: 36 })],
      spacing: { before: 400, after: 160 },
    }),
    new TableOfContents(W.SECTION.contents, { hyperlink: true, headingStyleRange: "1-2" }),
  ];
}

function readinessSection(doc: AccreditationDocument): Block[] {
  return [
    heading(W.SECTION.readiness, HeadingLevel.HEADING_1, true),
    ...paragraphsOf(doc.readiness.summary),
    italic(W.READINESS_NOTE),
    table(
      [...W.COLUMNS.readiness],
      [0.4, 0.12, 0.48],
      doc.readiness.items.map((item) => [item.label, W.metText(item.met), item.detail]),
    ),
  ];
}

function initiativesAndEvaluation(doc: AccreditationDocument): Block[] {
  const many = doc.initiatives.length > 1;
  const body: Block[] = [heading(W.initiativeHeading(doc), HeadingLevel.HEADING_1, true)];
  if (doc.initiatives.length === 0) body.push(...empty(W.EMPTY.noInitiative));
  for (const initiative of doc.initiatives) body.push(...initiativeSection(initiative, many));
  body.push(heading(W.SECTION.evaluation, HeadingLevel.HEADING_1, true), ...paragraphsOf(W.EVALUATION_INTRO));
  if (doc.initiatives.length === 0) body.push(...empty(W.EMPTY.noInitiativeToEvaluate));
  for (const initiative of doc.initiatives) body.push(...evaluationSection(initiative, many));
  return body;
}

function adaptationsSection(doc: AccreditationDocument): Block[] {
  const many = doc.initiatives.length > 1;
  const adapted = doc.initiatives.filter((i) => i.adaptations.length > 0);
  if (adapted.length === 0) return [];
  const body: Block[] = [
    heading(W.SECTION.adaptations, HeadingLevel.HEADING_1, true),
    ...paragraphsOf(W.ADAPTATIONS_INTRO),
  ];
  for (const initiative of adapted) {
    if (many) body.push(heading(initiative.title, HeadingLevel.HEADING_2));
    body.push(table(...adaptationsTable(initiative)));
  }
  return body;
}

function reflection(r: DocumentReflection): Block[] {
  const body: Block[] = [heading(W.reflectionHeading(r), HeadingLevel.HEADING_2)];
  const meta = W.reflectionMeta(r);
  if (meta) body.push(italic(meta));
  body.push(...paragraphsOf(r.body));
  for (const [label, text] of W.reflectionPrompts(r))
    if (text.trim()) body.push(heading(label, HeadingLevel.HEADING_3), ...paragraphsOf(text));
  return body;
}

function reflectionsSection(doc: AccreditationDocument): Block[] {
  return [
    heading(W.SECTION.reflections, HeadingLevel.HEADING_1, true),
    ...(doc.reflections.length === 0 ? empty(W.EMPTY.noReflections) : []),
    ...doc.reflections.flatMap(reflection),
  ];
}

function criterion(c: DocumentCriterion): Block[] {
  const H = W.CRITERION_HEADING;
  const body: Block[] = [
    heading(W.criterionHeading(c), HeadingLevel.HEADING_2),
    labelled(W.LABEL.status, c.statusLabel),
  ];
  if (W.hasReview(c)) body.push(labelled(W.reviewHeading(c), W.reviewNoteText(c)));
  body.push(
    heading(H.statement, HeadingLevel.HEADING_3),
    ...paragraphsOf(c.statement, { emptyText: W.EMPTY.noStatement }),
  );
  body.push(heading(H.evidence, HeadingLevel.HEADING_3));
  if (c.evidence.length === 0) body.push(...empty(W.EMPTY.noEvidence));
  for (const item of c.evidence) {
    body.push(bullet([new TextRun(W.evidenceLine(item))]));
    if (item.description.trim()) body.push(new Paragraph({ text: item.description.trim(), indent: { left: 720 } }));
  }
  body.push(heading(H.records, HeadingLevel.HEADING_3));
  if (c.records.length === 0) body.push(...empty(W.EMPTY.noRecords));
  for (const record of c.records)
    body.push(bullet([new TextRun({ text: `${record.kindLabel}: `, bold: true }), new TextRun(W.recordText(record))]));
  return body;
}

function criteriaSection(doc: AccreditationDocument): Block[] {
  if (!doc.hasCriteria) return [italic(W.NO_CRITERIA_NOTE)];
  return [heading(W.SECTION.criteria, HeadingLevel.HEADING_1, true), ...doc.criteria.flatMap(criterion)];
}

function footer(doc: AccreditationDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: "B1B4B6", space: 4 } },
        children: [
          new TextRun({ text: W.footerLead(doc), size: 18 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
          new TextRun({ text: " of ", size: 18 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
        ],
      }),
    ],
  });
}

export async function renderAccreditationDocx(doc: AccreditationDocument): Promise<Uint8Array> {
  const body: Block[] = [
    ...coverSection(doc),
    ...readinessSection(doc),
    ...initiativesAndEvaluation(doc),
    ...adaptationsSection(doc),
    ...reflectionsSection(doc),
    ...criteriaSection(doc),
  ];

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
        footers: { default: footer(doc) },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
