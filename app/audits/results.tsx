import { ChartFigure } from "~/components/charts/bar-chart";
import { OKABE_ITO } from "~/components/charts/palette";
import { formatDate } from "~/utils/dates";
import { RATING_LABELS, type RatingValue } from "~/schemas/values";

// What an audit found: the ratings school by school, and for a follow-up the change since its baseline.
// Numbers always read with one decimal place; a change carries its sign, so it never relies on colour.

/** Rounds half away from zero to one decimal place, so 2.25 reads 2.3 and -0.25 reads -0.3. */
export function roundToTenth(value: number): number {
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10 + 1e-9)) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

export function formatMean(value: number | null): string {
  return value === null ? "Not rated" : roundToTenth(value).toFixed(1);
}

/** "+0.7", "0.0" or "−0.3" (a true minus sign). */
export function formatChange(value: number | null): string {
  if (value === null) return "No comparison";
  const rounded = roundToTenth(value);
  if (rounded === 0) return "0.0";
  return rounded > 0 ? `+${rounded.toFixed(1)}` : `\u2212${Math.abs(rounded).toFixed(1)}`;
}

export function ratingText(rating: number): string {
  return `${rating} ${RATING_LABELS[rating as RatingValue] ?? ""}`.trim();
}

export function RatingsTable({
  schools,
  criteria,
  ratings,
}: {
  schools: { id: string; name: string }[];
  criteria: { id: string; text: string; mean: number | null }[];
  ratings: { criterionId: string; schoolId: string; rating: number; note: string }[];
}) {
  const byCell = new Map(ratings.map((r) => [`${r.criterionId} ${r.schoolId}`, r]));
  return (
    <div className="table-wrap audit-results-wrap" role="region" aria-labelledby="ratings-caption" tabIndex={0}>
      <table className="table audit-results">
        <caption id="ratings-caption">Ratings by criterion and school</caption>
        <thead>
          <tr>
            <th scope="col" className="audit-grid__criterion">
              Criterion
            </th>
            {schools.map((s) => (
              <th scope="col" key={s.id}>
                {s.name}
              </th>
            ))}
            <th scope="col">Mean across schools</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c, index) => (
            <tr key={c.id}>
              <th scope="row" className="audit-grid__criterion">
                <span className="audit-grid__number">{index + 1}.</span> {c.text}
              </th>
              {schools.map((s) => {
                const cell = byCell.get(`${c.id} ${s.id}`);
                return (
                  <td key={s.id}>
                    {cell ? (
                      <>
                        <span className={`audit-rating audit-rating--${cell.rating}`}>{ratingText(cell.rating)}</span>
                        {cell.note ? <span className="audit-results__note">{cell.note}</span> : null}
                      </>
                    ) : (
                      <span className="muted">Not rated</span>
                    )}
                  </td>
                );
              })}
              <td className="audit-number">{formatMean(c.mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface ComparisonRow {
  id: string;
  label: string;
  baselineMean: number | null;
  followUpMean: number | null;
  change: number | null;
}

function shortLabel(text: string, max = 32): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function ComparisonTable({
  caption,
  rowHeader,
  rows,
  baselineOn,
  followUpOn,
  numbered,
}: {
  caption: string;
  rowHeader: string;
  rows: ComparisonRow[];
  baselineOn: string | null;
  followUpOn: string;
  numbered: boolean;
}) {
  return (
    <table className="table audit-comparison">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col" className="audit-number">
            Baseline{baselineOn ? " " : null}
            {baselineOn ? <span className="audit-comparison__date">{formatDate(baselineOn)}</span> : null}
          </th>
          <th scope="col" className="audit-number">
            Follow-up <span className="audit-comparison__date">{formatDate(followUpOn)}</span>
          </th>
          <th scope="col" className="audit-number">
            Change
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.id}>
            <th scope="row">
              {numbered ? <span className="audit-grid__number">{index + 1}.</span> : null} {row.label}
            </th>
            <td className="audit-number">{formatMean(row.baselineMean)}</td>
            <td className="audit-number">{formatMean(row.followUpMean)}</td>
            <td className="audit-number">{formatChange(row.change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AuditComparison({
  byCriterion,
  bySchool,
  baselineOn,
  followUpOn,
}: {
  byCriterion: ComparisonRow[];
  bySchool: ComparisonRow[];
  baselineOn: string | null;
  followUpOn: string;
}) {
  // Black and blue from Okabe–Ito: told apart by lightness in any colour vision, and the legend, drawn in the
  // series colours, stays readable on white (orange text would not).
  const series = [
    { key: "baseline", name: "Baseline", colour: OKABE_ITO.black },
    { key: "followUp", name: "Follow-up", colour: OKABE_ITO.blue },
  ];
  const chartData = (rows: ComparisonRow[], numbered: boolean) =>
    rows.map((row, index) => ({
      label: shortLabel(numbered ? `${index + 1}. ${row.label}` : row.label),
      baseline: row.baselineMean === null ? null : roundToTenth(row.baselineMean),
      followUp: row.followUpMean === null ? null : roundToTenth(row.followUpMean),
    }));
  const when = `${baselineOn ? `the baseline (${formatDate(baselineOn)})` : "the baseline"} and this follow-up (${formatDate(followUpOn)})`;
  const figure = (by: "criterion" | "school", rows: ComparisonRow[]) => {
    const numbered = by === "criterion";
    const across = numbered ? "criterion across the schools" : "school across the criteria";
    return (
      <ChartFigure
        id={`change-by-${by}`}
        caption={`Mean rating of each ${across} at ${when}, from 1 (not yet evident) to 4 (embedded).`}
        chart={{
          data: chartData(rows, numbered),
          series,
          yMax: 4,
          yTicks: [0, 1, 2, 3, 4],
          layout: "horizontal-bars",
          height: Math.max(160, 70 + rows.length * 56),
        }}
        table={
          <ComparisonTable
            caption={`Mean rating by ${by}`}
            rowHeader={numbered ? "Criterion" : "School"}
            rows={rows}
            baselineOn={baselineOn}
            followUpOn={followUpOn}
            numbered={numbered}
          />
        }
      />
    );
  };
  return (
    <>
      {figure("criterion", byCriterion)}
      {figure("school", bySchool)}
    </>
  );
}
