// A logger whose lines a test can read back, to assert on what a service logged (and what it redacted).
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../logging/create-logger.ts';

export type LogRecord = Record<string, unknown> & { level: string; msg: string };

export interface CapturedLogs {
  logger: Logger;
  /** Every line written so far, as written. */
  lines(): string[];
  /** Every line written so far, parsed. */
  records(): LogRecord[];
}

export function captureLogs({ service = 'test-service', level = 'debug' } = {}): CapturedLogs {
  const lines: string[] = [];
  let pending = '';
  const destination = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      pending += chunk.toString();
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      lines.push(...complete.filter((line) => line.length > 0));
      callback();
    },
  });
  return {
    logger: createLogger({ service, level, destination }),
    lines: () => [...lines],
    records: () => lines.map((line) => JSON.parse(line) as LogRecord),
  };
}
