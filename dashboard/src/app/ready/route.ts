// GET /ready: 200 when gc_dashboard answers and every migration in prisma/migrations is applied.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { db } from '../../server/db.ts';

export const dynamic = 'force-dynamic';

function migrationNames(): string[] {
  const dir = path.join(process.cwd(), 'prisma', 'migrations');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
}

export async function GET() {
  const checks: Record<string, string> = {};
  try {
    const rows = await db().$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    checks.db = 'ok';
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = migrationNames().filter((m) => !applied.has(m));
    checks.migrations = pending.length === 0 ? 'ok' : `pending: ${pending.join(', ')}`;
  } catch (err) {
    checks.db = `unavailable: ${err instanceof Error ? err.message.slice(0, 200) : String(err)}`;
  }
  const ok = Object.values(checks).every((v) => v === 'ok');
  return Response.json({ status: ok ? 'ready' : 'not ready', checks }, { status: ok ? 200 : 503 });
}
