import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { runWithContext } from '../context.ts';
import type { HttpServerHandle } from '../lifecycle/serve-http.ts';
import { captureLogs } from '../testing/capture-logs.ts';
import { startTestServer } from '../testing/start-test-app.ts';
import { createInternalClient, type InternalClientOptions } from './internal-client.ts';
import { UpstreamError } from './upstream-error.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

type Reply = (res: ServerResponse) => void;

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Reply =>
  (res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  };
const problem =
  (status: number, code: string, detail: string): Reply =>
  (res) => {
    res
      .writeHead(status, { 'content-type': 'application/problem+json' })
      .end(JSON.stringify({ type: `urn:x:${code}`, title: 'x', status, detail, code }));
  };
const silence: Reply = () => undefined;

let upstream: HttpServerHandle | undefined;
afterEach(async () => {
  await upstream?.stop();
  upstream = undefined;
});

/** A fake service answering with the given replies in turn (the last one repeats), recording each request. */
async function fakeService(...replies: Reply[]): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  upstream = await startTestServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const reply = replies[Math.min(seen.length, replies.length) - 1];
    req.resume();
    req.on('end', () => reply?.(res));
  }, 50);
  return { url: upstream.url, seen };
}

function client(baseURL: string, options: Partial<InternalClientOptions> = {}) {
  const logs = captureLogs();
  const http = createInternalClient({
    baseURL,
    apiKey: 'k-test',
    logger: logs.logger,
    backoffBaseMs: 5,
    ...options,
  });
  return { http, logs };
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UpstreamError);
  return err as UpstreamError;
}

describe('createInternalClient', () => {
  it('when called inside a request context, then it sends the internal key and that request id', async () => {
    const svc = await fakeService(json(200, { ok: true }));
    const { http } = client(svc.url);
    const res = await runWithContext({ requestId: 'req-77' }, () => http.get('/internal/complaints/1'));
    expect(res.data).toEqual({ ok: true });
    expect(svc.seen[0]?.headers).toMatchObject({ 'x-internal-api-key': 'k-test', 'x-request-id': 'req-77' });
  });

  it('when called outside any context, then it sends a fresh uuid as the request id', async () => {
    const svc = await fakeService(json(200, {}));
    await client(svc.url).http.get('/x');
    expect(svc.seen[0]?.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('when a GET gets a 503, then it retries with the same request id and returns the later success', async () => {
    const svc = await fakeService(json(503, {}), json(200, { n: 1 }));
    const { http, logs } = client(svc.url);
    const res = await http.get('/internal/complaints/stats');
    expect(res.data).toEqual({ n: 1 });
    expect(svc.seen).toHaveLength(2);
    expect(svc.seen[1]?.headers['x-request-id']).toBe(svc.seen[0]?.headers['x-request-id']);
    expect(logs.records()).toEqual([
      expect.objectContaining({
        level: 'warn',
        msg: 'internal call failed, retrying',
        status: 503,
        attempt: 1,
      }),
    ]);
  });

  it('when a GET keeps failing with 502/504, then it gives up after the configured retries', async () => {
    const svc = await fakeService(json(502, {}), json(504, {}));
    const err = await failure(client(svc.url, { retries: 2 }).http.get('/x'));
    expect(svc.seen).toHaveLength(3);
    expect(err).toMatchObject({ status: 504, code: 'UPSTREAM_HTTP_504', attempts: 3 });
  });

  it('when a POST without an Idempotency-Key gets a 503, then it is not retried', async () => {
    const svc = await fakeService(json(503, {}), json(201, {}));
    const err = await failure(client(svc.url).http.post('/internal/complaints', { a: 1 }));
    expect(svc.seen).toHaveLength(1);
    expect(err.status).toBe(503);
  });

  it('when a POST with an Idempotency-Key gets a 503, then it is retried with the same key and body', async () => {
    const svc = await fakeService(json(503, {}), json(201, { complaintId: 'LAP-20261118-001' }));
    const res = await client(svc.url).http.post(
      '/internal/complaints',
      { category: 'sampah' },
      { headers: { 'Idempotency-Key': 'conv-1:wamid.X' } },
    );
    expect(res.status).toBe(201);
    expect(svc.seen.map((s) => s.headers['idempotency-key'])).toEqual(['conv-1:wamid.X', 'conv-1:wamid.X']);
  });

  it.each([
    [500, 'INTERNAL_ERROR'],
    [404, 'COMPLAINT_NOT_FOUND'],
    [429, 'RATE_LIMITED'],
  ])('when a GET gets a %i, then it is not retried', async (status, code) => {
    const svc = await fakeService(problem(status, code, 'nope'), json(200, {}));
    const err = await failure(client(svc.url).http.get('/x'));
    expect(svc.seen).toHaveLength(1);
    expect(err.status).toBe(status);
  });

  it('when the service answers with problem+json, then the error carries its status, code and body', async () => {
    const svc = await fakeService(problem(409, 'ILLEGAL_TRANSITION', 'Cannot go from RESOLVED to RECEIVED.'));
    const err = await failure(client(svc.url).http.put('/internal/complaints/LAP-1', { status: 'RECEIVED' }));
    expect(err).toMatchObject({ status: 409, code: 'ILLEGAL_TRANSITION', method: 'PUT', attempts: 1 });
    expect(err.problem?.detail).toBe('Cannot go from RESOLVED to RECEIVED.');
    expect(err.message).toContain('Cannot go from RESOLVED to RECEIVED.');
  });

  it('when the service sends Retry-After, then the wait honours it up to the cap', async () => {
    const svc = await fakeService(json(503, {}, { 'retry-after': '120' }), json(200, {}));
    const started = Date.now();
    await client(svc.url, { maxRetryAfterMs: 80 }).http.get('/x');
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(75);
    expect(waited).toBeLessThan(1_000);
  });

  it('when the service does not answer in time, then the call fails with a timeout', async () => {
    const svc = await fakeService(silence);
    const started = Date.now();
    const err = await failure(client(svc.url, { timeoutMs: 60, retries: 0 }).http.post('/internal/nlu', {}));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(err).toMatchObject({ status: undefined, code: 'UPSTREAM_TIMEOUT' });
  });

  it('when a GET times out, then each retry gets its own timeout', async () => {
    const svc = await fakeService(silence, json(200, { late: false }));
    const res = await client(svc.url, { timeoutMs: 60, retries: 1 }).http.get('/x');
    expect(res.data).toEqual({ late: false });
    expect(svc.seen).toHaveLength(2);
  });

  it('when nothing listens, then a GET is retried and then fails as unreachable', async () => {
    const svc = await fakeService(json(200, {}));
    await upstream?.stop();
    upstream = undefined;
    const { http, logs } = client(svc.url, { retries: 1 });
    const err = await failure(http.get('/x'));
    expect(err).toMatchObject({ code: 'UPSTREAM_UNREACHABLE', attempts: 2 });
    expect(logs.records()[0]).toMatchObject({ reason: 'ECONNREFUSED' });
  });
});
