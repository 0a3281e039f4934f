import type { StrandCoverage } from "~/progress/progress.server";
import { ChartFigure } from "~/components/charts/bar-chart";
import { OKABE_ITO } from "~/components/charts/palette";

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
        <table className="table">
          <caption className="visually-hidden">Your coverage of each strand</caption>
          <thead>
            <tr>
              <th scope="col">Strand</th>
              <th scope="col">Records tagged</th>
              <th scope="col">Outcome statements evidenced</th>
            </tr>
          </thead>
          <tbody>
            {coverage.map((c) => (
              <tr key={c.strandId}>
                <th scope="row">{label(c)}</th>
                <td>{c.entries}</td>
                <td>
                  {c.statementsEvidenced} of {c.statementsTotal}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
