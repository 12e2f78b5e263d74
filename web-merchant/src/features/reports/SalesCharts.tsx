import type { SalesReport } from "@tabletap/shared";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { paymentLabel } from "./labels";

const BLUE = "#1d4ed8";
const PALETTE = ["#1d4ed8", "#15803d", "#b45309", "#6d28d9", "#475569"];

/** Net sales by day and by hour, and how people paid; money is in minor units, shown in the shop's currency. */
export function SalesCharts(props: {
  report: SalesReport;
  money: (minor: number) => string;
  compact: (minor: number) => string;
}) {
  const { report, money, compact } = props;
  const tooltip = (value: unknown) => money(Number(value));
  const days = report.days.map((d) => ({ ...d, label: d.day.slice(5) }));
  const hours = report.hours.filter((h) => h.orders > 0 || (h.hour >= 9 && h.hour <= 22));
  return (
    <div className="chart-grid">
      <figure className="panel chart-panel chart-wide">
        <figcaption>Net sales by day</figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="label" tickLine={false} fontSize={12} minTickGap={12} />
            <YAxis tickFormatter={compact} width={72} fontSize={12} axisLine={false} tickLine={false} />
            <Tooltip formatter={tooltip} labelFormatter={(label) => String(label)} />
            <Bar dataKey="net" name="Net sales" fill={BLUE} radius={[4, 4, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure className="panel chart-panel">
        <figcaption>By hour of day ({report.timezone})</figcaption>
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={hours} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="hour" tickLine={false} fontSize={12} tickFormatter={(h) => `${h}h`} />
            <YAxis tickFormatter={compact} width={72} fontSize={12} axisLine={false} tickLine={false} />
            <Tooltip
              formatter={tooltip}
              labelFormatter={(h) => `${String(h).padStart(2, "0")}:00–${String(h).padStart(2, "0")}:59`}
            />
            <Bar
              dataKey="net"
              name="Net sales"
              fill="#0f766e"
              radius={[4, 4, 0, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure className="panel chart-panel">
        <figcaption>Payment methods</figcaption>
        <ResponsiveContainer width="100%" height={200}>
          <PieChart>
            <Pie
              data={report.payments.map((p) => ({ ...p, name: paymentLabel(p.method) }))}
              dataKey="net"
              nameKey="name"
              innerRadius={48}
              outerRadius={80}
              isAnimationActive={false}
              label={({ name }) => String(name)}
              fontSize={12}
            >
              {report.payments.map((p, i) => (
                <Cell key={p.method} fill={PALETTE[i % PALETTE.length]} />
              ))}
            </Pie>
            <Tooltip formatter={tooltip} />
          </PieChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
