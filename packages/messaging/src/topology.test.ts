import { describe, expect, it } from 'vitest';
import { deadLetterQueueName, resolveExchanges, retryQueueName, topicMatches } from './topology.ts';

describe('topology', () => {
  it('when no exchange names are given, then the ones from the contracts are used', () => {
    expect(resolveExchanges()).toEqual({
      exchange: 'govconnect.events',
      deadLetterExchange: 'govconnect.dlx',
    });
    expect(resolveExchanges({ exchange: 'test.events' }).exchange).toBe('test.events');
  });

  it('when a queue is named, then its DLQ and delay queues are named after it', () => {
    expect(deadLetterQueueName('notification.complaints')).toBe('notification.complaints.dlq');
    expect(retryQueueName('notification.complaints', 4_000)).toBe('notification.complaints.retry.4000ms');
  });

  it.each([
    ['complaint.created', 'complaint.created', true],
    ['complaint.created', 'complaint.status.updated', false],
    ['complaint.*', 'complaint.created', true],
    ['complaint.*', 'complaint.status.updated', false],
    ['complaint.#', 'complaint.status.updated', true],
    ['complaint.#', 'complaint', true],
    ['#', 'whatsapp.message.received', true],
    ['*.message.*', 'whatsapp.message.status', true],
    ['conversation.takeover.*', 'conversation.handoff.requested', false],
  ])('when the binding is %s and the routing key %s, then it matches: %s', (pattern, key, expected) => {
    expect(topicMatches(pattern, key)).toBe(expected);
  });
});
