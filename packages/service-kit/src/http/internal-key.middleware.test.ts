import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { requireInternalKey } from './internal-key.middleware.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({
    routes: (app) => {
      app.use('/internal', requireInternalKey('k-internal-7f3a'));
      app.get('/internal/ping', (_req, res) => res.json({ pong: true }));
    },
  });
});
afterAll(() => t.stop());

describe('requireInternalKey', () => {
  it('when the right key is presented, then the request goes through', async () => {
    const res = await fetch(`${t.url}/internal/ping`, {
      headers: { 'x-internal-api-key': 'k-internal-7f3a' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ pong: true });
  });

  it.each([
    ['missing', undefined, 'INTERNAL_KEY_MISSING'],
    ['wrong', 'k-internal-0000', 'INTERNAL_KEY_INVALID'],
    ['a prefix of the right one', 'k-internal', 'INTERNAL_KEY_INVALID'],
    ['longer than the right one', 'k-internal-7f3a-and-more', 'INTERNAL_KEY_INVALID'],
  ])('when the key is %s, then it is a 401 problem', async (_case, key, code) => {
    const res = await fetch(`${t.url}/internal/ping`, { headers: key ? { 'x-internal-api-key': key } : {} });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 401, code });
  });

  it('when configured with an empty key, then it refuses to build the middleware', () => {
    expect(() => requireInternalKey('')).toThrow(/non-empty/);
  });
});
