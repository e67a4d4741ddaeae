import { captureLogs } from '@govconnect/service-kit/testing';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createChannelClient } from './channel-client.ts';

let server: http.Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

/** A stand-in channel answering every request with one status and JSON body. */
async function channelAnswering(status: number, body: unknown): Promise<string> {
  server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const type = status >= 400 ? 'application/problem+json' : 'application/json';
      res.writeHead(status, { 'content-type': type }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

const client = (baseURL: string) =>
  createChannelClient({ baseURL, apiKey: 'k', logger: captureLogs().logger, timeoutMs: 2000 });
const send = (baseURL: string) =>
  client(baseURL).send('desa-sukamaju', '6281234567890', { text: 'x' }, 'key-1');

describe('channel client', () => {
  it('when nothing answers, then the attempt is retryable with the same key (the channel may have sent it)', async () => {
    const url = await channelAnswering(200, {});
    await new Promise<void>((r) => server!.close(() => r()));
    server = undefined;
    expect(await send(url)).toMatchObject({ kind: 'retryable', code: null, sameKey: true });
  });

  it('when a replayed key answers with an earlier failed message, then its code decides', async () => {
    const failed = (errorCode: number) => ({
      id: 'm1',
      wamid: null,
      status: 'failed',
      errorCode,
      errorTitle: 't',
    });
    expect(await send(await channelAnswering(200, failed(131026)))).toMatchObject({
      kind: 'permanent',
      code: 131026,
    });
    server!.close();
    expect(await send(await channelAnswering(200, failed(131016)))).toMatchObject({
      kind: 'retryable',
      code: 131016,
    });
    server!.close();
    expect(await send(await channelAnswering(200, failed(131047)))).toMatchObject({ kind: 'outside-window' });
  });

  it('when the channel answers 502 GRAPH_UNAVAILABLE or 404 VILLAGE_NOT_FOUND, then retryable and permanent', async () => {
    const problem = (status: number, code: string, extra = {}) => ({
      type: `urn:govconnect:problem:${code}`,
      title: code,
      status,
      code,
      detail: code,
      ...extra,
    });
    expect(
      await send(await channelAnswering(502, problem(502, 'GRAPH_UNAVAILABLE', { metaCode: 131000 }))),
    ).toMatchObject({
      kind: 'retryable',
      code: 131000,
    });
    server!.close();
    expect(await send(await channelAnswering(404, problem(404, 'VILLAGE_NOT_FOUND')))).toMatchObject({
      kind: 'permanent',
      code: null,
    });
  });
});
