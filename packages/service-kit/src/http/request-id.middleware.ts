// The first middleware: gives the request its id (the caller's, if well formed, or a new one), echoes it,
// and runs everything after it inside the request context so logs and outgoing calls carry it.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { runWithContext } from '../context.ts';
import './express-request.ts';

export const REQUEST_ID_HEADER = 'x-request-id';

// Bounded and plain so a hostile header cannot inject log lines or bloat every record.
const WELL_FORMED = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's `x-request-id` when it is well formed, otherwise a new uuid. */
export function requestIdFrom(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && WELL_FORMED.test(incoming) ? incoming : randomUUID();
}

export function requestIdMiddleware(): RequestHandler {
  return (req, res, next) => {
    const requestId = requestIdFrom(req.get(REQUEST_ID_HEADER));
    req.requestId = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    runWithContext({ requestId }, () => next());
  };
}
