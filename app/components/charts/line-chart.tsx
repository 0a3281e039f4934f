import { lazy, type ReactNode } from "react";
import { LazyChartFigure, type ChartDatum, type Series } from "./figure";

export type LineSeries = Series;

export interface LineChartProps {
  data: ChartDatum[];
  series: LineSeries[];
  /** Vertical reference lines at these x labels (e.g. workshop weeks), each with its own words. */
  markers?: { x: string; label: string }[];
  height?: number;
}

const LineChartClient = lazy(() => import("./line-chart.client"));

/** A line chart with its caption and the table of the same numbers; the chart is drawn in the browser only. */
export function LineChartFigure(props: { id: string; caption: string; chart: LineChartProps; table: ReactNode }) {
  return <LazyChartFigure {...props} Chart={LineChartClient} />;
}
