// The conformance suite every hosted service runs against the real PostgreSQL and RabbitMQ:
// it migrates an empty database to exactly its schema.prisma, reports ready, serves probes and
// metrics, renders problem+json, refuses development secrets in production, and stops cleanly.
import { createTestDatabase, diffDatabaseToSchema, type TestDatabase } from '@govconnect/db-migrate';
import { ConfigError, type Env } from '@govconnect/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService, StartServiceOptions, HostedDb } from '../start-service.ts';

/** What the suite may override when it starts a service: only the broker's exchange names. */
export type HostOverrides = Pick<StartServiceOptions<HostedDb>, 'messaging'>;

export interface HostedServiceUnderTest<TDb extends HostedDb> {
  service: string;
  schemaPath: string;
  loadConfig: (env: Env) => unknown;
  start: (env: Env, overrides: HostOverrides) => Promise<RunningService<TDb>>;
}

export function testEnv(databaseUrl: string, extra: Env = {}): Env {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    RABBITMQ_URL: process.env.TEST_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
    ...extra,
  };
}

/** Exchanges of the test's own, so tests never publish into a running system's exchange. */
export function testExchanges(prefix: string) {
  const id = crypto.randomUUID().slice(0, 8);
  return { exchange: `${prefix}.${id}.events`, deadLetterExchange: `${prefix}.${id}.dlx` };
}

async function waitForReady(url: string, timeoutMs = 15_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  let last: Response | undefined;
  while (Date.now() < deadline) {
    last = await fetch(`${url}/ready`);
    if (last.ok) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last!;
}

export function describeHostedService<TDb extends HostedDb>(sut: HostedServiceUnderTest<TDb>): void {
  describe(`${sut.service} on the service host`, () => {
    let db: TestDatabase;
    let running: RunningService<TDb>;

    beforeAll(async () => {
      db = await createTestDatabase(sut.service.replace(/-/g, '_'));
      running = await sut.start(testEnv(db.url), { messaging: { topology: testExchanges(sut.service) } });
    });

    afterAll(async () => {
      await running?.stop();
      await db?.drop();
    });

    it('when it starts on an empty database, then its migrations produce exactly what schema.prisma declares', async () => {
      expect(await diffDatabaseToSchema({ databaseUrl: db.url, schemaPath: sut.schemaPath })).toBe('');
    });

    it('when the database, the broker and the migrations are in place, then it reports ready', async () => {
      const res = await waitForReady(running.url);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { checks: Record<string, string> };
      expect(body.checks).toEqual({ database: 'ok', broker: 'ok', migrations: 'ok' });
      const health = await fetch(`${running.url}/health`);
      expect(await health.json()).toMatchObject({ status: 'ok', service: sut.service });
    });

    it('when a route is unknown, then the answer is a problem+json 404 carrying the request id', async () => {
      const res = await fetch(`${running.url}/nope`, { headers: { 'x-request-id': 'conformance-1' } });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.headers.get('x-request-id')).toBe('conformance-1');
      expect(await res.json()).toMatchObject({ status: 404, requestId: 'conformance-1' });
    });

    it('when Prometheus scrapes it, then HTTP and messaging metrics are there', async () => {
      await fetch(`${running.url}/health`);
      const text = await (await fetch(`${running.url}/metrics`)).text();
      expect(text).toMatch(/http_requests_total\{[^}]*route="\/health"/);
      expect(text).toContain('messaging_outbox_backlog');
    });

    it('when NODE_ENV is production and secrets are development defaults, then it refuses to start', () => {
      const attempt = () => sut.loadConfig({ NODE_ENV: 'production', INTERNAL_API_KEY: 'dev-internal-key' });
      expect(attempt).toThrow(ConfigError);
      try {
        attempt();
      } catch (err) {
        for (const key of ['INTERNAL_API_KEY', 'DATABASE_URL', 'RABBITMQ_URL'])
          expect(String(err)).toContain(key);
      }
    });

    it('when its database does not exist, then it still starts and reports not ready, naming the database', async () => {
      const broken = await sut.start(
        testEnv(db.url.replace(/\/[^/]+$/, '/gc_does_not_exist'), { MIGRATE_ON_START: 'false' }),
        { messaging: { topology: testExchanges(sut.service) } },
      );
      try {
        const res = await fetch(`${broken.url}/ready`);
        expect(res.status).toBe(503);
        expect(JSON.stringify(await res.json())).toMatch(/database/);
      } finally {
        await broken.stop();
      }
    });

    it('when it is stopped, then it stops listening', async () => {
      const second = await sut.start(testEnv(db.url), {
        messaging: { topology: testExchanges(sut.service) },
      });
      await waitForReady(second.url);
      await second.stop();
      await expect(fetch(`${second.url}/health`)).rejects.toThrow();
    });
  });
}
