// One figure of Beranda.
import { Card, CardContent, CardHeader, CardTitle } from '../ui/card.tsx';
import { cn } from '../ui/cn.ts';

export function StatCard(props: {
  label: string;
  value: number | null;
  suffix?: string;
  hint?: string;
  tone?: 'neutral' | 'danger';
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{props.label}</CardTitle>
      </CardHeader>
      <CardContent>
        <div
          className={cn('text-3xl font-semibold', props.tone === 'danger' && 'text-destructive')}
          data-testid={`stat-${props.label}`}
        >
          {props.value === null ? '—' : `${props.value}${props.suffix ?? ''}`}
        </div>
        {props.hint && <div className="mt-1 text-xs text-muted-foreground">{props.hint}</div>}
      </CardContent>
    </Card>
  );
}
