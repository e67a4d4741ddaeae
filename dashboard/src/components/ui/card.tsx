// shadcn/ui's Card family.
import type { HTMLAttributes } from 'react';
import { cn } from './cn.ts';

type Div = HTMLAttributes<HTMLDivElement>;

export function Card({ className, ...p }: Div) {
  return <div className={cn('rounded-lg border bg-card text-card-foreground shadow-sm', className)} {...p} />;
}
export function CardHeader({ className, ...p }: Div) {
  return <div className={cn('flex flex-col gap-1 p-4 pb-2', className)} {...p} />;
}
export function CardTitle({ className, ...p }: Div) {
  return <div className={cn('text-sm font-medium text-muted-foreground', className)} {...p} />;
}
export function CardContent({ className, ...p }: Div) {
  return <div className={cn('p-4 pt-0', className)} {...p} />;
}
