// Meta signs each webhook with HMAC-SHA256 of the exact bytes it sends (its body escapes non-ASCII
// as \uXXXX), so the signature is checked over the raw request bytes, never re-serialised JSON.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signBody(body: Buffer | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

/** Constant-time check of an `X-Hub-Signature-256` header (`sha256=<hex>`) against the body. */
export function verifySignature(body: Buffer, header: string | undefined, appSecret: string): boolean {
  if (!header || !/^sha256=[0-9a-fA-F]{64}$/.test(header)) return false;
  const expected = createHmac('sha256', appSecret).update(body).digest();
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
