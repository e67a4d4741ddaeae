// How a finished request is reported in logs and metrics: its path without secrets, its final status.
import type { Request, Response } from 'express';

/** Recorded when the client went away before the response finished (nginx's convention). */
export const CLIENT_CLOSED_REQUEST = 499;

/** The path without its query string, which may carry tokens (a webhook's hub.verify_token). */
export function requestPath(req: Request): string {
  return req.originalUrl.split('?')[0] ?? req.originalUrl;
}

export function finalStatus(res: Pick<Response, 'writableFinished' | 'statusCode'>): number {
  return res.writableFinished ? res.statusCode : CLIENT_CLOSED_REQUEST;
}
