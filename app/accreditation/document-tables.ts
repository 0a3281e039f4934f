import * as W from "~/accreditation/document-text";
import type { DocumentInitiative } from "~/accreditation/document-types";
import { formatDate } from "~/utils/dates";

// The tables the Word and PDF renderings of the Accreditation Evidence Document draw the same way: headings, column
// widths (fractions of the page width) and the cells' text. Spread into either renderer's table(headers, widths, rows).

export type DocumentTable = [headers: string[], fractions: number[], rows: string[][]];

/** How each school has taken an initiative up. */
export function schoolImplementationTable(initiative: DocumentInitiative): DocumentTable {
  return [
    [...W.COLUMNS.schoolImplementation],
    [0.26, 0.13, 0.13, 0.14, 0.34],
    initiative.schoolImplementation.map((s) => [
      s.school,
      W.scoreText(s.adoption),
      W.scoreText(s.fidelity),
      W.scoreText(s.sustainment),
      s.note,
    ]),
  ];
}

/** The changes made to an initiative on the way. */
export function adaptationsTable(initiative: DocumentInitiative): DocumentTable {
  return [
    [...W.COLUMNS.adaptations],
    [0.15, 0.13, 0.36, 0.36],
    initiative.adaptations.map((a) => [
      formatDate(a.changedAt),
      W.adaptationSubjectText(a.subject),
      a.whatChanged,
      a.why,
    ]),
  ];
}
