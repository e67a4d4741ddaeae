import { Router } from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentRequestId, enrichContext } from '../context.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';

let running: TestApp | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function start(options: Parameters<typeof startTestApp>[0] = {}): Promise<TestApp> {
  running = await startTestApp(options);
  return running;
}

describe('request id', () => {
  it('when the caller sends a well-formed x-request-id, then it is echoed and used as the context id', async () => {
    const { url } = await start({
      routes: (app) => app.get('/whoami', (_req, res) => res.json({ requestId: currentRequestId() })),
    });
    const res = await fetch(`${url}/whoami`, { headers: { 'x-request-id': 'wa-msg:abc.123-XYZ' } });
    expect(res.headers.get('x-request-id')).toBe('wa-msg:abc.123-XYZ');
    expect(await res.json()).toEqual({ requestId: 'wa-msg:abc.123-XYZ' });
  });

  it('when the caller sends no id or a malformed one, then a new uuid is created and echoed', async () => {
    const { url } = await start();
    const none = await fetch(`${url}/health`);
    const bad = await fetch(`${url}/health`, { headers: { 'x-request-id': 'evil\tinjected line {}' } });
    const tooLong = await fetch(`${url}/health`, { headers: { 'x-request-id': 'a'.repeat(129) } });
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(none.headers.get('x-request-id')).toMatch(uuid);
    expect(bad.headers.get('x-request-id')).toMatch(uuid);
    expect(tooLong.headers.get('x-request-id')).toMatch(uuid);
  });

  it('when a route logs, then its line and the access log line carry the request id and village', async () => {
    const { url, logs } = await start({
      routes: (app) =>
        app.post('/internal/complaints/:id', async (req, res) => {
          enrichContext({ villageId: 'desa-sukamaju', fields: { complaintId: String(req.params.id) } });
          await new Promise((resolve) => setTimeout(resolve, 5));
          logs.logger.info('complaint updated');
          res.status(204).end();
        }),
    });
    const res = await fetch(`${url}/internal/complaints/LAP-20261118-007`, {
      method: 'POST',
      headers: { 'x-request-id': 'req-42' },
    });
    expect(res.status).toBe(204);
    await vi.waitFor(() => expect(logs.records().filter((r) => r.requestId === 'req-42')).toHaveLength(2));
    const [routeLine, accessLine] = logs.records().filter((r) => r.requestId === 'req-42');
    expect(routeLine).toMatchObject({ msg: 'complaint updated', villageId: 'desa-sukamaju' });
    expect(accessLine).toMatchObject({
      level: 'info',
      method: 'POST',
      route: '/internal/complaints/:id',
      path: '/internal/complaints/LAP-20261118-007',
      status: 204,
      villageId: 'desa-sukamaju',
      complaintId: 'LAP-20261118-007',
    });
    expect(accessLine?.durationMs).toEqual(expect.any(Number));
  });
});

describe('probes', () => {
  it('when /health is called, then it answers 200 with the service name', async () => {
    const { url } = await start({ service: 'case-service' });
    const res = await fetch(`${url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', service: 'case-service' });
  });

  it('when every readiness check passes, then /ready answers 200 listing them', async () => {
    const { url } = await start({
      readiness: [
        { name: 'db', check: async () => undefined },
        { name: 'broker', check: async () => undefined },
      ],
    });
    const res = await fetch(`${url}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready', checks: { db: 'ok', broker: 'ok' } });
  });

  it('when a check fails or times out, then /ready answers 503 saying which and why', async () => {
    const { url } = await start({
      readiness: [
        {
          name: 'db',
          check: async () => Promise.reject(new Error('connect ECONNREFUSED postgres://app:pw@db')),
        },
        { name: 'broker', check: () => new Promise(() => {}), timeoutMs: 50 },
        { name: 'migrations', check: async () => undefined },
      ],
    });
    const started = Date.now();
    const res = await fetch(`${url}/ready`);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 503,
      code: 'NOT_READY',
      checks: {
        db: 'connect ECONNREFUSED postgres://app:[REDACTED]@db',
        broker: 'timed out after 50 ms',
        migrations: 'ok',
      },
    });
    expect(body.detail).toContain('db (connect ECONNREFUSED');
    expect(body.detail).toContain('broker (timed out after 50 ms)');
  });

  it('when /metrics is scraped, then requests are counted by route template, never by raw path', async () => {
    const { url } = await start({
      routes: (app) => app.get('/internal/complaints/:id', (_req, res) => res.json({})),
    });
    await fetch(`${url}/internal/complaints/LAP-20261118-001`);
    await fetch(`${url}/internal/complaints/LAP-20261118-002`);
    await fetch(`${url}/no/such/route/6281234567890`);
    await vi.waitFor(async () => {
      const text = await (await fetch(`${url}/metrics`)).text();
      expect(text).toContain(
        'http_requests_total{method="GET",route="/internal/complaints/:id",status="200",service="test-service"} 2',
      );
      expect(text).toContain(
        'http_requests_total{method="GET",route="unmatched",status="404",service="test-service"} 1',
      );
      expect(text).toContain(
        'http_request_duration_seconds_count{service="test-service",method="GET",route="/internal/complaints/:id",status="200"} 2',
      );
      expect(text).not.toContain('LAP-20261118');
      expect(text).not.toContain('6281234567890');
    });
  });

  it('when a route under a mounted router fails, then the metric still has the full template', async () => {
    const { url, metrics } = await start({
      routes: (app) => {
        const router = Router();
        router.get('/:id', () => {
          throw new Error('boom');
        });
        app.use('/internal/notifications', router);
      },
    });
    await fetch(`${url}/internal/notifications/abc`);
    await vi.waitFor(async () => {
      const metric = await metrics.registry.getSingleMetricAsString('http_requests_total');
      expect(metric).toContain('route="/internal/notifications/:id",status="500"');
    });
  });
});
