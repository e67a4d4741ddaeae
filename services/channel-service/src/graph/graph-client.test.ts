// The Graph client's edges that the simulator does not produce: an unreachable or silent Graph API, and
// media larger than allowed. A local server answers in the Graph API's shape.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient, GraphError } from './graph-client.ts';

let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url?.endsWith('/silent/messages')) return; // never answers
    if (req.url?.endsWith('/refused/messages')) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error: {
            message: '(#100) Invalid parameter',
            code: 100,
            error_data: { details: 'to is not a number' },
          },
        }),
      );
      return;
    }
    if (req.url?.endsWith('/big')) {
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': '2048' });
      res.end(Buffer.alloc(2048));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ messaging_product: 'whatsapp', messages: [{ id: 'wamid.ok' }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const client = (url: string, timeoutMs = 2_000) =>
  createGraphClient({ baseUrl: url, version: 'v21.0', accessToken: 'token', timeoutMs });

describe('Graph client', () => {
  it('when the send is accepted, then it returns the wamid', async () => {
    await expect(client(baseUrl).sendMessage('123', { to: '62811' })).resolves.toBe('wamid.ok');
  });

  it("when Meta refuses the request, then the error carries Meta's status, code and details", async () => {
    const err = (await client(baseUrl)
      .sendMessage('refused', {})
      .catch((e: unknown) => e)) as GraphError;
    expect(err).toBeInstanceOf(GraphError);
    expect([err.status, err.code, err.title]).toEqual([400, 100, 'to is not a number']);
  });

  it('when the Graph API does not answer within the timeout, then it is a GraphError without a status', async () => {
    const err = (await client(baseUrl, 200)
      .sendMessage('silent', {})
      .catch((e: unknown) => e)) as GraphError;
    expect(err).toBeInstanceOf(GraphError);
    expect(err.status).toBeUndefined();
  });

  it('when the Graph API is unreachable, then it is a GraphError without a status', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const err = (await client(url)
      .sendMessage('123', {})
      .catch((e: unknown) => e)) as GraphError;
    expect(err).toBeInstanceOf(GraphError);
    expect(err.status).toBeUndefined();
  });

  it('when media is larger than allowed, then the download is refused', async () => {
    await expect(client(baseUrl).download(`${baseUrl}/big`, 1024)).rejects.toThrow(
      'media of 2048 bytes exceeds 1024',
    );
    await expect(client(baseUrl).download(`${baseUrl}/big`, 4096)).resolves.toHaveLength(2048);
  });
});
