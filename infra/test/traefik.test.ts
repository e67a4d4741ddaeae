// Traefik's configuration parses, and routes the public surface only: /internal/* and the services'
// own /metrics, /health and /ready are never reachable through it.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listFiles, loadCompose, readText, readYaml } from './repo.ts';

interface Router {
  rule: string;
  service: string;
  middlewares?: string[];
  entryPoints?: string[];
  priority?: number;
}

/** The file provider renders Go templates; only `{{ env "X" }}` is used. */
const render = (text: string) =>
  text.replace(/\{\{ env "([A-Z_]+)" \}\}/g, (_m, key: string) => (key === 'DOMAIN' ? 'gov.example' : ''));

const dynamic = listFiles('traefik/dynamic').map(
  (f) =>
    parse(render(readText(f))) as {
      http?: {
        routers?: Record<string, Router>;
        middlewares?: Record<string, unknown>;
        services?: Record<string, { loadBalancer: { servers: { url: string }[] } }>;
      };
    },
);
const fileRouters = Object.assign({}, ...dynamic.map((d) => d.http?.routers ?? {})) as Record<string, Router>;
const middlewares = Object.assign({}, ...dynamic.map((d) => d.http?.middlewares ?? {})) as Record<
  string,
  unknown
>;
const fileServices = Object.assign({}, ...dynamic.map((d) => d.http?.services ?? {}));

/** Routers defined by compose labels (the Docker provider), e.g. Grafana's. */
function labelRouters(): Record<string, Router> {
  const routers: Record<string, Router> = {};
  for (const [name, s] of Object.entries(loadCompose().services)) {
    const labels = s.labels ?? {};
    if (labels['traefik.enable'] !== 'true') continue;
    for (const [key, value] of Object.entries(labels)) {
      const m = /^traefik\.http\.routers\.([^.]+)\.rule$/.exec(key);
      if (m)
        routers[m[1]!] = {
          rule: value.replace('${DOMAIN}', 'gov.example'),
          service: name,
          priority: Number(labels[`traefik.http.routers.${m[1]}.priority`] ?? 0),
        };
    }
  }
  return routers;
}

/** Evaluates the subset of Traefik's rule language the config uses: Host, Path, PathPrefix, !, &&. */
function matches(rule: string, host: string, path: string): boolean {
  return rule.split('&&').every((raw) => {
    const term = raw.trim();
    const negated = term.startsWith('!');
    const m = /^!?(Host|Path|PathPrefix)\(`([^`]*)`\)$/.exec(term);
    if (!m) throw new Error(`rule term not understood: ${term}`);
    const [, fn, arg] = m;
    const ok = fn === 'Host' ? host === arg : fn === 'Path' ? path === arg : path.startsWith(arg!);
    return negated ? !ok : ok;
  });
}

function route(path: string, host = 'gov.example'): string | undefined {
  const all = { ...fileRouters, ...labelRouters() };
  const hits = Object.entries(all).filter(([, r]) => matches(r.rule, host, path));
  hits.sort(([, a], [, b]) => (b.priority ?? b.rule.length) - (a.priority ?? a.rule.length));
  return hits[0]?.[1].service;
}

describe('traefik', () => {
  it('when the static configuration is read, then it has 80 and 443, a labelled-only Docker provider, ACME, JSON access logs and metrics', () => {
    const conf = readYaml<Record<string, any>>('traefik/traefik.yml'); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(conf.entryPoints.web.address).toBe(':80');
    expect(conf.entryPoints.websecure.address).toBe(':443');
    expect(conf.entryPoints.web.http.redirections.entryPoint.to).toBe('websecure');
    expect(conf.providers.docker.exposedByDefault).toBe(false);
    expect(conf.providers.file.directory).toBe('/etc/traefik/dynamic');
    expect(conf.certificatesResolvers.letsencrypt.acme.httpChallenge.entryPoint).toBe('web');
    expect(conf.accessLog.format).toBe('json');
    expect(conf.accessLog.fields.names.RequestPath).toBe('drop');
    expect(conf.metrics.prometheus.entryPoint).toBe('metrics');
    expect(conf.ping.entryPoint).toBe('metrics');
  });

  it.each([
    ['/webhook/whatsapp', 'channel-service'],
    ['/open311/v2/services.json', 'case-service'],
    ['/open311/v2/requests/LAP-20261122-001.json', 'case-service'],
    ['/', 'dashboard'],
    ['/login', 'dashboard'],
    ['/grafana/d/govconnect-logs', 'grafana'],
  ])('when a client asks for %s, then %s answers', (path, service) => {
    expect(route(path)).toBe(service);
  });

  it.each(['/internal/complaints', '/internal', '/internal/messages/send', '/metrics'])(
    'when a client asks for %s, then no router matches and Traefik answers 404',
    (path) => {
      expect(route(path)).toBeUndefined();
    },
  );

  it('when another host is asked for, then nothing is routed', () => {
    expect(route('/', 'evil.example')).toBeUndefined();
  });

  it('when a router is defined, then it is HTTPS, its middlewares exist, and its service points at the service port', () => {
    for (const [name, r] of Object.entries(fileRouters)) {
      expect(r.entryPoints, name).toEqual(['websecure']);
      for (const m of r.middlewares ?? []) expect(middlewares[m], `${name}: ${m}`).toBeDefined();
    }
    expect(fileServices['channel-service'].loadBalancer.servers[0].url).toBe('http://channel-service:3001');
    expect(fileServices['case-service'].loadBalancer.servers[0].url).toBe('http://case-service:3003');
    expect(fileServices.dashboard.loadBalancer.servers[0].url).toBe('http://dashboard:3000');
    expect(fileRouters['whatsapp-webhook']!.middlewares).toContain('webhook-rate-limit');
    expect(fileRouters.open311!.middlewares).toContain('public-api-rate-limit');
  });

  it('when the public API and the webhook are rate limited, then the webhook is the more generous', () => {
    const avg = (name: string) => (middlewares[name] as { rateLimit: { average: number } }).rateLimit.average;
    expect(avg('webhook-rate-limit')).toBeGreaterThan(avg('public-api-rate-limit') * 10);
    // One Meta address may deliver a number's full 1,000 messages/s: none of them may get a 429.
    expect(avg('webhook-rate-limit')).toBeGreaterThanOrEqual(1000);
  });
});
