// A confirm channel whose publishes resolve only once the broker has taken responsibility for the
// message, and which reports messages the broker could not route to any queue.
import type { ConfirmChannel, Message, Options } from 'amqplib';
import { PublishError } from './errors.ts';

export interface PublishResult {
  /** False when no queue was bound for the message (the broker confirmed and dropped it). */
  routed: boolean;
}

interface Pending {
  returned: boolean;
}

export class ConfirmingChannel {
  // basic.return carries no delivery tag, so a returned message is matched to its publish by
  // exchange, routing key and message id; the broker returns before it confirms, in publish order.
  private readonly pending = new Map<string, Pending[]>();
  private closed_ = false;

  constructor(
    readonly raw: ConfirmChannel,
    private readonly confirmTimeoutMs: number,
  ) {
    raw.on('close', () => (this.closed_ = true));
    raw.on('return', (message: Message) => {
      const key = pendingKey(
        message.fields.exchange,
        message.fields.routingKey,
        message.properties.messageId,
      );
      const entry = this.pending.get(key)?.find((p) => !p.returned);
      if (entry) entry.returned = true;
    });
  }

  /** The channel has closed; so has the connection, or it is being reset. */
  get closed(): boolean {
    return this.closed_;
  }

  /** Publishes with `mandatory` set and waits for the broker's confirm. */
  publish(
    exchange: string,
    routingKey: string,
    content: Buffer,
    options: Options.Publish,
  ): Promise<PublishResult> {
    const key = pendingKey(exchange, routingKey, options.messageId);
    const entry: Pending = { returned: false };
    const list = this.pending.get(key) ?? [];
    list.push(entry);
    this.pending.set(key, list);

    return new Promise<PublishResult>((resolve, reject) => {
      let settled = false;
      const settle = (error?: Error): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const remaining = (this.pending.get(key) ?? []).filter((p) => p !== entry);
        if (remaining.length) this.pending.set(key, remaining);
        else this.pending.delete(key);
        if (error) reject(error);
        else resolve({ routed: !entry.returned });
      };
      const timer = setTimeout(
        () => settle(new PublishError(`publish not confirmed within ${this.confirmTimeoutMs}ms`)),
        this.confirmTimeoutMs,
      );
      try {
        this.raw.publish(exchange, routingKey, content, { ...options, mandatory: true }, (err: unknown) => {
          settle(err ? new PublishError(`publish not confirmed: ${String(err)}`, { cause: err }) : undefined);
        });
      } catch (err) {
        // amqplib throws synchronously when the channel is already closed.
        settle(new PublishError(`publish failed: ${String(err)}`, { cause: err }));
      }
    });
  }
}

function pendingKey(exchange: string, routingKey: string, messageId: unknown): string {
  return `${exchange}\u0000${routingKey}\u0000${typeof messageId === 'string' ? messageId : ''}`;
}
