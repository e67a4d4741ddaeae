// Zod at the HTTP edge: `validate()` checks body, params, query and headers before a handler runs and hands
// it the parsed (typed, coerced) values; `parse()` does the same for one value inside a handler.
import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { fieldProblems, validationError, type FieldProblem } from './validation-error.ts';

/** Parses `value` or throws a 400 AppError listing every invalid field (prefixed with `where`, e.g. `body`). */
export function parse<S extends z.ZodType>(schema: S, value: unknown, where?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(fieldProblems(result.error.issues, where));
  return result.data;
}

type Out<S, Fallback> = S extends z.ZodType ? z.output<S> : Fallback;

/**
 * Validates the request and replaces body, params and query with the parsed values, so the next handler in
 * the same `router.post(path, validate(...), handler)` call sees typed input. Headers are checked, not
 * replaced: Node and Express read them after us.
 */
export function validate<
  B extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  H extends z.ZodType | undefined = undefined,
>(schemas: {
  body?: B;
  params?: P;
  query?: Q;
  headers?: H;
}): RequestHandler<
  Out<P, Record<string, string>>,
  unknown,
  Out<B, unknown>,
  Out<Q, Record<string, unknown>>
> {
  const parts = ['params', 'query', 'headers', 'body'] as const;
  return async (req, _res, next) => {
    const problems: FieldProblem[] = [];
    const parsed: Partial<Record<(typeof parts)[number], unknown>> = {};
    for (const part of parts) {
      const schema = schemas[part];
      if (!schema) continue;
      const result = await schema.safeParseAsync(req[part]);
      if (result.success) parsed[part] = result.data;
      else problems.push(...fieldProblems(result.error.issues, part));
    }
    if (problems.length > 0) throw validationError(problems);
    if ('body' in parsed) req.body = parsed.body as typeof req.body;
    if ('params' in parsed) req.params = parsed.params as typeof req.params;
    // Express 5 defines `req.query` as a getter that re-parses the URL; an own property shadows it.
    if ('query' in parsed) {
      Object.defineProperty(req, 'query', {
        value: parsed.query,
        writable: true,
        configurable: true,
        enumerable: true,
      });
    }
    next();
  };
}
