import type { ConsumeMessage } from 'amqplib';
import { describe, expect, it } from 'vitest';
import { createEnvelope, type EventEnvelope } from '@govconnect/contracts';
import { NonRetryableError } from './errors.ts';
import { handleEnvelope, parseDelivery, type HandleOptions } from './handle-delivery.ts';
import { HEADERS } from './headers.ts';

const event = createEnvelope(
  'conversation.takeover.started',
  { conversationId: 'conv-1', adminId: 'admin-1' },
  { villageId: 'desa-sukamaju', correlationId: 'req-1' },
) as EventEnvelope;

function delivery(content: unknown, headers: Record<string, unknown> = {}): ConsumeMessage {
  const body = typeof content === 'string' ? content : JSON.stringify(content);
  return {
    content: Buffer.from(body),
    fields: { deliveryTag: 1, redelivered: false, exchange: 'x', routingKey: 'k', consumerTag: 'c' },
    properties: { headers } as ConsumeMessage['properties'],
  };
}

function options(handler: HandleOptions<undefined>['handler']): HandleOptions<undefined> {
  return {
    consumerName: 'q',
    handler,
    maxAttempts: 3,
    backoff: { baseMs: 100, factor: 2, maxMs: 1_000 },
    transactionTimeoutMs: 1_000,
  };
}

describe('parseDelivery', () => {
  it('when the type matches a binding, then the envelope is returned', () => {
    expect(parseDelivery(delivery(event), ['conversation.takeover.*'])).toEqual({
      ok: true,
      envelope: event,
    });
  });

  it('when the body is not JSON, then it is unparseable', () => {
    expect(parseDelivery(delivery('{oops'), ['#'])).toMatchObject({ ok: false, reason: 'unparseable' });
  });

  it('when the envelope breaks the contract, then the issues are reported', () => {
    const result = parseDelivery(delivery({ ...event, correlationId: '' }), ['#']);
    expect(result).toMatchObject({ ok: false, reason: 'invalid_envelope' });
    expect(!result.ok && result.detail).toContain('correlationId');
  });

  it('when the type matches none of the bindings (a stale one), then it is unexpected', () => {
    expect(parseDelivery(delivery(event), ['complaint.created'])).toMatchObject({
      ok: false,
      reason: 'unexpected_type',
    });
  });
});

describe('handleEnvelope', () => {
  const failing = options(async () => {
    throw new Error('down');
  });

  it('when the handler succeeds, then the delivery is acked', async () => {
    expect(
      await handleEnvelope(
        event,
        delivery(event),
        options(async () => {}),
      ),
    ).toEqual({ kind: 'ack', outcome: 'ok' });
  });

  it('when the handler fails before the last attempt, then it is retried after the backoff for that attempt', async () => {
    const second = delivery(event, { [HEADERS.attempts]: 1 });
    expect(await handleEnvelope(event, second, failing)).toEqual({
      kind: 'retry',
      attempt: 2,
      delayMs: 200,
      error: 'Error: down',
    });
  });

  it('when the last attempt fails, then it is dead-lettered for max attempts', async () => {
    const last = delivery(event, { [HEADERS.attempts]: 2 });
    expect(await handleEnvelope(event, last, failing)).toMatchObject({
      kind: 'dead-letter',
      reason: 'max_attempts',
      attempts: 3,
    });
  });

  it('when the handler throws NonRetryableError, then it is dead-lettered at once', async () => {
    const fatal = options(async () => {
      throw new NonRetryableError('unknown village');
    });
    expect(await handleEnvelope(event, delivery(event), fatal)).toMatchObject({
      kind: 'dead-letter',
      reason: 'non_retryable',
      attempts: 1,
    });
  });
});
