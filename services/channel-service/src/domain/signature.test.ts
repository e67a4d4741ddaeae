import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { signBody, verifySignature } from './signature.ts';

const VECTORS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../../shared/testdata/whatsapp/signature-vectors.json',
);

interface Vector {
  app_secret: string;
  raw_body?: string;
  raw_body_unescaped?: string;
  x_hub_signature_256: string;
}

/** The bytes Meta sends: non-ASCII as lowercase \uXXXX escapes. */
const metaEscape = (s: string) =>
  s.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe.skipIf(!existsSync(VECTORS))('X-Hub-Signature-256', () => {
  const vectors = existsSync(VECTORS) ? (JSON.parse(readFileSync(VECTORS, 'utf8')) as Vector[]) : [];

  it('when Meta’s real signed request is checked over its raw bytes, then it verifies, and a changed byte does not', () => {
    const v = vectors[0]!;
    expect(verifySignature(Buffer.from(v.raw_body!), v.x_hub_signature_256, v.app_secret)).toBe(true);
    expect(
      verifySignature(
        Buffer.from(v.raw_body!.replace('PyWa.', 'PyWa!')),
        v.x_hub_signature_256,
        v.app_secret,
      ),
    ).toBe(false);
    expect(verifySignature(Buffer.from(v.raw_body!), v.x_hub_signature_256, 'another-secret')).toBe(false);
  });

  it('when a body with non-ASCII text is checked as Meta sends it (\\uXXXX-escaped), then it verifies, and the unescaped UTF-8 does not', () => {
    const v = vectors[1]!;
    expect(
      verifySignature(Buffer.from(metaEscape(v.raw_body_unescaped!)), v.x_hub_signature_256, v.app_secret),
    ).toBe(true);
    expect(
      verifySignature(Buffer.from(v.raw_body_unescaped!, 'utf8'), v.x_hub_signature_256, v.app_secret),
    ).toBe(false);
  });
});

describe('signature header forms', () => {
  it('when the header is missing, malformed or of another length, then it does not verify', () => {
    const body = Buffer.from('{}');
    const good = signBody(body, 's');
    expect(verifySignature(body, good, 's')).toBe(true);
    expect(verifySignature(body, good.toUpperCase().replace('SHA256=', 'sha256='), 's')).toBe(true);
    expect(verifySignature(body, undefined, 's')).toBe(false);
    expect(verifySignature(body, good.replace('sha256=', 'sha1='), 's')).toBe(false);
    expect(verifySignature(body, good.slice(0, -2), 's')).toBe(false);
  });
});
