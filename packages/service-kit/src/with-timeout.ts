// Runs an async step with a deadline. The step gets an AbortSignal so it can stop its own work on time; the
// returned promise settles at the deadline whether or not the step listens.

export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

export async function withTimeout<T>(
  step: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  message = `timed out after ${timeoutMs} ms`,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new TimeoutError(message);
      controller.abort(err);
      reject(err);
    }, timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(() => step(controller.signal)), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
