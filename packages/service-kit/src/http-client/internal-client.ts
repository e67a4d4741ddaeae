// The axios instance services use to call each other: it carries the internal key and the request id,
// retries what is safe to retry, and turns failures into UpstreamError.
import { randomUUID } from 'node:crypto';
import axios, {
  AxiosError,
  type AxiosAdapter,
  type AxiosInstance,
  type InternalAxiosRequestConfig,
} from 'axios';
import { currentRequestId } from '../context.ts';
import type { Logger } from '../logging/create-logger.ts';
import { isRepeatable, isTransient, retryDelayMs, type RetryPolicy } from './retry-policy.ts';
import { toUpstreamError } from './to-upstream-error.ts';

export interface InternalClientOptions {
  baseURL: string;
  apiKey: string;
  logger: Logger;
  /** Per attempt. */
  timeoutMs?: number;
  /** Extra attempts after the first, for repeatable requests and transient failures only. */
  retries?: number;
  backoffBaseMs?: number;
  maxBackoffMs?: number;
  maxRetryAfterMs?: number;
}

const ATTEMPTS = Symbol('govconnect.attempts');
type CountedConfig = InternalAxiosRequestConfig & { [ATTEMPTS]?: number };

export function createInternalClient({
  baseURL,
  apiKey,
  logger,
  timeoutMs = 5_000,
  retries = 2,
  backoffBaseMs = 100,
  maxBackoffMs = 2_000,
  maxRetryAfterMs = 5_000,
}: InternalClientOptions): AxiosInstance {
  const policy: RetryPolicy = { retries, backoffBaseMs, maxBackoffMs, maxRetryAfterMs };
  const client = axios.create({
    baseURL,
    timeout: timeoutMs,
    // Report timeouts as ETIMEDOUT rather than the ambiguous ECONNABORTED.
    transitional: { clarifyTimeoutError: true },
    headers: { 'x-internal-api-key': apiKey },
  });

  client.interceptors.request.use((config) => {
    // One id for the whole call, retries included, so the callee's logs join the caller's.
    if (!config.headers.has('x-request-id'))
      config.headers.set('x-request-id', currentRequestId() ?? randomUUID());
    return config;
  });

  // Retrying below the interceptors keeps headers and id stable and makes each attempt get its own timeout.
  const send = axios.getAdapter(client.defaults.adapter);
  const sendWithRetries: AxiosAdapter = async (config: CountedConfig) => {
    for (let attempt = 0; ; attempt++) {
      config[ATTEMPTS] = attempt + 1;
      try {
        return await send(config);
      } catch (err) {
        const retry =
          attempt < policy.retries && err instanceof AxiosError && isRepeatable(config) && isTransient(err);
        if (!retry || config.signal?.aborted) throw err;
        const delayMs = retryDelayMs(attempt, policy, err.response?.headers['retry-after']);
        logger.warn('internal call failed, retrying', {
          method: config.method?.toUpperCase(),
          url: axios.getUri(config),
          attempt: attempt + 1,
          status: err.response?.status,
          reason: err.code,
          delayMs,
        });
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  };
  client.defaults.adapter = sendWithRetries;

  client.interceptors.response.use(undefined, (err: unknown) => {
    if (!(err instanceof AxiosError) || err.code === 'ERR_CANCELED') return Promise.reject(err);
    const attempts = (err.config as CountedConfig | undefined)?.[ATTEMPTS] ?? 1;
    return Promise.reject(toUpstreamError(err, attempts));
  });

  return client;
}
