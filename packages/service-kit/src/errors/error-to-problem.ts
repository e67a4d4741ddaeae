// Decides what a thrown error means for the client: an AppError says so itself; body-parser and router
// errors are the client's fault (4xx); anything else is our bug, a 500 whose details stay in the logs.
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { isUpstreamError } from '../http-client/upstream-error.ts';
import { isAppError } from './app-error.ts';

export interface ErrorVerdict {
  status: number;
  code: string;
  detail: string;
  extensions?: Record<string, unknown>;
  /** Set for failures we must investigate: logged with the stack and returned to the client to quote. */
  errorId?: string;
}

interface HttpErrorLike {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  message: string;
  limit?: number;
  length?: number;
}

export function errorToVerdict(err: unknown): ErrorVerdict {
  if (isAppError(err)) {
    return { status: err.status, code: err.code, detail: err.message, extensions: err.details };
  }
  if (isUpstreamError(err)) {
    // A caller that did not map the remote failure; the remote status is not ours to repeat (a remote 401
    // means our key is wrong, not the client's), so it is a bad gateway.
    return {
      status: 502,
      code: 'UPSTREAM_FAILED',
      detail: 'A service this request depends on failed. Quote the errorId when reporting this.',
      errorId: randomUUID(),
    };
  }
  const clientError = asClientError(err);
  if (clientError) return clientError;
  return {
    status: 500,
    code: 'INTERNAL_ERROR',
    detail: 'An unexpected error occurred. Quote the errorId when reporting this.',
    errorId: randomUUID(),
  };
}

function asClientError(err: unknown): ErrorVerdict | undefined {
  if (typeof err !== 'object' || err === null || !('message' in err)) return undefined;
  const e = err as HttpErrorLike;
  const status = e.status ?? e.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500 || e.expose === false) return undefined;
  switch (e.type) {
    case 'entity.parse.failed':
      return {
        status: 400,
        code: 'MALFORMED_JSON',
        detail: `The request body is not valid JSON: ${e.message}`,
      };
    case 'entity.too.large':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        detail: `The request body is larger than the ${e.limit ?? 'allowed'} byte limit.`,
        extensions: { limitBytes: e.limit },
      };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, code: 'UNSUPPORTED_ENCODING', detail: e.message };
    case 'request.aborted':
      return { status: 400, code: 'REQUEST_ABORTED', detail: 'The client aborted the request body.' };
    default: {
      const title = STATUS_CODES[status] ?? 'Bad Request';
      return { status, code: title.toUpperCase().replace(/[^A-Z0-9]+/g, '_'), detail: e.message };
    }
  }
}
