import type { StrandCoverage } from "~/progress/progress.server";
import { ChartFigure } from "~/components/charts/bar-chart";
import { OKABE_ITO } from "~/components/charts/palette";
import { DataTable } from "~/components/data-table";

type StrandCounts = Pick<StrandCoverage, "strandId" | "title" | "entries" | "statementsEvidenced" | "statementsTotal">;

/** The per-strand counts as a table: a participant's own progress page and a lead's view of their story share it. */
export function StrandCoverageTable<Row extends StrandCounts>({
  strands,
  caption,
  strandName = (s) => s.title,
  numberClassName,
  wrap,
}: {
  strands: readonly Row[];
  caption: string;
  strandName?: (strand: Row) => string;
  /** The story page sets its numbers in tabular figures; the header keeps the page's own. */
  numberClassName?: string;
  wrap?: boolean;
}) {
  return (
    <DataTable
      wrap={wrap}
      caption={caption}
      rows={strands}
      rowKey={(s) => s.strandId}
      columns={[
        { header: "Strand", cell: strandName },
        { header: "Records tagged", cellClassName: numberClassName, cell: (s) => s.entries },
        {
          header: "Outcome statements evidenced",
          cellClassName: numberClassName,
          cell: (s) => (
            <>
              {s.statementsEvidenced} of {s.statementsTotal}
            </>
          ),
        },
      ]}
    />
  );
}

/** Records and evidenced outcome statements per strand: a chart, and the table of the same numbers. */
export function CoverageChart({ coverage }: { coverage: StrandCoverage[] }) {
  const severalProgrammes = new Set(coverage.map((c) => c.programmeName)).size > 1;
  const label = (c: StrandCoverage) => (severalProgrammes ? `${c.title} (${c.programmeName})` : c.title);
  const leastCovered = [...coverage].sort(
    (a, b) => a.statementsEvidenced / (a.statementsTotal || 1) - b.statementsEvidenced / (b.statementsTotal || 1),
  )[0];
  return (
    <ChartFigure
      id="coverage"
      caption={`How many of your records are tagged to each strand, and how many of its outcome statements you have evidenced${
        leastCovered ? `; least covered so far: ${label(leastCovered)}.` : "."
      }`}
      chart={{
        layout: "horizontal-bars",
        height: 80 + coverage.length * 56,
        data: coverage.map((c) => ({ label: label(c), entries: c.entries, statements: c.statementsEvidenced })),
        series: [
          { key: "entries", name: "Records tagged", colour: OKABE_ITO.blue },
          { key: "statements", name: "Outcome statements evidenced", colour: OKABE_ITO.orange },
        ],
      }}
      table={
        <StrandCoverageTable
          wrap={false}
          caption="Your coverage of each strand"
          strands={coverage}
          strandName={label}
        />
      }
    />
  );
}
