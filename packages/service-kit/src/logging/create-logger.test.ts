import { describe, expect, it } from 'vitest';
import { enrichContext, runWithContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { captureLogs } from '../testing/capture-logs.ts';

describe('createLogger', () => {
  it('when logging, then each entry is one JSON line with timestamp, level, service and msg', () => {
    const { logger, lines } = captureLogs({ service: 'case-service' });
    logger.info('complaint filed', { complaintId: 'LAP-20261118-007' });
    expect(lines()).toHaveLength(1);
    const record = JSON.parse(lines()[0] ?? '') as Record<string, unknown>;
    expect(record).toMatchObject({
      level: 'info',
      service: 'case-service',
      msg: 'complaint filed',
      complaintId: 'LAP-20261118-007',
    });
    expect(record).not.toHaveProperty('message');
    expect(new Date(String(record.timestamp)).toISOString()).toBe(record.timestamp);
  });

  it('when logging inside a request context, then requestId, villageId and the context fields are on the line', () => {
    const { logger, records } = captureLogs();
    runWithContext({ requestId: 'req-1' }, () => {
      enrichContext({
        villageId: 'desa-sukamaju',
        fields: { wamid: 'wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNF' },
      });
      logger.child({ component: 'webhook' }).warn('duplicate delivery');
    });
    expect(records()[0]).toMatchObject({
      msg: 'duplicate delivery',
      requestId: 'req-1',
      villageId: 'desa-sukamaju',
      wamid: 'wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNF',
      component: 'webhook',
    });
  });

  it('when the level is below the threshold, then nothing is written', () => {
    const { logger, lines } = captureLogs();
    logger.level = 'warn';
    logger.info('noise');
    logger.warn('signal');
    expect(lines()).toHaveLength(1);
  });

  it('when the message and nested fields hold phones, NIKs and secrets, then every one is redacted', () => {
    const { logger, lines, records } = captureLogs();
    logger.info('pesan dari +62 812-3456-7890', {
      waId: '6281234567890',
      citizen: { nik: '3201234567890001', contacts: ['081234567890', { phone: 6281299998888 }] },
      headers: { authorization: 'Bearer abc', 'x-internal-api-key': 'k-123', accept: 'application/json' },
      credentials: { apiKey: 'k', password: 'p' },
      accessToken: 'tok',
      promptTokens: 1532,
    });
    const record = records()[0];
    expect(record).toMatchObject({
      msg: 'pesan dari ***7890',
      waId: '***7890',
      citizen: { nik: '[NIK]', contacts: ['***7890', { phone: '***8888' }] },
      headers: {
        authorization: '[REDACTED]',
        'x-internal-api-key': '[REDACTED]',
        accept: 'application/json',
      },
      credentials: '[REDACTED]',
      accessToken: '[REDACTED]',
      promptTokens: 1532,
    });
    expect(lines()[0]).not.toMatch(/3456|3201234567890001|k-123|tok"/);
  });

  it('when ids and timestamps contain digits, then they are not mangled', () => {
    const { logger, records } = captureLogs();
    const fields = {
      conversationId: 'f47ac10b-58cc-4372-a567-081234567890',
      occurredAt: '2026-11-18T10:20:30.123Z',
      complaintId: 'LAP-20261118-007',
      wamid: 'wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjBDMEE2MjgxMjM0NTY3ODkwAA==',
      phoneNumberId: '100000000000001',
    };
    logger.info('status', fields);
    expect(records()[0]).toMatchObject(fields);
  });

  it('when an error is logged as { err }, then name, message and stack are rendered and redacted', () => {
    const { logger, records } = captureLogs();
    const cause = new Error('socket hang up');
    const err = new AppError({
      code: 'SEND_FAILED',
      status: 502,
      message: 'cannot reach 081234567890',
      cause,
    });
    logger.error('send failed', { err });
    const rendered = records()[0]?.err as Record<string, unknown>;
    expect(rendered).toMatchObject({
      name: 'AppError',
      message: 'cannot reach ***7890',
      code: 'SEND_FAILED',
    });
    expect(rendered.stack).toMatch(/^AppError: cannot reach \*\*\*7890\n\s+at /);
    expect(rendered.cause).toMatchObject({ name: 'Error', message: 'socket hang up' });
  });

  it('when an Error is logged directly, then its message becomes msg and the error is rendered', () => {
    const { logger, records } = captureLogs();
    logger.error(new TypeError('bad input'));
    expect(records()[0]).toMatchObject({ level: 'error', msg: 'bad input', err: { name: 'TypeError' } });
  });

  it('when a field refers to itself, then logging still works', () => {
    const { logger, records } = captureLogs();
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    logger.info('cycle', { loop });
    expect(records()[0]?.loop).toEqual({ name: 'loop', self: '[Circular]' });
  });
});
