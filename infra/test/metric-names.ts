// Which metric names exist: those the code defines (prom-client `name: '...'`), prom-client's
// default process metrics, and the exporters' families the dashboards may use.
import { readFileSync } from 'node:fs';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { listFiles } from './repo.ts';

/** Third-party exporters scraped by supporting/prometheus/prometheus.yml, by metric name prefix. */
export const EXPORTER_PREFIXES = ['traefik_', 'rabbitmq_', 'pg_', 'loki_', 'prometheus_'];

/** Names of metrics another engineer is adding now; a panel or rule may use them first. */
export const PENDING_METRICS = ['ai_nlu_fallback_total'];

export async function exportedMetricNames(): Promise<Set<string>> {
  const names = new Set<string>(['up']);
  const sources = ['services', 'packages', 'supporting/wa-simulator', 'dashboard/src'].flatMap((dir) =>
    listFiles(dir).filter(
      (f) =>
        /\/src\/.*\.ts$|^dashboard\/src\/.*\.ts$/.test(f) &&
        !f.includes('/generated/') &&
        !f.endsWith('.test.ts') &&
        !f.includes('node_modules'),
    ),
  );
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    if (!/prom-client|@govconnect\/service-kit/.test(text)) continue;
    for (const m of text.matchAll(/name: '([a-z_:][a-z0-9_:]*)'/g)) names.add(m[1]!);
  }
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  for (const metric of await registry.getMetricsAsJSON()) names.add(metric.name);
  return names;
}

const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'and',
  'or',
  'unless',
  'offset',
  'bool',
  'le',
  'inf',
  'nan',
]);

/** The metric names a PromQL expression reads (labels, functions, strings and ranges left out). */
export function metricsIn(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, '""')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\boffset\s+\S+/g, '')
    .replace(/(?<![\w:])\d[\w.]*/g, '')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '');
  const names = [...bare.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\()?/g)]
    .filter((m) => !m[2] && !KEYWORDS.has(m[1]!.toLowerCase()) && !m[1]!.startsWith('$'))
    .map((m) => m[1]!);
  return [...new Set(names)];
}

/** A histogram's series share its base name. */
export const baseName = (name: string) => name.replace(/_(bucket|sum|count)$/, '');
