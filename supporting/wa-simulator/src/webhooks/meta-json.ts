// Serialises and signs webhook bodies the way Meta does: JSON with every non-ASCII character escaped as a
// lowercase \uXXXX, and X-Hub-Signature-256 an HMAC-SHA256 of exactly those bytes with the app secret.
import { createHmac } from 'node:crypto';

export function metaJson(value: unknown): Buffer {
  return Buffer.from(escapeNonAscii(JSON.stringify(value)), 'utf8');
}

export function escapeNonAscii(text: string): string {
  return text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function signature(body: Buffer, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}
