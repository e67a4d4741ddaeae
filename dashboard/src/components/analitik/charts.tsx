'use client';
// Analitik's charts (Recharts): intents per period bucket, stacked; and a horizontal bar of counts.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { INTENT_LABELS, INTENTS } from '../../domain/analytics.ts';

const COLORS = [
  'oklch(0.6 0.13 160)',
  'oklch(0.65 0.15 40)',
  'oklch(0.6 0.12 250)',
  'oklch(0.55 0.15 20)',
  'oklch(0.55 0.2 330)',
  'oklch(0.75 0.1 200)',
  'oklch(0.8 0.12 100)',
  'oklch(0.6 0.02 260)',
];

export function IntentsChart({ rows }: { rows: Record<string, string | number>[] }) {
  return (
    <div className="h-80 w-full" data-testid="intents-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {INTENTS.map((intent, i) => (
            <Bar
              key={intent}
              isAnimationActive={false}
              dataKey={intent}
              name={INTENT_LABELS[intent]}
              stackId="intents"
              fill={COLORS[i % COLORS.length]}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function CountChart(props: {
  rows: { label: string; count: number }[];
  testId: string;
  name: string;
}) {
  if (props.rows.length === 0)
    return (
      <p className="text-sm text-muted-foreground" data-testid={props.testId}>
        Belum ada data pada periode ini.
      </p>
    );
  return (
    <div style={{ height: 40 + props.rows.length * 32 }} className="w-full" data-testid={props.testId}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={props.rows} layout="vertical" margin={{ top: 0, right: 16, left: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Bar
            isAnimationActive={false}
            dataKey="count"
            name={props.name}
            fill="oklch(0.6 0.13 160)"
            radius={[0, 3, 3, 0]}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
