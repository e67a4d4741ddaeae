import { describe, expect, it } from 'vitest';
import { redactString } from './redact-string.ts';
import { isSensitiveKey } from './sensitive-key.ts';

describe('redactString', () => {
  it.each([
    ['6281234567890', '***7890'],
    ['+6281234567890', '***7890'],
    ['+62 812-3456-7890', '***7890'],
    ['+62-812-3456-7890', '***7890'],
    ['081234567890', '***7890'],
    ['0812 3456 7890', '***7890'],
    ['0812.3456.789', '***6789'],
    ['+1 415 555 2671', '***2671'],
    ['+44 20 7946 0958', '***0958'],
  ])('when the text is the phone number %s, then only its last 4 digits remain', (phone, expected) => {
    expect(redactString(phone)).toBe(expected);
  });

  it('when phone numbers sit inside a sentence, then each is masked and the words stay', () => {
    expect(redactString('Warga 6281234567890 (wa) dan +62 812-1111-2222, balas ke 081299998888.')).toBe(
      'Warga ***7890 (wa) dan ***2222, balas ke ***8888.',
    );
  });

  it('when a phone number is followed by another number, then the phone is still masked', () => {
    expect(redactString('+62 812-3456-7890 2026')).toBe('***7890 2026');
    expect(redactString('2026-11-18 081234567890')).toBe('2026-11-18 ***7890');
  });

  it('when the text holds a 16-digit NIK, then it is replaced entirely', () => {
    expect(redactString('NIK 3201234567890001 terdaftar')).toBe('NIK [NIK] terdaftar');
  });

  it('when the text holds e-mail addresses, then each is replaced and the words stay', () => {
    expect(redactString('kirim ke budi.santoso+lapor@gmail.com atau warga_01@sukamaju.desa.id ya')).toBe(
      'kirim ke [EMAIL] atau [EMAIL] ya',
    );
    expect(redactString('connect amqp://guest:guest@127.0.0.1:5672 and @mention')).toBe(
      'connect amqp://guest:[REDACTED]@127.0.0.1:5672 and @mention',
    );
  });

  it('when the text holds a bearer token or a JWT, then the token is removed', () => {
    expect(redactString('Authorization: Bearer abc.DEF-123_x')).toBe('Authorization: [REDACTED]');
    expect(redactString('sent Bearer abc.DEF-123_x upstream')).toBe('sent Bearer [REDACTED] upstream');
    expect(redactString('jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl end')).toBe(
      'jwt [REDACTED] end',
    );
  });

  it('when secrets appear as key=value, JSON text or URL credentials, then their values are removed', () => {
    expect(redactString('GET /webhook?hub.verify_token=s3cret&hub.challenge=42')).toBe(
      'GET /webhook?hub.verify_token=[REDACTED]&hub.challenge=42',
    );
    expect(redactString('{"password":"hunter2","name":"Budi"}')).toBe(
      '{"password":"[REDACTED]","name":"Budi"}',
    );
    expect(redactString('x-internal-api-key: k-123')).toBe('x-internal-api-key: [REDACTED]');
    expect(redactString('connect postgres://app:pa55@db:5432/gc_case failed')).toBe(
      'connect postgres://app:[REDACTED]@db:5432/gc_case failed',
    );
  });

  it.each([
    ['a UUID with an all-digit group', 'f47ac10b-58cc-4372-a567-081234567890'],
    ['an ISO timestamp', '2026-11-18T10:20:30.123Z'],
    ['an ISO timestamp with an offset', '2026-11-18T17:20:30+07:00'],
    ['a complaint id', 'LAP-20261118-007'],
    ['a wamid', 'wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjBDMEE2MjgxMjM0NTY3ODkwAA=='],
    ['a phone_number_id', '100000000000001'],
    ['an epoch in milliseconds', '1763461230123'],
    ['a sentence about tokens', 'used 1532 tokens in 812 ms'],
    ['a hex digest', 'sha256=6281234567890abcdef0123456789'],
  ])('when the text is %s, then it is left alone', (_name, text) => {
    expect(redactString(text)).toBe(text);
  });

  it('when redacted text is redacted again, then nothing changes', () => {
    const once = redactString('call 081234567890, NIK 3201234567890001, Bearer abc');
    expect(redactString(once)).toBe(once);
  });
});

describe('isSensitiveKey', () => {
  it.each([
    'token',
    'accessToken',
    'WHATSAPP_VERIFY_TOKEN',
    'secret',
    'password',
    'apiKey',
    'api_key',
    'authorization',
    'x-internal-api-key',
    'JWT_SECRET',
    'set-cookie',
  ])('when the key is %s, then it is sensitive', (key) => {
    expect(isSensitiveKey(key)).toBe(true);
  });

  it.each(['tokens', 'promptTokens', 'tokenCount', 'idempotencyKey', 'waId', 'complaintId'])(
    'when the key is %s, then it is not sensitive',
    (key) => {
      expect(isSensitiveKey(key)).toBe(false);
    },
  );
});
