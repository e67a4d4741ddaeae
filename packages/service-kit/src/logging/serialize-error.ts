// Turns an Error into the plain object a log line carries: name, message, stack and the few fields we know
// matter. Picking fields (not copying them all) keeps huge objects such as an AxiosError's socket out of logs.

const KNOWN_FIELDS = ['code', 'status', 'errorId', 'details', 'method', 'url', 'body'] as const;

export function serializeError(err: Error, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = { name: err.name, message: err.message };
  const fields = err as unknown as Record<string, unknown>;
  for (const field of KNOWN_FIELDS) {
    if (fields[field] !== undefined) out[field] = fields[field];
  }
  if (err.stack) out.stack = err.stack;
  if (err.cause !== undefined && depth < 3) {
    out.cause = err.cause instanceof Error ? serializeError(err.cause, depth + 1) : err.cause;
  }
  if (err instanceof AggregateError && depth < 3) {
    out.errors = err.errors.map((e: unknown) => (e instanceof Error ? serializeError(e, depth + 1) : e));
  }
  return out;
}
