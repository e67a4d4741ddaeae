// What a failed call to another service becomes: its status, its machine code and body (the problem+json it
// sent, when it sent one), so the caller can map it (a remote 404 to its own 404, a 409 to a conflict...).
import type { ProblemDetails } from '../errors/problem-details.ts';

export interface UpstreamErrorOptions {
  method: string;
  url: string;
  status: number | undefined;
  code: string;
  detail: string;
  body: unknown;
  attempts: number;
  cause?: unknown;
}

export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  readonly method: string;
  readonly url: string;
  /** The remote HTTP status; undefined when no response came back (timeout, refused connection). */
  readonly status: number | undefined;
  /** The remote problem's `code`, or UPSTREAM_TIMEOUT / UPSTREAM_UNREACHABLE / UPSTREAM_HTTP_<status>. */
  readonly code: string;
  readonly body: unknown;
  readonly attempts: number;

  constructor({ method, url, status, code, detail, body, attempts, cause }: UpstreamErrorOptions) {
    super(`${method} ${url} failed (${status ?? 'no response'} ${code}): ${detail}`, { cause });
    this.method = method;
    this.url = url;
    this.status = status;
    this.code = code;
    this.body = body;
    this.attempts = attempts;
  }

  /** The remote body when it was problem+json. */
  get problem(): ProblemDetails | undefined {
    return isProblem(this.body) ? this.body : undefined;
  }
}

export function isUpstreamError(err: unknown): err is UpstreamError {
  return err instanceof UpstreamError;
}

export function isProblem(body: unknown): body is ProblemDetails {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ProblemDetails).status === 'number' &&
    typeof (body as ProblemDetails).title === 'string'
  );
}
