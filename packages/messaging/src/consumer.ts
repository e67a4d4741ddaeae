// A queue consumer: declares its queue, retry and dead-letter topology on every (re)connection,
// runs deliveries through handleEnvelope with up to `prefetch` in flight, and settles each one:
// ack, move to a retry delay queue, or move to the dead-letter queue.
import type { Channel, ChannelModel, ConsumeMessage } from 'amqplib';
import type { EventEnvelope, EventType } from '@govconnect/contracts';
import { retryDelays, validateBackoff, type BackoffPolicy } from './backoff.ts';
import type { ConnectionManager } from './connection.ts';
import { runWithoutContext, type RunInContext } from './context.ts';
import {
  handleEnvelope,
  parseDelivery,
  type EventHandler,
  type HandleOptions,
  type Settlement,
} from './handle-delivery.ts';
import { describeError, silentLogger, type Logger } from './logger.ts';
import type { MessagingMetrics } from './metrics.ts';
import { trackQueueDepth } from './queue-depth.ts';
import { settleDelivery, type SettleDeps } from './settle-delivery.ts';
import type { SqlClient, TransactionalClient } from './sql-client.ts';
import { declareConsumerTopology, type ExchangeNames } from './topology.ts';

/** The envelope a handler receives for routing keys K: typed per event when K names event types. */
export type EnvelopeFor<K extends string> = K extends EventType ? EventEnvelope<K> : EventEnvelope;

export interface ConsumeOptions<TTx extends SqlClient | undefined = undefined, K extends string = string> {
  /** The queue name, e.g. `notification.complaint-events`; also the processed_events consumer name. */
  queue: string;
  /** Binding keys on the events exchange: event types or topic patterns. */
  routingKeys: readonly K[];
  handler: EventHandler<TTx, EnvelopeFor<K>>;
  /** With a database, each event id is handled once, in a transaction shared with the handler. */
  db?: TransactionalClient<TTx & SqlClient>;
  /** Deliveries in flight at once. */
  prefetch?: number;
  /** Handler attempts before the message is dead-lettered. */
  maxAttempts?: number;
  /** Delays between attempts; each distinct delay gets its own delay queue. */
  backoff?: Partial<BackoffPolicy>;
  /** Prisma's interactive-transaction timeout for the handler's transaction. */
  transactionTimeoutMs?: number;
}

export interface ConsumerDeps {
  connection: ConnectionManager;
  metrics: MessagingMetrics;
  exchanges: ExchangeNames;
  logger?: Logger;
  runInContext?: RunInContext;
}

export const DEFAULT_CONSUMER_BACKOFF: BackoffPolicy = { baseMs: 1_000, factor: 4, maxMs: 60_000 };
export const DEFAULT_MAX_ATTEMPTS = 5;
const ignore = (): void => {};

export class Consumer<TTx extends SqlClient | undefined = undefined, K extends string = string> {
  readonly queue: string;
  private readonly logger: Logger;
  private readonly runInContext: RunInContext;
  private readonly handleOptions: HandleOptions<TTx>;
  private readonly retryDelaysMs: number[];
  private readonly settleDeps: SettleDeps;
  private readonly inFlight = new Set<Promise<void>>();
  private channel: Channel | undefined;
  private consumerTag: string | undefined;
  private started = false;
  private stopping = false;
  private untrackDepth: () => void = ignore;

  constructor(
    private readonly deps: ConsumerDeps,
    private readonly options: ConsumeOptions<TTx, K>,
  ) {
    if (options.routingKeys.length === 0)
      throw new RangeError(`consumer ${options.queue} needs routing keys`);
    this.queue = options.queue;
    this.logger = deps.logger ?? silentLogger;
    this.runInContext = deps.runInContext ?? runWithoutContext;
    const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
      throw new RangeError('maxAttempts must be a positive integer');
    const backoff = validateBackoff({ ...DEFAULT_CONSUMER_BACKOFF, ...options.backoff });
    this.retryDelaysMs = retryDelays(backoff, maxAttempts);
    this.settleDeps = {
      queue: options.queue,
      deadLetterExchange: deps.exchanges.deadLetterExchange,
      connection: deps.connection,
      metrics: deps.metrics,
      logger: this.logger,
    };
    this.handleOptions = {
      consumerName: options.queue,
      // Safe: parseDelivery dead-letters any type the routing keys do not match.
      handler: options.handler as unknown as EventHandler<TTx>,
      db: options.db,
      maxAttempts,
      backoff,
      transactionTimeoutMs: options.transactionTimeoutMs ?? 30_000,
    };
  }

  /** Declares the topology and starts consuming now if connected, and after every reconnection. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.deps.connection.addSetup(this.setup);
    this.untrackDepth = trackQueueDepth(this.deps.metrics, this.deps.connection, this.queue, this.logger);
  }

  /** Stops taking deliveries, waits for those in flight to settle, and closes the channel. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.deps.connection.removeSetup(this.setup);
    this.untrackDepth();
    const channel = this.channel;
    if (channel && this.consumerTag) await channel.cancel(this.consumerTag).catch(ignore);
    await Promise.allSettled([...this.inFlight]);
    if (channel) await channel.close().catch(ignore);
  }

  private readonly setup = async (model: ChannelModel): Promise<void> => {
    const channel = await model.createChannel();
    channel.on('error', (error: unknown) =>
      this.logger.warn('messaging: consumer channel error', {
        queue: this.queue,
        error: describeError(error),
      }),
    );
    try {
      await declareConsumerTopology(channel, this.deps.exchanges, {
        queue: this.queue,
        routingKeys: this.options.routingKeys,
        retryDelaysMs: this.retryDelaysMs,
      });
      await channel.prefetch(this.options.prefetch ?? 10);
      const { consumerTag } = await channel.consume(this.queue, (message) => {
        if (message) this.track(this.onMessage(channel, message));
        // null: the broker cancelled the consumer (its queue was deleted); start over to redeclare it.
        else if (!this.stopping)
          this.deps.connection.reconnect(model, `consumer of ${this.queue} cancelled by the broker`);
      });
      this.consumerTag = consumerTag;
    } catch (error) {
      await channel.close().catch(ignore);
      throw error;
    }
    this.channel = channel;
    channel.on('close', () => {
      if (!this.stopping) this.deps.connection.reconnect(model, `consumer channel of ${this.queue} closed`);
    });
  };

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async onMessage(channel: Channel, message: ConsumeMessage): Promise<void> {
    try {
      const parsed = parseDelivery(message, this.options.routingKeys);
      if (!parsed.ok) {
        const requestId =
          message.properties.correlationId ?? message.properties.messageId ?? crypto.randomUUID();
        const settlement: Settlement = {
          kind: 'dead-letter',
          reason: parsed.reason,
          detail: parsed.detail,
          attempts: 0,
        };
        await this.runInContext({ requestId: String(requestId) }, () =>
          settleDelivery(this.settleDeps, channel, message, settlement, 'unknown'),
        );
        return;
      }
      const { envelope } = parsed;
      await this.runInContext(
        { requestId: envelope.correlationId, villageId: envelope.villageId },
        async () => {
          const timer = this.deps.metrics.handlerSeconds.startTimer({
            queue: this.queue,
            type: envelope.type,
          });
          const settlement = await handleEnvelope(envelope, message, this.handleOptions);
          timer();
          await settleDelivery(this.settleDeps, channel, message, settlement, envelope.type, envelope.id);
        },
      );
    } catch (error) {
      // Only a bug gets here; leave the message unacked so the broker redelivers it on a new channel.
      this.logger.error('messaging: delivery not settled', {
        queue: this.queue,
        error: describeError(error),
      });
    }
  }
}
