// Turns zod issues into the 400 the client gets: one `{ field, reason }` per problem, all of them at once.
import type { z } from 'zod';
import { AppError } from '../errors/app-error.ts';

export interface FieldProblem {
  field: string;
  reason: string;
}

export function fieldProblems(issues: readonly z.core.$ZodIssue[], where?: string): FieldProblem[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const field = [where, path].filter(Boolean).join('.') || '(value)';
    return { field, reason: issue.message };
  });
}

export function validationError(errors: FieldProblem[]): AppError {
  const [first] = errors;
  const summary =
    errors.length === 1 && first ? `${first.field}: ${first.reason}` : `${errors.length} fields are invalid`;
  return AppError.badRequest('VALIDATION_FAILED', `The request is invalid: ${summary}.`, { errors });
}
