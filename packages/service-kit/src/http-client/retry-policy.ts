// When a failed internal call may be sent again, and how long to wait first. Only requests that are safe to
// repeat are retried, and only for failures that a second attempt can fix.
import { AxiosHeaders, type AxiosError, type InternalAxiosRequestConfig } from 'axios';

export interface RetryPolicy {
  retries: number;
  backoffBaseMs: number;
  maxBackoffMs: number;
  /** Upper bound on a server's Retry-After, so one answer cannot park a request for minutes. */
  maxRetryAfterMs: number;
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRYABLE_STATUSES = new Set([502, 503, 504]);
// Failures before or during the exchange that say nothing about whether the server is healthy.
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ERR_NETWORK',
]);

/** A POST is repeatable only when the server can recognise the repeat by its Idempotency-Key. */
export function isRepeatable(config: InternalAxiosRequestConfig): boolean {
  const method = (config.method ?? 'get').toUpperCase();
  if (IDEMPOTENT_METHODS.has(method)) return true;
  return method === 'POST' && AxiosHeaders.from(config.headers).has('idempotency-key');
}

export function isTransient(err: AxiosError): boolean {
  if (err.code === 'ERR_CANCELED') return false;
  if (err.response) return RETRYABLE_STATUSES.has(err.response.status);
  return err.code !== undefined && RETRYABLE_CODES.has(err.code);
}

/** Exponential backoff with jitter (half fixed, half random) so callers that failed together spread out. */
export function retryDelayMs(attempt: number, policy: RetryPolicy, retryAfter?: unknown): number {
  const serverAsked = parseRetryAfter(retryAfter);
  if (serverAsked !== undefined) return Math.min(serverAsked, policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.maxBackoffMs, policy.backoffBaseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

function parseRetryAfter(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
