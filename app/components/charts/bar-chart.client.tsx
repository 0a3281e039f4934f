import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { BarChartProps } from "./bar-chart";

// Loaded only in the browser, and only on pages that show a chart (recharts does not render on the server).
export default function BarChartClient({
  data,
  series,
  yMax,
  yTicks,
  layout = "vertical-bars",
  height = 320,
}: BarChartProps) {
  const horizontal = layout === "horizontal-bars";
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data}
        layout={horizontal ? "vertical" : "horizontal"}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        // The drawing is hidden from assistive technology (the table carries the numbers), so it takes no focus.
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#b1b4b6" />
        {horizontal ? (
          <>
            <XAxis type="number" domain={[0, yMax ?? "auto"]} ticks={yTicks} allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={180} tick={{ fontSize: 13 }} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={{ fontSize: 13 }} interval={0} />
            <YAxis domain={[0, yMax ?? "auto"]} ticks={yTicks} allowDecimals={false} />
          </>
        )}
        <Tooltip />
        {series.length > 1 ? <Legend /> : null}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.colour} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
