// Log Aktivitas: who did what and when, with the state before and after; filterable by action and user.
import Link from 'next/link';
import { Button } from '../../../components/ui/button.tsx';
import { Input, Select } from '../../../components/ui/input.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '../../../components/ui/table.tsx';
import { ROLE_LABELS, type Role } from '../../../domain/access.ts';
import { formatDateTime } from '../../../domain/format.ts';
import { ACTION_LABELS, listActivity } from '../../../server/activity.ts';
import { db } from '../../../server/db.ts';
import { pageAccess } from '../../../server/http/current-user.ts';

export const metadata = { title: 'Log Aktivitas' };

type Search = Promise<{ action?: string; user?: string; before?: string }>;

function brief(v: unknown): string {
  if (v === null || v === undefined) return '';
  const text = JSON.stringify(v);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export default async function AktivitasPage({ searchParams }: { searchParams: Search }) {
  const { villageId } = await pageAccess('activity:read');
  const q = await searchParams;
  const before = q.before && !Number.isNaN(Date.parse(q.before)) ? new Date(q.before) : undefined;
  const action = q.action && q.action in ACTION_LABELS ? q.action : undefined;
  const user = q.user?.trim().slice(0, 100) || undefined;
  const page = await listActivity(db(), { villageId, action, user, before, limit: 50 });
  const next = new URLSearchParams({ ...(action ? { action } : {}), ...(user ? { user } : {}) });
  if (page.nextBefore) next.set('before', page.nextBefore);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Log Aktivitas</h1>
      <form method="get" className="flex flex-wrap gap-2 rounded-lg border bg-card p-3">
        <Select name="action" defaultValue={action ?? ''} className="w-56" aria-label="Tindakan">
          <option value="">Semua tindakan</option>
          {Object.entries(ACTION_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </Select>
        <Input
          name="user"
          defaultValue={user}
          placeholder="E-mail pengguna"
          className="w-56"
          aria-label="Pengguna"
        />
        <Button type="submit" size="sm">
          Terapkan
        </Button>
      </form>
      <div className="rounded-lg border bg-card">
        <Table data-testid="activity-table">
          <TableHeader>
            <TableRow>
              <TableHead>Waktu (WIB)</TableHead>
              <TableHead>Pengguna</TableHead>
              <TableHead>Tindakan</TableHead>
              <TableHead>Sasaran</TableHead>
              <TableHead>Sebelum → sesudah</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {page.items.map((a) => (
              <TableRow key={a.id} data-action={a.action}>
                <TableCell className="whitespace-nowrap">{formatDateTime(a.at)}</TableCell>
                <TableCell>
                  <div>{a.userEmail}</div>
                  <div className="text-xs text-muted-foreground">
                    {a.role ? ROLE_LABELS[a.role as Role] : ''}
                  </div>
                </TableCell>
                <TableCell>{ACTION_LABELS[a.action] ?? a.action}</TableCell>
                <TableCell className="font-mono text-xs">{a.targetId ?? ''}</TableCell>
                <TableCell className="max-w-md font-mono text-xs break-all">
                  {a.before !== null && <span className="text-muted-foreground">{brief(a.before)} → </span>}
                  {brief(a.after)}
                </TableCell>
              </TableRow>
            ))}
            {page.items.length === 0 && (
              <TableRow>
                <TableCell colSpan={5} className="py-8 text-center text-muted-foreground">
                  Belum ada aktivitas.
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </div>
      {page.nextBefore && (
        <Link href={`/aktivitas?${next}`} className="text-sm text-primary underline">
          Lebih lama →
        </Link>
      )}
    </div>
  );
}
