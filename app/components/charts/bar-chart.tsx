import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";

export interface BarSeries {
  key: string;
  name: string;
  colour: string;
}

export interface BarChartProps {
  data: ({ label: string } & Record<string, string | number | null>)[];
  series: BarSeries[];
  yMax?: number;
  yTicks?: number[];
  layout?: "vertical-bars" | "horizontal-bars";
  height?: number;
}

const BarChartClient = lazy(() => import("./bar-chart.client"));

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * A chart with its caption and the table of the same numbers. The table is rendered on the server and is
 * the accessible version; the chart is drawn in the browser only, hidden from screen readers.
 */
export function ChartFigure({
  id,
  caption,
  chart,
  table,
}: {
  id: string;
  caption: string;
  chart: BarChartProps;
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
            <BarChartClient {...chart} />
          </Suspense>
        ) : null}
      </div>
      <div className="table-wrap">{table}</div>
    </figure>
  );
}
