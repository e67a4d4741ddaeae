// Which failures a later attempt can get past, and when that attempt may run. Meta's throughput and
// pair rate limits and its transient errors are retried; a refusal (bad number, template rejected,
// user not on WhatsApp) is final. No retry comes sooner than the pair interval to that citizen.

/** Meta error codes worth another attempt (Cloud API error codes reference). */
const RETRYABLE_META_CODES = new Set([
  1, // API unknown
  2, // API service (temporary)
  4, // API too many calls
  80007, // WABA rate limit
  130429, // throughput reached
  131000, // something went wrong
  131016, // service unavailable
  131056, // pair rate limit
  133004, // server temporarily unavailable
]);

export function isRetryableMetaCode(code: number | undefined): boolean {
  return code !== undefined && RETRYABLE_META_CODES.has(code);
}

/** Meta's "re-engagement message": free text outside the 24-hour customer-service window. */
export const OUTSIDE_WINDOW_CODE = 131047;

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
  pairIntervalMs: number;
}

/** Delay after failed attempt `attempt` (1-based): base x4^(n-1), capped, never below the pair interval. */
export function retryDelayMs(attempt: number, p: RetryPolicy): number {
  const backoff = Math.min(p.maxMs, p.baseMs * 4 ** Math.max(0, attempt - 1));
  return Math.max(backoff, p.pairIntervalMs);
}
