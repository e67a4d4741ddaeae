'use client';
// The 30-day chart of Beranda: complaints filed per day and how many of them are resolved by now.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DailyPoint } from '../../domain/dashboard-stats.ts';
import { formatDay } from '../../domain/format.ts';

export function DailyChart({ data }: { data: DailyPoint[] }) {
  const rows = data.map((d) => ({ ...d, label: formatDay(d.date) }));
  return (
    <div className="h-72 w-full" data-testid="daily-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend />
          <Bar
            isAnimationActive={false}
            dataKey="created"
            name="Masuk"
            fill="oklch(0.6 0.13 160)"
            radius={[3, 3, 0, 0]}
          />
          <Bar
            isAnimationActive={false}
            dataKey="resolvedSoFar"
            name="Sudah selesai"
            fill="oklch(0.75 0.1 230)"
            radius={[3, 3, 0, 0]}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
