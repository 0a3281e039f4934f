import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { LineChartProps } from "./line-chart";
import { OKABE_ITO } from "./palette";

// Loaded only in the browser (recharts does not render on the server).
export default function LineChartClient({ data, series, markers = [], height = 320 }: LineChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 24, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="#b1b4b6" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
        <YAxis allowDecimals={false} domain={[0, "auto"]} />
        <Tooltip />
        {series.length > 1 ? <Legend /> : null}
        {markers.map((m) => (
          <ReferenceLine
            key={`${m.x}-${m.label}`}
            x={m.x}
            stroke={OKABE_ITO.vermillion}
            strokeDasharray="6 3"
            label={{ value: m.label, position: "top", fontSize: 12, fill: "#0b0c0c" }}
          />
        ))}
        {series.map((s) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.name}
            stroke={s.colour}
            strokeWidth={2}
            dot
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
