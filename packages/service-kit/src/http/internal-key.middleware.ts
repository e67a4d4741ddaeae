// Guards internal routes: the caller must present the shared x-internal-api-key, compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error.ts';

export const INTERNAL_KEY_HEADER = 'x-internal-api-key';

// timingSafeEqual needs equal lengths; comparing digests keeps it constant-time without leaking the length.
function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

export function requireInternalKey(expectedKey: string): RequestHandler {
  if (!expectedKey) throw new Error('requireInternalKey needs a non-empty key');
  const expected = digest(expectedKey);
  return (req, _res, next) => {
    const presented = req.get(INTERNAL_KEY_HEADER);
    if (!presented) {
      next(
        AppError.unauthorized('INTERNAL_KEY_MISSING', `This route needs the ${INTERNAL_KEY_HEADER} header.`),
      );
      return;
    }
    if (!timingSafeEqual(digest(presented), expected)) {
      next(AppError.unauthorized('INTERNAL_KEY_INVALID', `The ${INTERNAL_KEY_HEADER} header is not valid.`));
      return;
    }
    next();
  };
}
