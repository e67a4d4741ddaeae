// The last two middlewares of every app: unknown routes become a 404 problem, and every error becomes an
// application/problem+json response. Stacks are logged, never sent.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { currentRequestId } from '../context.ts';
import { requestPath } from '../http/request-outcome.ts';
import type { Logger } from '../logging/create-logger.ts';
import { AppError } from './app-error.ts';
import { errorToVerdict } from './error-to-problem.ts';
import { buildProblem, sendProblem, type ProblemDetails } from './problem-details.ts';

export function notFoundHandler(): RequestHandler {
  return (req, _res, next) => {
    next(AppError.notFound('ROUTE_NOT_FOUND', `No route for ${req.method} ${requestPath(req)}.`));
  };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      // Too late for a problem body; Express's default handler closes the connection.
      logger.error('error after the response started', { err, method: req.method, path: requestPath(req) });
      next(err);
      return;
    }
    sendProblem(
      res,
      problemFor(err, logger, {
        method: req.method,
        path: requestPath(req),
        requestId: req.requestId ?? currentRequestId(),
      }),
    );
  };
}

/**
 * The problem details an error answers with; logs it first when it is ours to investigate (a 500 with
 * the errorId the client is given) or a 5xx worth a warning. Shared by the error middleware and the
 * routes served ahead of Express (raw-route.ts).
 */
export function problemFor(
  err: unknown,
  logger: Logger,
  request: { method: string; path: string; requestId?: string },
): ProblemDetails {
  const verdict = errorToVerdict(err);
  if (verdict.errorId) {
    logger.error(`unhandled error: ${errorMessage(err)}`, {
      err,
      errorId: verdict.errorId,
      method: request.method,
      path: request.path,
    });
  } else if (verdict.status >= 500) {
    logger.warn(`request failed: ${errorMessage(err)}`, { err, code: verdict.code });
  }
  const extensions = verdict.errorId
    ? { ...verdict.extensions, errorId: verdict.errorId }
    : verdict.extensions;
  return buildProblem({
    status: verdict.status,
    code: verdict.code,
    detail: verdict.detail,
    instance: request.path,
    requestId: request.requestId,
    extensions,
  });
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
