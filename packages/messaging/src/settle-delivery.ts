// Carries out the decision handleEnvelope made for a delivery: ack it, or copy it to its retry
// delay queue or its DLQ and ack it once the copy is confirmed; and counts and logs the outcome.
import type { Channel, ConsumeMessage } from 'amqplib';
import type { ConfirmingChannel } from './confirming-channel.ts';
import type { ConnectionManager } from './connection.ts';
import { publishToDeadLetter, publishToRetry } from './failure-routing.ts';
import type { Settlement } from './handle-delivery.ts';
import type { DeadLetterReason } from './headers.ts';
import { describeError, type Logger } from './logger.ts';
import type { MessagingMetrics } from './metrics.ts';

export interface SettleDeps {
  queue: string;
  deadLetterExchange: string;
  connection: ConnectionManager;
  metrics: MessagingMetrics;
  logger: Logger;
}

const INVALID_REASONS = new Set<DeadLetterReason>(['unparseable', 'invalid_envelope', 'unexpected_type']);

export async function settleDelivery(
  deps: SettleDeps,
  channel: Channel,
  message: ConsumeMessage,
  settlement: Settlement,
  type: string,
  eventId?: string,
): Promise<void> {
  const { metrics, logger, queue } = deps;
  const log = { queue, type, eventId };
  if (settlement.kind === 'ack') {
    if (ack(deps, channel, message)) metrics.consumed.inc({ queue, type, outcome: settlement.outcome });
    if (settlement.outcome === 'duplicate') logger.info('messaging: duplicate event skipped', log);
    return;
  }
  let confirm: ConfirmingChannel | undefined;
  try {
    confirm = deps.connection.confirmChannel();
    if (settlement.kind === 'retry') await publishToRetry(confirm, message, { queue, ...settlement });
    else
      await publishToDeadLetter(confirm, message, {
        queue,
        deadLetterExchange: deps.deadLetterExchange,
        ...settlement,
      });
  } catch (error) {
    if (!confirm || confirm.closed) {
      // The publishing channel is gone, so the whole connection is being reset: the broker
      // redelivers this message on the next one, with its attempt count unchanged.
      logger.warn('messaging: cannot move a failed message while reconnecting; it will be redelivered', log);
      return;
    }
    // The broker refused the copy. Rejecting lets the queue's own dead-letter arguments move the
    // original to the DLQ (without our headers) rather than redeliver it in a tight loop.
    logger.error('messaging: cannot move a failed message, rejecting it to the DLQ', {
      ...log,
      error: describeError(error),
    });
    try {
      channel.nack(message, false, false);
      metrics.deadLettered.inc({ queue, reason: 'republish_failed' });
      metrics.consumed.inc({ queue, type, outcome: 'dead_lettered' });
    } catch {
      // The consumer channel is gone too: the broker redelivers the message after reconnecting.
    }
    return;
  }
  if (!ack(deps, channel, message)) return;
  if (settlement.kind === 'retry') {
    metrics.retried.inc({ queue });
    metrics.consumed.inc({ queue, type, outcome: 'retried' });
    logger.warn('messaging: handler failed, will retry', { ...log, ...settlement });
    return;
  }
  metrics.deadLettered.inc({ queue, reason: settlement.reason });
  metrics.consumed.inc({
    queue,
    type,
    outcome: INVALID_REASONS.has(settlement.reason) ? 'invalid' : 'dead_lettered',
  });
  logger.error('messaging: message dead-lettered', { ...log, ...settlement });
}

/** Acks unless the channel is gone, in which case the broker redelivers the message. */
function ack(deps: SettleDeps, channel: Channel, message: ConsumeMessage): boolean {
  try {
    channel.ack(message);
    return true;
  } catch (error) {
    deps.logger.warn('messaging: cannot ack, the message will be redelivered', {
      queue: deps.queue,
      error: describeError(error),
    });
    return false;
  }
}
