import { lazy, type ReactNode } from "react";
import { LazyChartFigure, type ChartDatum, type Series } from "./figure";

export type BarSeries = Series;

export interface BarChartProps {
  data: ChartDatum[];
  series: BarSeries[];
  yMax?: number;
  yTicks?: number[];
  layout?: "vertical-bars" | "horizontal-bars";
  height?: number;
}

const BarChartClient = lazy(() => import("./bar-chart.client"));

/**
 * A chart with its caption and the table of the same numbers. The table is rendered on the server and is
 * the accessible version; the chart is drawn in the browser only, hidden from screen readers.
 */
export function ChartFigure(props: { id: string; caption: string; chart: BarChartProps; table: ReactNode }) {
  return <LazyChartFigure {...props} Chart={BarChartClient} />;
}
