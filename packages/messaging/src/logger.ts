// The logging interface this package writes to: a subset of winston's, so a service passes its own
// logger (with its request-id format) and tests can pass a silent one.
export interface Logger {
  info(msg: string, meta?: object): void;
  warn(msg: string, meta?: object): void;
  error(msg: string, meta?: object): void;
  debug(msg: string, meta?: object): void;
}

const ignore = (): void => {};

export const silentLogger: Logger = { info: ignore, warn: ignore, error: ignore, debug: ignore };

/** A readable one-line description of anything thrown, for logs and message headers. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
