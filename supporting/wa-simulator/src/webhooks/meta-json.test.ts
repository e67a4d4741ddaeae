// Signing over the exact bytes, checked against real vectors (../shared/testdata/whatsapp/signature-vectors.json).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapeNonAscii, metaJson, signature } from './meta-json.ts';

const file = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../../shared/testdata/whatsapp/signature-vectors.json',
);
const present = existsSync(file);
if (!present) console.warn(`signature vector tests skipped: ${file} is absent`);

interface Vector {
  app_secret: string;
  raw_body?: string;
  raw_body_unescaped?: string;
  x_hub_signature_256: string;
}

describe.skipIf(!present)('signature', () => {
  const vectors = present ? (JSON.parse(readFileSync(file, 'utf8')) as Vector[]) : [];

  it('when the body is a real Meta-signed request, then the signature is the one Meta sent', () => {
    const v = vectors.find((x) => x.raw_body)!;
    expect(signature(Buffer.from(v.raw_body!, 'utf8'), v.app_secret)).toBe(v.x_hub_signature_256);
  });

  it('when the body has non-ASCII characters, then escaping them as Meta does gives the known signature', () => {
    const v = vectors.find((x) => x.raw_body_unescaped)!;
    const escaped = Buffer.from(escapeNonAscii(v.raw_body_unescaped!), 'utf8');
    expect(signature(escaped, v.app_secret)).toBe(v.x_hub_signature_256);
  });
});

describe('metaJson', () => {
  it('when a value has emoji and accents, then the bytes are ASCII and parse back to the same value', () => {
    const value = { text: { body: 'Jalan rusak 🚧 di Kampung Ciléngkrang' } };
    const bytes = metaJson(value);
    expect([...bytes].every((b) => b < 128)).toBe(true);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(value);
  });
});
