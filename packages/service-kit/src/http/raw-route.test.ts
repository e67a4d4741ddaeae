import { Agent, request } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentRequestId } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import type { RawRoute } from './raw-route.ts';

let running: TestApp | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

const seen: { body: string; requestId?: string }[] = [];

/** A raw POST /hook that echoes what it was given; `fail` makes it throw instead. */
function hook(fail?: () => never): RawRoute {
  return {
    method: 'POST',
    path: '/hook',
    maxBodyBytes: 1024,
    handle: async ({ body, headers }) => {
      seen.push({ body: body.toString('utf8'), requestId: currentRequestId() });
      if (fail) fail();
      return { status: 200, body: { bytes: body.length, type: headers['content-type'] ?? null } };
    },
  };
}

async function start(route: RawRoute): Promise<TestApp> {
  seen.length = 0;
  running = await startTestApp({
    routes: (app, addRawRoute) => {
      addRawRoute(route);
      app.get('/hook', (_req, res) => res.json({ via: 'express' }));
    },
  });
  return running;
}

describe('raw routes', () => {
  it('when the route is called, then the handler gets the exact bytes inside the request context and answers JSON', async () => {
    const { url } = await start(hook());
    const payload = '{ "x" : "é\\u00e9" ,\n "n": 1 }';
    const res = await fetch(`${url}/hook?ignored=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'meta-delivery-7' },
      body: payload,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-request-id')).toBe('meta-delivery-7');
    expect(await res.json()).toEqual({ bytes: Buffer.byteLength(payload), type: 'application/json' });
    expect(seen).toEqual([{ body: payload, requestId: 'meta-delivery-7' }]);
  });

  it('when another method or path is asked for, then Express answers it, with its 404 problem for unknown routes', async () => {
    const { url } = await start(hook());
    expect(await (await fetch(`${url}/hook`)).json()).toEqual({ via: 'express' });
    const missing = await fetch(`${url}/hook/more`, { method: 'POST', body: '{}' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(seen).toEqual([]);
  });

  it('when the body is over the limit, then it is 413 problem+json, the handler never runs and the connection serves the next request', async () => {
    const { url } = await start(hook());
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    // Written in pieces, so it goes chunked (no Content-Length): the limit is hit while reading.
    const post = (chunks: string[]) =>
      new Promise<{ status: number; body: string; socket: unknown }>((resolve, reject) => {
        const req = request(`${url}/hook`, { method: 'POST', agent }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, socket: req.socket }));
        });
        req.on('error', reject);
        for (const chunk of chunks) req.write(chunk);
        req.end();
      });
    const big = await post(Array.from({ length: 64 }, () => 'x'.repeat(32 * 1024)));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitBytes: 1024 });
    const small = await post(['{', '}']);
    expect(small.status).toBe(200);
    expect(small.socket).toBe(big.socket);
    expect(seen.map((s) => s.body)).toEqual(['{}']);
    agent.destroy();
  });

  it('when the body is compressed, then it is 415 naming the encoding', async () => {
    const { url } = await start(hook());
    const res = await fetch(`${url}/hook`, {
      method: 'POST',
      headers: { 'content-encoding': 'gzip' },
      body: 'not really gzip',
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ code: 'UNSUPPORTED_ENCODING' });
    expect(seen).toEqual([]);
  });

  it('when the handler throws an AppError, then its status and code come back as problem+json with the request id', async () => {
    const { url } = await start(
      hook(() => {
        throw AppError.unauthorized('INVALID_SIGNATURE', 'signature does not match');
      }),
    );
    const res = await fetch(`${url}/hook`, {
      method: 'POST',
      headers: { 'x-request-id': 'r-1' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await res.json()).toMatchObject({
      status: 401,
      code: 'INVALID_SIGNATURE',
      detail: 'signature does not match',
      instance: '/hook',
      requestId: 'r-1',
    });
  });

  it('when the handler fails unexpectedly, then it is a 500 with an errorId that is also logged, and the stack stays in the log', async () => {
    const { url, logs } = await start(
      hook(() => {
        throw new Error('database exploded at /var/lib/secret');
      }),
    );
    const res = await fetch(`${url}/hook`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(500);
    const problem = (await res.json()) as { code: string; errorId: string; detail: string };
    expect(problem.code).toBe('INTERNAL_ERROR');
    expect(problem.detail).not.toContain('exploded');
    await vi.waitFor(() =>
      expect(logs.records().find((r) => r.level === 'error')).toMatchObject({ errorId: problem.errorId }),
    );
  });

  it('when the reply cannot be written (a status out of range), then the error is logged and the connection closed', async () => {
    const { url, logs } = await start({ ...hook(), handle: async () => ({ status: 1000, body: {} }) });
    await expect(fetch(`${url}/hook`, { method: 'POST', body: '{}' })).rejects.toThrow();
    await vi.waitFor(() =>
      expect(logs.records().find((r) => r.level === 'error')).toMatchObject({
        msg: 'could not send the response',
        path: '/hook',
      }),
    );
    expect((await fetch(`${url}/hook`)).status).toBe(200);
  });

  it('when requests are answered, then they are counted by route and logged with their request id', async () => {
    const { url, logs, metrics } = await start(hook());
    await fetch(`${url}/hook`, { method: 'POST', headers: { 'x-request-id': 'm-1' }, body: '{}' });
    await fetch(`${url}/hook`, { method: 'POST', body: 'x'.repeat(2000) });
    await vi.waitFor(async () => {
      const text = await metrics.registry.getSingleMetricAsString('http_requests_total');
      expect(text).toContain('method="POST",route="/hook",status="200"');
      expect(text).toContain('method="POST",route="/hook",status="413"');
    });
    await vi.waitFor(() =>
      expect(logs.records().find((r) => r.requestId === 'm-1')).toMatchObject({
        msg: 'POST /hook 200',
        route: '/hook',
        path: '/hook',
        status: 200,
      }),
    );
  });
});
