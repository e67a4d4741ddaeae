// The last two middlewares of every app: unknown routes become a 404 problem, and every error becomes an
// application/problem+json response. Stacks are logged, never sent.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { currentRequestId } from '../context.ts';
import { requestPath } from '../http/request-outcome.ts';
import type { Logger } from '../logging/create-logger.ts';
import { AppError } from './app-error.ts';
import { errorToVerdict } from './error-to-problem.ts';
import { buildProblem, sendProblem } from './problem-details.ts';

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
    const verdict = errorToVerdict(err);
    if (verdict.errorId) {
      logger.error(`unhandled error: ${errorMessage(err)}`, {
        err,
        errorId: verdict.errorId,
        method: req.method,
        path: requestPath(req),
      });
    } else if (verdict.status >= 500) {
      logger.warn(`request failed: ${errorMessage(err)}`, { err, code: verdict.code });
    }
    const extensions = verdict.errorId
      ? { ...verdict.extensions, errorId: verdict.errorId }
      : verdict.extensions;
    sendProblem(
      res,
      buildProblem({
        status: verdict.status,
        code: verdict.code,
        detail: verdict.detail,
        instance: requestPath(req),
        requestId: req.requestId ?? currentRequestId(),
        extensions,
      }),
    );
  };
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
