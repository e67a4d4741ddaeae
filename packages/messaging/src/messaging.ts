// The messaging of one service in one object: its broker connection, publisher, consumers, outbox
// writer and relays, sharing a logger, a metrics registry and the request-context hooks.
import type { Registry } from 'prom-client';
import type { EventEnvelope } from '@govconnect/contracts';
import type { BackoffPolicy } from './backoff.ts';
import { ConnectionManager } from './connection.ts';
import { Consumer, type ConsumeOptions } from './consumer.ts';
import type { GetCorrelationId, RunInContext } from './context.ts';
import type { Logger } from './logger.ts';
import { MessagingMetrics } from './metrics.ts';
import { OutboxRelay, type OutboxRelayOptions } from './outbox-relay.ts';
import { OutboxWriter } from './outbox-writer.ts';
import { Publisher } from './publisher.ts';
import { redrive, type RedriveOptions, type RedriveResult } from './redrive.ts';
import type { SqlClient } from './sql-client.ts';
import { declareExchanges, resolveExchanges, type ExchangeNames } from './topology.ts';

export interface MessagingOptions {
  /** amqp://user:pass@host:port */
  url: string;
  /** The service's name: the connection name and the app id of what it publishes. */
  serviceName: string;
  logger: Logger;
  registry: Registry;
  /** Restores an event's correlation id as the request id around its handler (service-kit's runWithContext). */
  runInContext?: RunInContext;
  /** The current request id, stamped on events written to the outbox (service-kit's currentRequestId). */
  getCorrelationId?: GetCorrelationId;
  /** Exchange names; tests use their own, services keep the defaults from the contracts. */
  topology?: Partial<ExchangeNames>;
  reconnect?: Partial<BackoffPolicy>;
  heartbeatSeconds?: number;
  confirmTimeoutMs?: number;
}

export type RelayOptions = Omit<OutboxRelayOptions, 'publisher' | 'connection' | 'metrics' | 'logger'>;

export class Messaging {
  readonly connection: ConnectionManager;
  readonly publisher: Publisher;
  readonly outbox: OutboxWriter;
  readonly metrics: MessagingMetrics;
  readonly exchanges: ExchangeNames;
  private readonly consumers: Consumer<SqlClient | undefined, string>[] = [];
  private readonly relays: OutboxRelay[] = [];

  constructor(private readonly options: MessagingOptions) {
    this.exchanges = resolveExchanges(options.topology);
    this.metrics = MessagingMetrics.for(options.registry);
    this.connection = new ConnectionManager({
      url: options.url,
      logger: options.logger,
      connectionName: options.serviceName,
      reconnect: options.reconnect,
      heartbeatSeconds: options.heartbeatSeconds,
      confirmTimeoutMs: options.confirmTimeoutMs,
    });
    this.publisher = new Publisher({
      connection: this.connection,
      metrics: this.metrics,
      exchange: this.exchanges.exchange,
      logger: options.logger,
      appId: options.serviceName,
    });
    this.outbox = new OutboxWriter({ getCorrelationId: options.getCorrelationId });
    // A service that only publishes must still find its exchange: publishing to a missing one
    // makes the broker close the channel. Not connected yet, so this only registers the setup.
    void this.connection.addSetup(async (connection) => {
      const channel = await connection.createChannel();
      channel.on('error', () => {}); // the rejected declaration below reports it
      try {
        await declareExchanges(channel, this.exchanges);
      } finally {
        await channel.close().catch(() => {});
      }
    });
  }

  /** Connects (retrying with backoff until close()); see ConnectionManager.start. */
  start(options?: { timeoutMs?: number }): Promise<void> {
    return this.connection.start(options);
  }

  isConnected(): boolean {
    return this.connection.isConnected();
  }

  /** Publishes directly (with confirms). Prefer the outbox for events caused by a state change. */
  publish(envelope: EventEnvelope): Promise<void> {
    return this.publisher.publish(envelope);
  }

  /** Starts a consumer; it resumes by itself after reconnections. */
  async consume<TTx extends SqlClient | undefined = undefined, K extends string = string>(
    options: ConsumeOptions<TTx, K>,
  ): Promise<Consumer<TTx, K>> {
    const consumer = new Consumer<TTx, K>(
      {
        connection: this.connection,
        metrics: this.metrics,
        exchanges: this.exchanges,
        logger: this.options.logger,
        runInContext: this.options.runInContext,
      },
      options,
    );
    await consumer.start();
    this.consumers.push(consumer as unknown as Consumer<SqlClient | undefined, string>);
    return consumer;
  }

  /** Creates (without starting) a relay for this service's outbox table. */
  createOutboxRelay(options: RelayOptions): OutboxRelay {
    const relay = new OutboxRelay({
      ...options,
      publisher: this.publisher,
      connection: this.connection,
      metrics: this.metrics,
      logger: this.options.logger,
    });
    this.relays.push(relay);
    return relay;
  }

  redrive(queue: string, options?: RedriveOptions): Promise<RedriveResult> {
    return redrive(this.connection, queue, options);
  }

  /** Stops relays, then consumers (letting deliveries in flight settle), then the connection. */
  async close(): Promise<void> {
    await Promise.all(this.relays.map((relay) => relay.stop()));
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
    await this.connection.close();
  }
}
