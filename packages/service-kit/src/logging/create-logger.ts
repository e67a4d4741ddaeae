// The service logger: winston writing one redacted JSON line per entry, stamped with the service name and the
// request context (requestId, villageId, domain ids) so one Loki query follows a message across services.
import winston from 'winston';
import { currentContext, type RequestContext } from '../context.ts';
import { toLogSafe } from './to-log-safe.ts';

export type Logger = winston.Logger;
export type LogLevel = 'error' | 'warn' | 'info' | 'http' | 'verbose' | 'debug' | 'silly';

export interface CreateLoggerOptions {
  service: string;
  level?: LogLevel | string;
  /** Where the lines go; stdout unless a test captures them. */
  destination?: NodeJS.WritableStream;
}

const MESSAGE = Symbol.for('message');
const STAMP = Symbol('govconnect.log-stamp');

interface Stamp {
  timestamp: string;
  context: RequestContext | undefined;
}

export function createLogger({ service, level = 'info', destination }: CreateLoggerOptions): Logger {
  const logger = winston.createLogger({
    level,
    levels: winston.config.npm.levels,
    format: jsonLine(service)(),
    transports: [new winston.transports.Stream({ stream: destination ?? process.stdout })],
  });
  // The context is read when the caller logs, not when winston formats: a stream may buffer entries and
  // format them later, outside the request's AsyncLocalStorage scope. Child loggers write through here too.
  const write = logger.write.bind(logger);
  logger.write = ((info: Record<PropertyKey, unknown>, ...rest: unknown[]) => {
    // Winston would drop an entry below the level only after this stamp was built; on a hot path
    // (an access line per webhook at LOG_LEVEL=warn) that was a clock read and a context copy each.
    if (info && typeof info.level === 'string' && !logger.isLevelEnabled(info.level)) return true;
    if (info && typeof info === 'object' && !info[STAMP]) {
      const ctx = currentContext();
      const stamp: Stamp = {
        timestamp: new Date().toISOString(),
        context: ctx && { ...ctx, fields: ctx.fields && { ...ctx.fields } },
      };
      Object.defineProperty(info, STAMP, { value: stamp, enumerable: false });
    }
    return (write as (...args: unknown[]) => boolean)(info, ...rest);
  }) as typeof logger.write;
  return logger;
}

function jsonLine(service: string) {
  return winston.format((info) => {
    const stamp = (info as Record<PropertyKey, unknown>)[STAMP] as Stamp | undefined;
    const ctx = stamp?.context ?? currentContext();
    const { level, message, ...meta } = info;
    let msg: unknown = message;
    // logger.error(err) hands winston the Error itself; its message and stack are not enumerable.
    if (info instanceof Error) {
      msg = info.message;
      meta.err = info;
    } else if (typeof meta.stack === 'string' && meta.err === undefined) {
      meta.err = { stack: meta.stack };
      delete meta.stack;
    }
    const record = {
      timestamp: stamp?.timestamp ?? new Date().toISOString(),
      level,
      service,
      msg: msg instanceof Error ? msg.message : msg,
      requestId: ctx?.requestId,
      villageId: ctx?.villageId,
      ...ctx?.fields,
      ...meta,
    };
    (info as Record<PropertyKey, unknown>)[MESSAGE] = JSON.stringify(toLogSafe(record));
    return info;
  });
}
