import type { ReactNode } from "react";

// The tables that list rows of one shape: the first column names the row (a row header for screen readers),
// numbers are right-aligned, and a caption says what the table holds. Tables with a shape of their own (the
// audit grid, the heatmap, the Evidence Document) keep their own markup.

export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, for counts and means. */
  numeric?: boolean;
  /** A class for this column's cells, header included. */
  className?: string;
  /** A class for this column's body cells only, for a style the header should not take. */
  cellClassName?: string;
}

export interface DataTableProps<Row> {
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** The first column is the row header. */
  columns: readonly Column<Row>[];
  /** Said to screen readers before the table; shown when `captionVisible`. */
  caption?: ReactNode;
  captionVisible?: boolean;
  /** Names the table by a heading's id instead of a caption. */
  labelledBy?: string;
  className?: string;
  /** Wraps the table so a wide one scrolls on its own on a phone, not the page. Off inside a chart figure. */
  wrap?: boolean;
  /** Marks a row, for example one that is overdue. */
  rowClassName?: (row: Row) => string | undefined;
  /** Off when no column names its row (a log of events, say). */
  rowHeaders?: boolean;
  /** Rows under the body, such as totals. */
  footer?: ReactNode;
}

export function DataTable<Row>({
  rows,
  rowKey,
  columns,
  caption,
  captionVisible = false,
  labelledBy,
  className,
  wrap = true,
  rowClassName,
  rowHeaders = true,
  footer,
}: DataTableProps<Row>) {
  const cellClass = (column: Column<Row>, body = false) =>
    [column.numeric ? "number" : null, column.className, body ? column.cellClassName : null]
      .filter(Boolean)
      .join(" ") || undefined;
  const table = (
    <table className={className ? `table ${className}` : "table"} aria-labelledby={labelledBy}>
      {caption ? <caption className={captionVisible ? undefined : "visually-hidden"}>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col" className={cellClass(column)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)}>
            {columns.map((column, index) =>
              index === 0 && rowHeaders ? (
                <th key={index} scope="row" className={cellClass(column, true)}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={index} className={cellClass(column, true)}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {footer ? <tfoot>{footer}</tfoot> : null}
    </table>
  );
  return wrap ? <div className="table-wrap">{table}</div> : table;
}
