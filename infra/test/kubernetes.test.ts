// infra/: the kustomize overlays resolve, every object validates against the Kubernetes API schema
// (kubernetes-models), the probes and autoscaling are as designed, and only public paths are routed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { build, type K8sObject } from './kustomize.ts';
import { readYaml, repoPath } from './repo.ts';

const require = createRequire(import.meta.url);
const MODELS: Record<string, string> = {
  'v1/ConfigMap': 'kubernetes-models/v1/ConfigMap',
  'v1/Service': 'kubernetes-models/v1/Service',
  'v1/PersistentVolumeClaim': 'kubernetes-models/v1/PersistentVolumeClaim',
  'apps/v1/Deployment': 'kubernetes-models/apps/v1/Deployment',
  'policy/v1/PodDisruptionBudget': 'kubernetes-models/policy/v1/PodDisruptionBudget',
  'autoscaling/v2/HorizontalPodAutoscaler': 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler',
  'networking.k8s.io/v1/Ingress': 'kubernetes-models/networking.k8s.io/v1/Ingress',
};

function validate(o: K8sObject): void {
  if (o.apiVersion === 'traefik.io/v1alpha1') {
    expect(o.kind).toBe('Middleware');
    expect(Object.keys(o.spec ?? {}).length).toBe(1);
    return;
  }
  const module = MODELS[`${o.apiVersion}/${o.kind}`];
  if (!module) throw new Error(`no schema for ${o.apiVersion} ${o.kind}`);
  const Model = (require(module) as Record<string, new (x: unknown) => { validate(): void }>)[o.kind]!;
  new Model(o).validate();
}

const overlays = ['staging', 'production'] as const;
const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;

describe.each(overlays)('infra/overlays/%s', (overlay) => {
  const objects = build(`infra/overlays/${overlay}`);
  const byKind = (kind: string) => objects.filter((o) => o.kind === kind);

  it('when resolved, then every object validates against the Kubernetes API schema, in the govconnect namespace', () => {
    expect(objects.length).toBeGreaterThan(20);
    for (const o of objects) {
      expect(() => validate(o), `${o.kind}/${o.metadata.name}`).not.toThrow();
      expect(o.metadata.namespace).toBe('govconnect');
    }
  });

  it('when a workload runs, then it has /health liveness, a readiness probe, resources, config refs, a Service and a PDB', () => {
    const deployments = byKind('Deployment');
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([
      'ai-service',
      'case-service',
      'channel-service',
      'dashboard',
      'notification-service',
    ]);
    for (const d of deployments) {
      const c = d.spec.template.spec.containers[0];
      expect(c.livenessProbe.httpGet.path).toBe('/health');
      expect(c.readinessProbe.httpGet.path).toBe(d.metadata.name === 'dashboard' ? '/health' : '/ready');
      expect(c.resources.requests.cpu).toBeDefined();
      expect(c.resources.limits.memory).toBeDefined();
      expect(
        c.envFrom.map(
          (e: { configMapRef?: { name: string }; secretRef?: { name: string } }) =>
            e.configMapRef?.name ?? e.secretRef?.name,
        ),
      ).toEqual(['govconnect-config', `${d.metadata.name}-secrets`]);
      expect(c.image).toMatch(new RegExp(`^ghcr\\.io/govconnect/${d.metadata.name}:`));
      expect(d.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
      expect(byKind('Service').some((s) => s.metadata.name === d.metadata.name)).toBe(true);
      expect(byKind('PodDisruptionBudget').some((s) => s.metadata.name === d.metadata.name)).toBe(true);
    }
  });

  it('when load grows, then channel and ai scale on CPU, and nothing else does', () => {
    const hpas = byKind('HorizontalPodAutoscaler');
    expect(hpas.map((h) => h.spec.scaleTargetRef.name).sort()).toEqual(['ai-service', 'channel-service']);
    for (const h of hpas) expect(h.spec.metrics[0].resource.name).toBe('cpu');
  });

  it('when the Ingresses are read, then they route the public paths only, and rewrite /internal away', () => {
    const paths = byKind('Ingress').flatMap((i) =>
      i.spec.rules[0].http.paths.map(
        (p: { path: string; backend: { service: { name: string } } }) =>
          `${p.path} -> ${p.backend.service.name}`,
      ),
    );
    expect(paths.sort()).toEqual([
      '/ -> dashboard',
      '/open311/v2/ -> case-service',
      '/webhook/whatsapp -> channel-service',
    ]);
    const block = objects.find((o) => o.kind === 'Middleware' && o.metadata.name === 'block-internal')!;
    const regex = new RegExp(block.spec.replacePathRegex.regex);
    expect(regex.test('/internal/complaints')).toBe(true);
    expect(regex.test('/metrics')).toBe(true);
    expect(regex.test('/internal-docs')).toBe(false);
    const dashboard = byKind('Ingress').find((i) => i.metadata.name === 'dashboard')!;
    expect(dashboard.metadata.annotations!['traefik.ingress.kubernetes.io/router.middlewares']).toContain(
      'govconnect-block-internal@kubernetescrd',
    );
  });

  it('when the Kubernetes middlewares limit the public routes, then they have the compose Traefik policy', () => {
    const compose = readYaml<{ http: { middlewares: Record<string, { rateLimit?: unknown }> } }>(
      'traefik/dynamic/middlewares.yml',
    ).http.middlewares;
    for (const name of ['webhook-rate-limit', 'public-api-rate-limit', 'dashboard-rate-limit']) {
      const k8s = objects.find((o) => o.kind === 'Middleware' && o.metadata.name === name);
      expect(k8s?.spec.rateLimit, name).toEqual(compose[name]!.rateLimit);
    }
  });

  it.skipIf(!kubectl)(
    'when kubectl kustomize builds the same overlay, then it agrees with this resolver',
    () => {
      const run = spawnSync('kubectl', ['kustomize', repoPath('infra/overlays', overlay)], {
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      const theirs = parseAllDocuments(run.stdout).map((d) => d.toJS() as K8sObject);
      const key = (o: K8sObject) => `${o.kind}/${o.metadata.name}`;
      const sort = (list: K8sObject[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
      expect(sort(objects)).toEqual(sort(theirs));
    },
  );
});
