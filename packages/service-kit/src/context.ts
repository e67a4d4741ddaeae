// The per-request (or per-message) context: request id and tenant, carried by AsyncLocalStorage so
// that logs, outgoing HTTP calls and published events pick them up without being passed around.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string;
  villageId?: string;
  /** Domain ids worth having on every log line of this request (wamid, complaintId, ...). */
  fields?: Record<string, string>;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Adds fields to the current context (e.g. the village once it is known). No-op outside one. */
export function enrichContext(update: Partial<Omit<RequestContext, 'requestId'>>): void {
  const ctx = storage.getStore();
  if (!ctx) return;
  if (update.villageId !== undefined) ctx.villageId = update.villageId;
  if (update.fields) ctx.fields = { ...ctx.fields, ...update.fields };
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
