// Maps an axios failure onto UpstreamError: the remote problem+json when there is one, otherwise what kind of
// failure it was (timeout, unreachable, a bare HTTP status).
import axios, { type AxiosError } from 'axios';
import { isProblem, UpstreamError } from './upstream-error.ts';

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ECONNABORTED']);

export function toUpstreamError(err: AxiosError, attempts: number): UpstreamError {
  const method = (err.config?.method ?? 'get').toUpperCase();
  const url = err.config ? axios.getUri(err.config) : 'unknown';
  const response = err.response;
  if (!response) {
    const timedOut = err.code !== undefined && TIMEOUT_CODES.has(err.code);
    return new UpstreamError({
      method,
      url,
      status: undefined,
      code: timedOut ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNREACHABLE',
      detail: err.message,
      body: undefined,
      attempts,
      cause: err,
    });
  }
  const body: unknown = response.data;
  const problem = isProblem(body) ? body : undefined;
  return new UpstreamError({
    method,
    url,
    status: response.status,
    code: typeof problem?.code === 'string' ? problem.code : `UPSTREAM_HTTP_${response.status}`,
    detail: problem?.detail ?? problem?.title ?? `HTTP ${response.status}`,
    body,
    attempts,
    cause: err,
  });
}
