// Publishes event envelopes to the events exchange, persistent, and resolves only once the broker
// has confirmed them: a publish either succeeds or throws, it is never silently dropped.
import type { Options } from 'amqplib';
import { parseEnvelope, type EventEnvelope } from '@govconnect/contracts';
import type { ConnectionManager } from './connection.ts';
import { silentLogger, type Logger } from './logger.ts';
import type { MessagingMetrics } from './metrics.ts';

export interface PublisherOptions {
  connection: ConnectionManager;
  metrics: MessagingMetrics;
  /** The topic exchange to publish to. */
  exchange: string;
  logger?: Logger;
  /** Shown as the message's app id: which service produced it. */
  appId?: string;
}

export class Publisher {
  private readonly logger: Logger;

  constructor(private readonly options: PublisherOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  /**
   * Validates `envelope` against the contracts (throws InvalidEventError), publishes it with the
   * routing key equal to its type, and waits for the broker's confirm. Throws NotConnectedError
   * while disconnected and PublishError when the broker does not confirm.
   */
  async publish(envelope: EventEnvelope): Promise<void> {
    const event = parseEnvelope(envelope);
    const channel = this.options.connection.confirmChannel();
    const { routed } = await channel.publish(
      this.options.exchange,
      event.type,
      Buffer.from(JSON.stringify(event)),
      eventProperties(event, this.options.appId),
    );
    this.options.metrics.published.inc({ type: event.type });
    if (!routed) {
      // Topic semantics: an event nobody subscribes to yet is not an error for its producer, but it
      // is lost, so make it visible (a consumer queue is missing, e.g. its service never started).
      this.options.metrics.unroutable.inc({ type: event.type });
      this.logger.warn('messaging: event published but no queue is bound for it', {
        eventId: event.id,
        type: event.type,
        exchange: this.options.exchange,
      });
    }
  }
}

export function eventProperties(event: EventEnvelope, appId?: string): Options.Publish {
  const properties: Options.Publish = {
    persistent: true,
    contentType: 'application/json',
    contentEncoding: 'utf-8',
    messageId: event.id,
    correlationId: event.correlationId,
    type: event.type,
    // AMQP timestamps are whole seconds.
    timestamp: Math.floor(Date.parse(event.occurredAt) / 1000),
    headers: { 'x-village-id': event.villageId },
  };
  if (appId) properties.appId = appId;
  return properties;
}
