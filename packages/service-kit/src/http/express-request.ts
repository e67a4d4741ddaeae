// What service-kit adds to every Express request, declared once for all services.
export {};

declare global {
  // Declaration merging with Express's own namespace is the documented way to extend `Request`.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The request id (incoming `x-request-id` or a new uuid), also in the AsyncLocalStorage context. */
      requestId?: string;
    }
  }
}
