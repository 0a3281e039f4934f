import { Suspense, useEffect, useState, type ComponentType, type ReactNode } from "react";

export interface Series {
  key: string;
  name: string;
  colour: string;
}

/** One row of a chart's numbers: its label on the category axis and a value a series key. */
export type ChartDatum = { label: string } & Record<string, string | number | null>;

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * A chart with its caption and the table of the same numbers. The table is rendered on the server and is
 * the accessible version; the chart (a lazily loaded client component) is drawn in the browser only, hidden
 * from screen readers.
 */
export function LazyChartFigure<P extends object>({
  id,
  caption,
  Chart,
  chart,
  table,
}: {
  id: string;
  caption: string;
  Chart: ComponentType<P>;
  chart: P;
  table: ReactNode;
}) {
  const hydrated = useHydrated();
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart__caption">
        {caption}
      </figcaption>
      <div className="chart__drawing" aria-hidden="true">
        {hydrated ? (
          <Suspense fallback={null}>
            <Chart {...chart} />
          </Suspense>
        ) : null}
      </div>
      <div className="table-wrap">{table}</div>
    </figure>
  );
}
