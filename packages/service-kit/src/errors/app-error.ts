// The one error type the domain throws: a stable machine code, the HTTP status it maps to, a message fit for
// the caller, and optional details that become extra members of the problem+json body.

export interface AppErrorOptions {
  code: string;
  status: number;
  message: string;
  details?: Record<string, unknown>;
  cause?: unknown;
}

type Details = Record<string, unknown>;

export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: string;
  readonly status: number;
  readonly details: Details | undefined;

  constructor({ code, status, message, details, cause }: AppErrorOptions) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.status = status;
    this.details = details;
  }

  static badRequest(code: string, message: string, details?: Details): AppError {
    return new AppError({ code, status: 400, message, details });
  }

  static unauthorized(code: string, message: string, details?: Details): AppError {
    return new AppError({ code, status: 401, message, details });
  }

  static forbidden(code: string, message: string, details?: Details): AppError {
    return new AppError({ code, status: 403, message, details });
  }

  static notFound(code: string, message: string, details?: Details): AppError {
    return new AppError({ code, status: 404, message, details });
  }

  static conflict(code: string, message: string, details?: Details): AppError {
    return new AppError({ code, status: 409, message, details });
  }

  static unsupportedMediaType(code: string, message: string, details?: Details): AppError {
    return new AppError({ code, status: 415, message, details });
  }

  static unprocessable(code: string, message: string, details?: Details): AppError {
    return new AppError({ code, status: 422, message, details });
  }

  static tooManyRequests(code: string, message: string, details?: Details): AppError {
    return new AppError({ code, status: 429, message, details });
  }

  /** A dependency (database, broker, another service) is down; the caller may retry later. */
  static unavailable(code: string, message: string, details?: Details, cause?: unknown): AppError {
    return new AppError({ code, status: 503, message, details, cause });
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
