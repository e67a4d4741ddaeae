// Converts any value into JSON that is safe to ship to Loki: secrets and personal data redacted at every
// depth, errors expanded, cycles and runaway nesting cut.
import { isSensitiveKey } from '../redaction/sensitive-key.ts';
import { redactString } from '../redaction/redact-string.ts';
import { serializeError } from './serialize-error.ts';

const MAX_DEPTH = 8;

export function toLogSafe(value: unknown): unknown {
  return convert(value, 0, new WeakSet());
}

function convert(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactString(value);
  if (typeof value === 'number') return redactNumber(value);
  if (typeof value === 'bigint') return redactString(value.toString());
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Truncated]';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[binary ${value.byteLength} bytes]`;
  seen.add(value);
  try {
    if (value instanceof Error) return convert(serializeError(value), depth, seen);
    if (Array.isArray(value)) return value.map((item) => convert(item, depth + 1, seen));
    if (value instanceof Map)
      return convertEntries(
        [...value.entries()].map(([k, v]) => [String(k), v]),
        depth,
        seen,
      );
    if (value instanceof Set) return [...value].map((item) => convert(item, depth + 1, seen));
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return convert(toJSON.call(value), depth + 1, seen);
    return convertEntries(Object.entries(value), depth, seen);
  } finally {
    // A value seen twice in sibling branches is a repeat, not a cycle; only ancestors count.
    seen.delete(value);
  }
}

function convertEntries(entries: [string, unknown][], depth: number, seen: WeakSet<object>) {
  const out: Record<string, unknown> = {};
  for (const [key, item] of entries) {
    const hidden = isSensitiveKey(key) && item !== null && item !== undefined && typeof item !== 'boolean';
    out[key] = hidden ? '[REDACTED]' : convert(item, depth + 1, seen);
  }
  return out;
}

// A phone number stored as a number (a waId parsed from JSON) is still a phone number.
function redactNumber(value: number): number | string {
  if (!Number.isSafeInteger(value) || Math.abs(value) < 1e9) return value;
  const text = String(value);
  const redacted = redactString(text);
  return redacted === text ? value : redacted;
}
