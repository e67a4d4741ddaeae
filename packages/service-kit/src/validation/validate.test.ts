import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { parse, validate } from './validate.ts';

const CreateComplaint = z.object({
  villageId: z.string().min(1),
  category: z.enum(['jalan_rusak', 'sampah']),
  location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number() }).optional(),
});

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({
    routes: (app) => {
      app.post(
        '/villages/:villageId/complaints',
        validate({
          params: z.object({ villageId: z.string().regex(/^[a-z-]+$/) }),
          query: z.object({ dryRun: z.stringbool().default(false) }),
          headers: z.object({ 'idempotency-key': z.string().min(8) }),
          body: CreateComplaint,
        }),
        (req, res) => {
          // Typed by validate(): a typo here would not compile.
          const category: 'jalan_rusak' | 'sampah' = req.body.category;
          const dryRun: boolean = req.query.dryRun;
          res.status(201).json({ category, dryRun, village: req.params.villageId });
        },
      );
      app.get('/stats', (req, res) => {
        const { limit } = parse(z.object({ limit: z.coerce.number().int().max(100) }), req.query, 'query');
        res.json({ limit });
      });
    },
  });
});
afterAll(() => t.stop());

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': 'key-12345678', ...headers },
    body: JSON.stringify(body),
  });
}

describe('validate', () => {
  it('when every part is valid, then the handler gets parsed and coerced values', async () => {
    const res = await post('/villages/desa-sukamaju/complaints?dryRun=yes', {
      villageId: 'desa-sukamaju',
      category: 'sampah',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ category: 'sampah', dryRun: true, village: 'desa-sukamaju' });
  });

  it('when several parts are invalid, then one 400 lists every field with its reason', async () => {
    const res = await post(
      '/villages/Desa_X/complaints',
      { category: 'banjir', location: { latitude: 123, longitude: 'x' } },
      { 'idempotency-key': 'short' },
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as {
      code: string;
      detail: string;
      errors: { field: string; reason: string }[];
    };
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.detail).toBe('The request is invalid: 6 fields are invalid.');
    expect(body.errors.map((e) => e.field)).toEqual([
      'params.villageId',
      'headers.idempotency-key',
      'body.villageId',
      'body.category',
      'body.location.latitude',
      'body.location.longitude',
    ]);
    expect(body.errors.every((e) => e.reason.length > 0)).toBe(true);
  });
});

describe('parse', () => {
  it('when the value is valid, then it returns the parsed value', async () => {
    expect(await (await fetch(`${t.url}/stats?limit=20`)).json()).toEqual({ limit: 20 });
  });

  it('when the value is invalid, then a 400 names the field', async () => {
    const res = await fetch(`${t.url}/stats?limit=500`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { detail: string; errors: { field: string }[] };
    expect(body.errors).toEqual([{ field: 'query.limit', reason: expect.stringMatching(/100/) }]);
    expect(body.detail).toMatch(/^The request is invalid: query.limit: /);
  });
});
