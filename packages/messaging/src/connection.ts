// One AMQP connection per process that heals itself: it connects with exponential backoff, and
// after the connection (or any channel it depends on) drops it reconnects and runs every
// registered setup again, so exchanges, queues and consumers come back after a broker restart.
import amqp from 'amqplib';
import type { ChannelModel } from 'amqplib';
import { backoffDelay, validateBackoff, withJitter, type BackoffPolicy } from './backoff.ts';
import { ConfirmingChannel } from './confirming-channel.ts';
import { NotConnectedError } from './errors.ts';
import { describeError, silentLogger, type Logger } from './logger.ts';

export interface ConnectionOptions {
  /** amqp://user:pass@host:port/vhost */
  url: string;
  logger?: Logger;
  /** Shown as the connection name in RabbitMQ's management UI. */
  connectionName?: string;
  reconnect?: Partial<BackoffPolicy>;
  /** Detects a dead peer that never closed the socket. */
  heartbeatSeconds?: number;
  /** How long a publish waits for the broker's confirm before it fails. */
  confirmTimeoutMs?: number;
}

/** Runs on every (re)connection, in registration order; a failure forces a reconnect. */
export type ConnectionSetup = (connection: ChannelModel) => Promise<void>;

const DEFAULT_RECONNECT: BackoffPolicy = { baseMs: 500, factor: 2, maxMs: 30_000 };
// A connection that dies sooner than this after connecting does not reset the backoff, so a
// setup that keeps failing cannot turn into a reconnect loop at full speed.
const STABLE_AFTER_MS = 5_000;

export class ConnectionManager {
  private readonly logger: Logger;
  private readonly reconnectPolicy: BackoffPolicy;
  // A Set, because iterating it also visits setups added while a connection is being set up.
  private readonly setups = new Set<ConnectionSetup>();
  private model: ChannelModel | undefined;
  private publishChannel: ConfirmingChannel | undefined;
  private ready = false;
  private started = false;
  private closing = false;
  private failures = 0;
  private connectedAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private connecting: Promise<void> | undefined;
  private readonly readyWaiters = new Set<{ resolve: () => void; reject: (error: Error) => void }>();

  constructor(private readonly options: ConnectionOptions) {
    this.logger = options.logger ?? silentLogger;
    this.reconnectPolicy = validateBackoff({ ...DEFAULT_RECONNECT, ...options.reconnect });
  }

  /**
   * Starts connecting (and keeps retrying until close()). Resolves once connected and set up;
   * with `timeoutMs`, rejects if that takes longer, while the retries go on in the background.
   */
  start({ timeoutMs }: { timeoutMs?: number } = {}): Promise<void> {
    if (this.closing) return Promise.reject(new NotConnectedError('connection manager is closed'));
    if (!this.started) {
      this.started = true;
      this.connecting = this.tryConnect();
    }
    return this.waitUntilReady(timeoutMs);
  }

  /** True while connected with every setup applied: the broker half of a readiness probe. */
  isConnected(): boolean {
    return this.ready && this.model !== undefined;
  }

  /** Adds a setup; when already connected it also runs now, and a failure is returned to the caller. */
  async addSetup(setup: ConnectionSetup): Promise<void> {
    this.setups.add(setup);
    const model = this.model;
    if (!model || !this.ready) return;
    try {
      await setup(model);
    } catch (error) {
      this.removeSetup(setup);
      throw error;
    }
  }

  removeSetup(setup: ConnectionSetup): void {
    this.setups.delete(setup);
  }

  /** The shared publishing channel; throws NotConnectedError while disconnected. */
  confirmChannel(): ConfirmingChannel {
    if (!this.model || !this.publishChannel) throw new NotConnectedError();
    return this.publishChannel;
  }

  /**
   * Runs `fn` on a short-lived confirm channel of its own, for work that may make the broker close
   * the channel (checking a queue that does not exist) or that holds unacked messages (redrive).
   */
  async withChannel<T>(fn: (channel: ConfirmingChannel) => Promise<T>): Promise<T> {
    if (!this.model) throw new NotConnectedError();
    const raw = await this.model.createConfirmChannel();
    raw.on('error', (error: unknown) =>
      this.logger.debug('messaging: channel error', { error: describeError(error) }),
    );
    try {
      return await fn(new ConfirmingChannel(raw, this.confirmTimeout()));
    } finally {
      await raw.close().catch(() => {});
    }
  }

  /**
   * Called when a channel this process depends on closed unexpectedly: the simplest way back to a
   * known state is a fresh connection on which every setup runs again.
   */
  reconnect(connection: ChannelModel, reason: string): void {
    setImmediate(() => {
      if (connection !== this.model || this.closing) return;
      this.logger.warn('messaging: resetting the broker connection', { reason });
      connection.close().catch(() => {});
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.timer);
    for (const waiter of this.readyWaiters) waiter.reject(new NotConnectedError('connection manager closed'));
    this.readyWaiters.clear();
    await this.connecting?.catch(() => {});
    const model = this.model;
    this.model = undefined;
    this.publishChannel = undefined;
    this.ready = false;
    if (model) await model.close().catch(() => {});
  }

  private confirmTimeout(): number {
    return this.options.confirmTimeoutMs ?? 10_000;
  }

  private waitUntilReady(timeoutMs?: number): Promise<void> {
    if (this.isConnected()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error: Error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              this.readyWaiters.delete(waiter);
              reject(new NotConnectedError(`not connected to the message broker within ${timeoutMs}ms`));
            }, timeoutMs);
      this.readyWaiters.add(waiter);
    });
  }

  private async tryConnect(): Promise<void> {
    try {
      await this.connectOnce();
    } catch (error) {
      if (this.closing) return;
      this.failures++;
      const delay = withJitter(backoffDelay(this.reconnectPolicy, this.failures));
      this.logger.warn('messaging: cannot connect to the broker, retrying', {
        error: describeError(error),
        attempt: this.failures,
        retryInMs: delay,
      });
      this.schedule(delay);
      return;
    }
    this.connectedAt = Date.now();
    this.logger.info('messaging: connected to the broker', { afterFailures: this.failures });
    for (const waiter of this.readyWaiters) waiter.resolve();
    this.readyWaiters.clear();
  }

  private schedule(delayMs: number): void {
    if (this.closing || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.connecting = this.tryConnect();
    }, delayMs);
  }

  private async connectOnce(): Promise<void> {
    const model = await amqp.connect(this.connectUrl(), {
      timeout: 10_000,
      // TCP_NODELAY: with Nagle's algorithm a publish written right after an ack waited for the
      // broker's delayed TCP ACK, about 40 ms per hop (measured: outbox row to confirm 50 ms, now 3).
      noDelay: true,
      clientProperties: { connection_name: this.options.connectionName ?? 'govconnect' },
    });
    model.on('error', (error: unknown) =>
      this.logger.warn('messaging: broker connection error', { error: describeError(error) }),
    );
    model.on('blocked', (reason: unknown) =>
      this.logger.warn('messaging: broker blocked publishing', { reason }),
    );
    model.on('unblocked', () => this.logger.info('messaging: broker unblocked publishing'));
    model.on('close', () => this.onClosed(model));
    this.model = model;
    try {
      const raw = await model.createConfirmChannel();
      raw.on('error', (error: unknown) =>
        this.logger.warn('messaging: publish channel error', { error: describeError(error) }),
      );
      raw.on('close', () => this.reconnect(model, 'publish channel closed'));
      this.publishChannel = new ConfirmingChannel(raw, this.confirmTimeout());
      for (const setup of this.setups) {
        if (this.closing || this.model !== model) throw new NotConnectedError('closed while setting up');
        await setup(model);
      }
      if (this.closing || this.model !== model) throw new NotConnectedError('closed while setting up');
      this.ready = true;
    } catch (error) {
      if (this.model === model) {
        this.model = undefined;
        this.publishChannel = undefined;
      }
      await model.close().catch(() => {});
      throw error;
    }
  }

  private onClosed(model: ChannelModel): void {
    if (model !== this.model) return;
    this.model = undefined;
    this.publishChannel = undefined;
    this.ready = false;
    if (this.closing) return;
    if (Date.now() - this.connectedAt >= STABLE_AFTER_MS) this.failures = 0;
    this.failures++;
    const delay = withJitter(backoffDelay(this.reconnectPolicy, this.failures));
    this.logger.warn('messaging: lost the broker connection, reconnecting', { retryInMs: delay });
    this.schedule(delay);
  }

  private connectUrl(): string {
    const url = new URL(this.options.url);
    if (!url.searchParams.has('heartbeat'))
      url.searchParams.set('heartbeat', String(this.options.heartbeatSeconds ?? 10));
    return url.toString();
  }
}
