// Aggregates over one village's complaints for the dashboard and for the overdue metric.
import { Prisma } from '../generated/prisma/client.ts';
import { overdueSql } from './complaint-search.repository.ts';
import type { Tx } from './tx.ts';

export interface StatsRange {
  villageId: string;
  from: Date;
  to: Date;
}

const inRange = (r: StatsRange) =>
  Prisma.sql`village_id = ${r.villageId} AND created_at >= ${r.from} AND created_at < ${r.to}`;

export async function countBy(tx: Tx, r: StatsRange, column: 'status' | 'category') {
  const col = Prisma.raw(column);
  const rows = await tx.$queryRaw<{ key: string; n: number }[]>`
    SELECT ${col} AS key, count(*)::int AS n FROM complaints WHERE ${inRange(r)} GROUP BY ${col} ORDER BY ${col}`;
  return Object.fromEntries(rows.map((row) => [row.key, row.n]));
}

/** Complaints per distinct stored address (null included), for the domain to fold into areas. */
export async function countByAddress(tx: Tx, r: StatsRange) {
  return tx.$queryRaw<{ address: string | null; count: number }[]>`
    SELECT address, count(*)::int AS count FROM complaints WHERE ${inRange(r)} GROUP BY address`;
}

/** Complaints created per Asia/Jakarta day, and how many of those are resolved by now. */
export async function dailySeries(tx: Tx, r: StatsRange) {
  return tx.$queryRaw<{ date: string; created: number; resolved_so_far: number }[]>`
    SELECT to_char(created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS date,
           count(*)::int AS created, count(resolved_at)::int AS resolved_so_far
    FROM complaints WHERE ${inRange(r)} GROUP BY 1 ORDER BY 1`;
}

export async function durationsAndSla(tx: Tx, r: StatsRange) {
  const [row] = await tx.$queryRaw<
    {
      median_verify_s: number | null;
      median_resolve_s: number | null;
      verified: number;
      verified_on_time: number;
      resolved: number;
      resolved_on_time: number;
    }[]
  >`
    SELECT
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM verified_at - created_at))::float8 AS median_verify_s,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - created_at))::float8 AS median_resolve_s,
      count(verified_at)::int AS verified,
      count(*) FILTER (WHERE verified_at <= verification_due_at)::int AS verified_on_time,
      count(resolved_at)::int AS resolved,
      count(*) FILTER (WHERE resolved_at <= resolution_due_at)::int AS resolved_on_time
    FROM complaints WHERE ${inRange(r)}`;
  return row!;
}

export async function countOverdue(tx: Tx, villageId: string, now: Date): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM complaints WHERE village_id = ${villageId} AND ${overdueSql(now)}`;
  return row!.n;
}

/** Overdue complaints of every village, for the Prometheus gauge. */
export async function countOverdueByVillage(tx: Tx, now: Date) {
  return tx.$queryRaw<{ village_id: string; n: number }[]>`
    SELECT village_id, count(*)::int AS n FROM complaints WHERE ${overdueSql(now)} GROUP BY village_id`;
}
