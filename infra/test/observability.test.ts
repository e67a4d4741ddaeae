// Prometheus, its alert rules, Grafana's dashboards, Loki and Promtail: promtool checks the config
// and unit-tests the rules, and every dashboard query reads a metric the code or an exporter exports.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  EXPORTER_PREFIXES,
  PENDING_METRICS,
  baseName,
  exportedMetricNames,
  metricsIn,
} from './metric-names.ts';
import { listFiles, loadCompose, readText, readYaml, repoPath } from './repo.ts';
import { DEPLOYED_SERVICES, defaultPort } from './services.ts';

function promtool(...args: string[]) {
  const run = spawnSync('promtool', args, { cwd: repoPath('supporting/prometheus'), encoding: 'utf8' });
  if (run.error) throw new Error('promtool is missing: apt-get install -y prometheus (.ci/run installs it)');
  return run;
}

interface Panel {
  title: string;
  type: string;
  datasource?: { uid: string };
  targets?: { expr: string; datasource?: { uid: string } }[];
}
const dashboards = listFiles('supporting/grafana/dashboards').map((file) => ({
  file,
  json: JSON.parse(readText(file)) as {
    uid: string;
    title: string;
    panels: Panel[];
    templating: { list: { name: string; type: string }[] };
  },
}));

describe('prometheus', () => {
  it('when promtool checks the configuration and the rules, then both are valid', () => {
    const config = promtool('check', 'config', 'prometheus.yml');
    expect(config.status, config.stdout + config.stderr).toBe(0);
    const rules = promtool(
      'check',
      'rules',
      ...listFiles('supporting/prometheus/rules').map((f) => f.replace('supporting/prometheus/', '')),
    );
    expect(rules.status, rules.stdout + rules.stderr).toBe(0);
  });

  it('when promtool runs the alert rule unit tests, then every alert fires where it should and only there', () => {
    const run = promtool('test', 'rules', 'tests/govconnect.test.yml');
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const tested = new Set(
      [...readText('supporting/prometheus/tests/govconnect.test.yml').matchAll(/alertname: (\w+)/g)].map(
        (m) => m[1],
      ),
    );
    const defined = [
      ...readText('supporting/prometheus/rules/govconnect.yml').matchAll(/- alert: (\w+)/g),
    ].map((m) => m[1]);
    expect(defined.filter((a) => !tested.has(a) && a !== 'InfrastructureTargetDown')).toEqual([]);
  });

  it('when Prometheus scrapes the stack, then every service is a target on its config.ts port, and Traefik, RabbitMQ and PostgreSQL too', () => {
    const conf = readYaml<{
      scrape_configs: { job_name: string; static_configs: { targets: string[] }[] }[];
    }>('supporting/prometheus/prometheus.yml');
    const targets = Object.fromEntries(
      conf.scrape_configs.map((j) => [j.job_name, j.static_configs[0]!.targets[0]]),
    );
    for (const s of DEPLOYED_SERVICES) expect(targets[s.name]).toBe(`${s.name}:${defaultPort(s)}`);
    expect(targets.traefik).toBe('traefik:8082');
    expect(targets.rabbitmq).toBe('rabbitmq:15692');
    expect(targets.postgres).toBe('postgres-exporter:9187');
    expect(Object.keys(loadCompose().services)).toEqual(
      expect.arrayContaining(['postgres-exporter', 'prometheus', 'traefik']),
    );
  });
});

describe('grafana', () => {
  it('when the dashboards are provisioned, then each parses, has a unique uid, and uses the provisioned data sources', () => {
    const sources = readYaml<{ datasources: { uid: string }[] }>(
      'supporting/grafana/provisioning/datasources/datasources.yml',
    ).datasources.map((d) => d.uid);
    expect(new Set(dashboards.map((d) => d.json.uid)).size).toBe(dashboards.length);
    expect(dashboards.map((d) => d.file.split('/').pop()).sort()).toEqual([
      'ai.json',
      'cases.json',
      'logs.json',
      'system-overview.json',
      'whatsapp-pipeline.json',
    ]);
    for (const { json } of dashboards)
      for (const p of json.panels.filter((p) => p.type !== 'row'))
        expect(sources, `${json.title}: ${p.title}`).toContain(p.datasource?.uid);
  });

  it('when a panel queries Prometheus, then every metric it names is exported by the code or an exporter', async () => {
    const exported = await exportedMetricNames();
    const unknown: string[] = [];
    for (const { json } of dashboards)
      for (const p of json.panels)
        for (const t of p.targets ?? []) {
          if (p.datasource?.uid !== 'prometheus') continue;
          for (const name of metricsIn(t.expr)) {
            const known =
              exported.has(name) ||
              exported.has(baseName(name)) ||
              EXPORTER_PREFIXES.some((x) => name.startsWith(x)) ||
              PENDING_METRICS.includes(name);
            if (!known) unknown.push(`${json.title} / ${p.title}: ${name}`);
          }
        }
    expect(unknown).toEqual([]);
    expect(
      metricsIn(
        'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{route="/x"}[5m])))',
      ),
    ).toEqual(['http_request_duration_seconds_bucket']);
  });

  it('when the alert rules name metrics, then they too exist (or are being added)', async () => {
    const exported = await exportedMetricNames();
    const exprs = [
      ...readText('supporting/prometheus/rules/govconnect.yml').matchAll(
        /expr: (?:\|\n((?:\s{10}.*\n)+)|(.*))/g,
      ),
    ].map((m) => m[1] ?? m[2]!);
    const names = exprs.flatMap(metricsIn);
    expect(
      names.filter((n) => !exported.has(n) && !exported.has(baseName(n)) && !PENDING_METRICS.includes(n)),
    ).toEqual([]);
  });

  it('when someone searches the logs dashboard, then the search box filters every service by correlation id, wamid or complaint id', () => {
    const logs = dashboards.find((d) => d.json.uid === 'govconnect-logs')!.json;
    expect(logs.templating.list.find((v) => v.name === 'search')?.type).toBe('textbox');
    const queries = logs.panels.flatMap((p) => p.targets ?? []).map((t) => t.expr);
    expect(queries.filter((q) => q.includes('|= `$search`')).length).toBeGreaterThanOrEqual(2);
    for (const q of queries)
      expect(q).toMatch(/^(sum by \(service\) \(count_over_time\()?\{service=~"\$service"\}/);
  });
});

describe('loki and promtail', () => {
  it('when Promtail ships container logs, then service and level are labels and the rest stays in the line', () => {
    const conf = readYaml<{
      clients: { url: string }[];
      scrape_configs: {
        relabel_configs: { target_label: string }[];
        pipeline_stages: { match?: { stages: { labels?: Record<string, null> }[] } }[];
      }[];
    }>('supporting/promtail/promtail.yml');
    expect(conf.clients[0]!.url).toBe('http://loki:3100/loki/api/v1/push');
    const job = conf.scrape_configs[0]!;
    expect(job.relabel_configs.map((r) => r.target_label)).toContain('service');
    const labels = job.pipeline_stages
      .flatMap((s) => s.match?.stages ?? [])
      .flatMap((s) => Object.keys(s.labels ?? {}));
    expect(labels).toEqual(['level']);
    const loki = readYaml<{
      limits_config: { retention_period: string };
      compactor: { retention_enabled: boolean };
    }>('supporting/loki/loki.yml');
    expect(loki.compactor.retention_enabled).toBe(true);
  });
});
