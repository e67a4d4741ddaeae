// The route template a request matched (`/internal/complaints/:id`), for metric labels and access logs:
// raw paths would give every complaint id its own time series.
import type { Request } from 'express';

const MATCHED = Symbol('govconnect.matched-route');

interface Matched {
  baseUrl: string;
  path: unknown;
}

/**
 * Records the template at the moment Express assigns `req.route`. Reading it later is not enough: when a
 * handler fails, the router restores `req.baseUrl` to the parent's before the error handler runs, which would
 * turn `/internal/complaints/:id` into `/:id`.
 */
export function trackRouteTemplate(req: Request): void {
  if (Object.prototype.hasOwnProperty.call(req, MATCHED)) return;
  let route: unknown = (req as { route?: unknown }).route;
  Object.defineProperty(req, MATCHED, { value: undefined, writable: true, enumerable: false });
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set: (value: unknown) => {
      route = value;
      const path = (value as { path?: unknown } | undefined)?.path;
      (req as unknown as Record<symbol, Matched>)[MATCHED] = { baseUrl: req.baseUrl, path };
    },
  });
}

/** `unmatched` when no route handled the request (404s, body errors raised before routing). */
export function routeTemplate(req: Request): string {
  const matched = (req as unknown as Record<symbol, Matched | undefined>)[MATCHED];
  if (!matched) return 'unmatched';
  const path = Array.isArray(matched.path) ? matched.path.join('|') : String(matched.path);
  return `${matched.baseUrl}${path}` || '/';
}
