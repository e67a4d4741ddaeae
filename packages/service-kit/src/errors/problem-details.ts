// RFC 9457 problem details: the body every error response carries, and the one way to send it.
import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemDetails {
  /** A URI naming the kind of problem; `urn:govconnect:problem:<code>`. */
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Stable machine-readable code (`COMPLAINT_NOT_FOUND`); what callers branch on. */
  code: string;
  instance?: string;
  requestId?: string;
  [extension: string]: unknown;
}

export interface ProblemInput {
  status: number;
  code: string;
  detail: string;
  instance?: string;
  requestId?: string;
  extensions?: Record<string, unknown>;
}

export function problemType(code: string): string {
  return `urn:govconnect:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

export function buildProblem({
  status,
  code,
  detail,
  instance,
  requestId,
  extensions,
}: ProblemInput): ProblemDetails {
  const core: ProblemDetails = {
    type: problemType(code),
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    code,
    instance,
    requestId,
  };
  // Extensions never overwrite the standard members a client relies on.
  return { ...core, ...omitKeys(extensions ?? {}, Object.keys(core)) };
}

export function sendProblem(res: Response, problem: ProblemDetails): void {
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).json(problem);
}

function omitKeys(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}
