// What every Graph API call goes through before its handler: the injected delay, the Bearer token check and
// the injected failures. Answers the call itself (Meta's error body) when it must fail.
import type { Request, Response } from 'express';
import type { SimulatorDeps } from '../deps.ts';
import { sendMetaError } from './meta-error.ts';

const VERSION = /^v\d+(\.\d+)?$/;

export function isGraphVersion(version: string | undefined): boolean {
  return version !== undefined && VERSION.test(version);
}

/** Resolves to the HTTP status it answered with, or undefined when the call may go on. */
export async function graphGate(
  deps: SimulatorDeps,
  req: Request,
  res: Response,
): Promise<number | undefined> {
  const delayMs = deps.faults.graphDelayMs();
  if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
  if (!authorized(deps, req.headers.authorization)) {
    sendMetaError(res, { status: 401, code: 190 });
    return 401;
  }
  const failure = deps.faults.takeGraphFailure();
  if (failure) {
    sendMetaError(res, failure);
    return failure.status;
  }
  return undefined;
}

function authorized(deps: SimulatorDeps, header: string | undefined): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) return false;
  return deps.accessToken === undefined || match[1] === deps.accessToken;
}
