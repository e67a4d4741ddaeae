import { request } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { serveHttp } from './serve-http.ts';

function get(url: string): Promise<{ status: number; body: string; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
    })
      .on('error', reject)
      .end();
  });
}

function connectionOutcome(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
  });
}

describe('serveHttp', () => {
  it('when stopping during a slow request, then that request completes while new connections are refused', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let arrived!: () => void;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    const server = await serveHttp(
      async (_req, res) => {
        arrived();
        await released;
        res.end('finished');
      },
      0,
      '127.0.0.1',
      { drainTimeoutMs: 5_000 },
    );

    const inFlight = get(`${server.url}/slow`);
    await requestArrived;
    let stopped = false;
    const stopping = server.stop().then(() => (stopped = true));

    expect(await connectionOutcome(server.port)).toBe('ECONNREFUSED');
    expect(stopped).toBe(false);
    release();
    expect(await inFlight).toEqual({ status: 200, body: 'finished', connection: 'close' });
    await stopping;
    expect(stopped).toBe(true);
  });

  it('when a client keeps an idle keep-alive connection, then stop does not wait for it', async () => {
    const server = await serveHttp((_req, res) => res.end('ok'), 0, '127.0.0.1', { drainTimeoutMs: 5_000 });
    const res = await fetch(server.url);
    expect(await res.text()).toBe('ok');
    const started = Date.now();
    await server.stop();
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('when a request outlives the drain timeout, then its connection is destroyed and stop resolves', async () => {
    let arrived!: () => void;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    const server = await serveHttp(() => arrived(), 0, '127.0.0.1', { drainTimeoutMs: 100 });
    const hanging = get(server.url).then(
      () => 'answered',
      (err: NodeJS.ErrnoException) => err.code,
    );
    await requestArrived;
    const started = Date.now();
    await server.stop();
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(await hanging).toBe('ECONNRESET');
  });
});
