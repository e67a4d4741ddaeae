// application/problem+json answers of the dashboard's route handlers (the same shape as the services').
import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import { UpstreamProblem } from '../services/internal-fetch.ts';

export function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  return Response.json(
    { type: `urn:govconnect:problem:${code}`, title: code, status, detail, code, ...extra },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );
}

/** Turns what a handler threw into a problem: validation 400, a service's 4xx as is, else 502/500. */
export function problemFrom(err: unknown): Response {
  if (err instanceof ZodError)
    return problem(400, 'VALIDATION_FAILED', 'Data yang dikirim tidak valid.', {
      errors: err.issues.map((i) => ({ field: i.path.join('.'), reason: i.message })),
    });
  if (err instanceof UpstreamProblem)
    return problem(
      err.status,
      err.code,
      err.detail,
      pick(err.body, ['from', 'to', 'allowed', 'unknown', 'reason', 'documentId', 'documentStatus']),
    );
  const errorId = randomUUID();
  console.error(JSON.stringify({ level: 'error', msg: 'unexpected error', errorId, error: String(err) }));
  return problem(500, 'INTERNAL', 'Terjadi kesalahan tak terduga.', { errorId });
}

function pick(body: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in body).map((k) => [k, body[k]]));
}
