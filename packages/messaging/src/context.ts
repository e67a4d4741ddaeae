// Hooks through which a service lends this package its request context (service-kit's
// AsyncLocalStorage) without this package depending on it.

/** Runs `fn` with a request context; services pass service-kit's runWithContext. */
export type RunInContext = <T>(
  ctx: { requestId: string; villageId?: string },
  fn: () => Promise<T>,
) => Promise<T>;

/** Returns the current request id, if any; services pass service-kit's currentRequestId. */
export type GetCorrelationId = () => string | undefined;

export const runWithoutContext: RunInContext = (_ctx, fn) => fn();
