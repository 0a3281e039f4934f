import type { ReactNode } from "react";

// A heatmap that is an HTML table: every cell carries its numbers in words, shaded by how many there are, and an
// empty cell reads "Gap" on a hatched background, so nothing depends on colour. Styles: app/dashboards/dashboards.css.

export interface HeatmapColumn {
  id: string;
  /** The column heading (short). */
  label: string;
  /** Full wording, read out with the heading when it differs. */
  description?: string;
}

export interface HeatmapCell {
  /** The number that sets the shade: 0 is a gap. */
  value: number;
  /** What the cell says, e.g. "3 records, 2 evidence". */
  text: string;
}

export interface HeatmapRow {
  id: string;
  header: ReactNode;
  cells: HeatmapCell[];
  total?: string;
}

/** Shade steps 0 (gap) to 4 (most). */
export function heatLevel(value: number): 0 | 1 | 2 | 3 | 4 {
  if (value <= 0) return 0;
  if (value === 1) return 1;
  if (value <= 3) return 2;
  if (value <= 5) return 3;
  return 4;
}

export function HeatmapFigure({
  id,
  caption,
  rowHeading,
  columns,
  rows,
  totalHeading,
  footer,
}: {
  id: string;
  caption: string;
  rowHeading: string;
  columns: HeatmapColumn[];
  rows: HeatmapRow[];
  totalHeading?: string;
  footer?: ReactNode;
}) {
  return (
    <figure className="chart heatmap" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart__caption">
        {caption}
      </figcaption>
      <ul className="heatmap__key" aria-label="Key">
        <li>
          <span className="heatmap__swatch heat-0" aria-hidden="true" /> Gap: nothing recorded
        </li>
        <li>
          <span className="heatmap__swatch heat-1" aria-hidden="true" /> 1 record
        </li>
        <li>
          <span className="heatmap__swatch heat-2" aria-hidden="true" /> 2–3
        </li>
        <li>
          <span className="heatmap__swatch heat-3" aria-hidden="true" /> 4–5
        </li>
        <li>
          <span className="heatmap__swatch heat-4" aria-hidden="true" /> 6 or more
        </li>
      </ul>
      <div className="table-wrap">
        <table className="table heatmap__table">
          <thead>
            <tr>
              <th scope="col">{rowHeading}</th>
              {columns.map((c) => (
                <th scope="col" key={c.id}>
                  {c.description && c.description !== c.label ? (
                    <>
                      <span aria-hidden="true">{c.label}</span>
                      <span className="visually-hidden">{`${c.label}: ${c.description}`}</span>
                    </>
                  ) : (
                    c.label
                  )}
                </th>
              ))}
              {totalHeading ? <th scope="col">{totalHeading}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, i) => (
                  <td key={columns[i]?.id ?? i} className={`heat heat-${heatLevel(cell.value)}`}>
                    {cell.value === 0 ? <strong className="heat__gap">Gap</strong> : null}
                    <span className={cell.value === 0 ? "visually-hidden" : undefined}>{cell.text}</span>
                  </td>
                ))}
                {totalHeading ? <td>{row.total}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {footer}
    </figure>
  );
}
