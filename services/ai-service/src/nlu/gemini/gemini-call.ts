// One resilient call to Gemini: a deadline per attempt, retries with exponential backoff and full
// jitter after 429, 5xx and network errors, and every failure sorted into a reason that metrics and
// logs use. A timeout is not retried: a slow Gemini is what the local fallback is for.
import { ApiError, GoogleGenAI } from '@google/genai';
import { TimeoutError, withTimeout } from '@govconnect/service-kit';

export type GeminiFailureReason =
  'timeout' | 'rate_limited' | 'server_error' | 'client_error' | 'network' | 'malformed' | 'circuit_open';

export class GeminiError extends Error {
  override readonly name = 'GeminiError';
  constructor(
    readonly reason: GeminiFailureReason,
    message: string,
    readonly status?: number,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

export interface GeminiCallOptions {
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
}

const RETRYABLE = new Set<GeminiFailureReason>(['rate_limited', 'server_error', 'network']);

export function createGeminiClient(apiKey: string, baseUrl: string): GoogleGenAI {
  // No SDK retries: callGemini owns retries, so they stay bounded and counted in one place.
  return new GoogleGenAI({ apiKey, httpOptions: { baseUrl } });
}

export function toGeminiError(err: unknown): GeminiError {
  if (err instanceof GeminiError) return err;
  if (err instanceof TimeoutError) return new GeminiError('timeout', err.message, undefined, err);
  if (err instanceof ApiError) {
    const reason = err.status === 429 ? 'rate_limited' : err.status >= 500 ? 'server_error' : 'client_error';
    return new GeminiError(reason, `Gemini answered ${err.status}`, err.status, err);
  }
  // A body that is not JSON (a proxy's HTML error page) surfaces as a SyntaxError from the SDK.
  if (err instanceof SyntaxError) return new GeminiError('malformed', err.message, undefined, err);
  const message = err instanceof Error ? err.message : String(err);
  return new GeminiError('network', `Gemini unreachable: ${message}`, undefined, err);
}

/** Exponential backoff with full jitter: a random wait in [0, base * 2^attempt]. */
export function backoffMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  return Math.round(random() * baseMs * 2 ** attempt);
}

export async function callGemini<T>(
  step: (signal: AbortSignal) => Promise<T>,
  options: GeminiCallOptions,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await withTimeout(
        step,
        options.timeoutMs,
        `Gemini did not answer within ${options.timeoutMs} ms`,
      );
    } catch (err) {
      const failure = toGeminiError(err);
      if (!RETRYABLE.has(failure.reason) || attempt >= options.maxRetries) throw failure;
      await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt, options.retryBaseMs)));
    }
  }
}
