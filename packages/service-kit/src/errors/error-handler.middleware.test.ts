import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { UpstreamError } from '../http-client/upstream-error.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { AppError } from './app-error.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({
    maxBodyBytes: '1kb',
    routes: (app) => {
      app.post('/echo', (req, res) => res.json(req.body));
      app.get('/complaints/:id', (req) => {
        throw AppError.notFound('COMPLAINT_NOT_FOUND', `No complaint ${req.params.id}.`, {
          complaintId: req.params.id,
        });
      });
      app.put('/complaints/:id', async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        throw AppError.conflict('ILLEGAL_TRANSITION', 'Cannot go from RESOLVED to RECEIVED.', {
          from: 'RESOLVED',
          to: 'RECEIVED',
          status: 'overridden?',
        });
      });
      app.get('/crash', async () => {
        throw new Error('db password=hunter2 exploded');
      });
      app.get('/zod-in-domain', () => {
        z.object({ n: z.number() }).parse({ n: 'x' });
      });
      app.get('/upstream', () => {
        throw new UpstreamError({
          method: 'GET',
          url: 'http://case-service:3003/internal/complaints/1',
          status: 401,
          code: 'INTERNAL_KEY_INVALID',
          detail: 'bad key',
          body: {},
          attempts: 1,
        });
      });
    },
  });
});
afterAll(() => t.stop());

async function problem(res: Response): Promise<Record<string, unknown>> {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await res.json()) as Record<string, unknown>;
}

describe('error responses', () => {
  it('when no route matches, then it is a 404 problem naming the method and path', async () => {
    const res = await fetch(`${t.url}/nope?token=abc`, { headers: { 'x-request-id': 'r-404' } });
    expect(res.status).toBe(404);
    expect(await problem(res)).toEqual({
      type: 'urn:govconnect:problem:route-not-found',
      title: 'Not Found',
      status: 404,
      detail: 'No route for GET /nope.',
      code: 'ROUTE_NOT_FOUND',
      instance: '/nope',
      requestId: 'r-404',
    });
  });

  it('when the JSON body is malformed, then it is a 400 saying so', async () => {
    const res = await fetch(`${t.url}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": "halo",',
    });
    expect(res.status).toBe(400);
    const body = await problem(res);
    expect(body).toMatchObject({ status: 400, code: 'MALFORMED_JSON', title: 'Bad Request' });
    expect(body.detail).toMatch(/^The request body is not valid JSON: /);
  });

  it('when the body is larger than the limit, then it is a 413', async () => {
    const res = await fetch(`${t.url}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x'.repeat(2048) }),
    });
    expect(res.status).toBe(413);
    expect(await problem(res)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE', limitBytes: 1024 });
  });

  it('when a handler throws an AppError, then its status, code, message and details make the problem', async () => {
    const res = await fetch(`${t.url}/complaints/LAP-20261118-009`);
    expect(res.status).toBe(404);
    expect(await problem(res)).toMatchObject({
      type: 'urn:govconnect:problem:complaint-not-found',
      status: 404,
      code: 'COMPLAINT_NOT_FOUND',
      detail: 'No complaint LAP-20261118-009.',
      complaintId: 'LAP-20261118-009',
    });
  });

  it('when an async handler rejects with an AppError, then details cannot overwrite the standard members', async () => {
    const res = await fetch(`${t.url}/complaints/1`, { method: 'PUT' });
    expect(res.status).toBe(409);
    expect(await problem(res)).toMatchObject({ status: 409, code: 'ILLEGAL_TRANSITION', from: 'RESOLVED' });
  });

  it('when a handler fails unexpectedly, then it is a 500 with an errorId, no stack, and the stack is logged', async () => {
    const res = await fetch(`${t.url}/crash`, { headers: { 'x-request-id': 'r-500' } });
    expect(res.status).toBe(500);
    const body = await problem(res);
    expect(body).toMatchObject({ status: 500, code: 'INTERNAL_ERROR', requestId: 'r-500' });
    expect(body.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(body)).not.toMatch(/exploded|hunter2|at .*\.ts/);
    await vi.waitFor(() => {
      const logged = t.logs.records().find((r) => r.errorId === body.errorId);
      expect(logged).toMatchObject({ level: 'error', requestId: 'r-500', path: '/crash' });
      expect((logged?.err as { stack: string }).stack).toMatch(
        /Error: db password=\[REDACTED\] exploded\n\s+at /,
      );
    });
  });

  it('when domain code (not request validation) throws a ZodError, then it is our bug: a 500', async () => {
    const res = await fetch(`${t.url}/zod-in-domain`);
    expect(res.status).toBe(500);
    expect(await problem(res)).toMatchObject({ code: 'INTERNAL_ERROR' });
  });

  it('when an unmapped upstream failure escapes, then it is a 502 that does not repeat the remote status', async () => {
    const res = await fetch(`${t.url}/upstream`);
    expect(res.status).toBe(502);
    const body = await problem(res);
    expect(body).toMatchObject({ code: 'UPSTREAM_FAILED', errorId: expect.any(String) });
    expect(JSON.stringify(body)).not.toContain('case-service');
  });
});
