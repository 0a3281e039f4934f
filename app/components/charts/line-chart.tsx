import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";

export interface LineSeries {
  key: string;
  name: string;
  colour: string;
}

export interface LineChartProps {
  data: ({ label: string } & Record<string, string | number | null>)[];
  series: LineSeries[];
  /** Vertical reference lines at these x labels (e.g. workshop weeks), each with its own words. */
  markers?: { x: string; label: string }[];
  height?: number;
}

const LineChartClient = lazy(() => import("./line-chart.client"));

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** A line chart with its caption and the table of the same numbers; the chart is drawn in the browser only. */
export function LineChartFigure({
  id,
  caption,
  chart,
  table,
}: {
  id: string;
  caption: string;
  chart: LineChartProps;
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
            <LineChartClient {...chart} />
          </Suspense>
        ) : null}
      </div>
      <div className="table-wrap">{table}</div>
    </figure>
  );
}
