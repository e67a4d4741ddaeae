// The shared broker as a test sees it: exchanges and queues under a prefix unique to the test file,
// helpers to publish raw messages and read queues, and a cleanup that deletes everything it named.
import amqp, { type ChannelModel, type ConfirmChannel, type GetMessage, type Options } from 'amqplib';
import {
  DEFAULT_CONSUMER_BACKOFF,
  DEFAULT_MAX_ATTEMPTS,
  declareExchanges,
  deadLetterQueueName,
  retryDelays,
  retryQueueName,
  type BackoffPolicy,
  type ExchangeNames,
} from '../../src/index.ts';
import { AMQP_URL } from './env.ts';
import { waitFor } from './wait-for.ts';

export class BrokerFixture {
  readonly prefix: string;
  readonly exchanges: ExchangeNames;
  private readonly queues = new Set<string>();
  private readonly extraExchanges = new Set<string>();

  private constructor(
    private readonly model: ChannelModel,
    private readonly channel: ConfirmChannel,
    label: string,
  ) {
    this.prefix = `gc-messaging-test.${label}.${crypto.randomUUID().slice(0, 8)}`;
    this.exchanges = { exchange: `${this.prefix}.events`, deadLetterExchange: `${this.prefix}.dlx` };
  }

  static async create(label: string): Promise<BrokerFixture> {
    const model = await amqp.connect(AMQP_URL);
    const channel = await model.createConfirmChannel();
    const fixture = new BrokerFixture(model, channel, label);
    await declareExchanges(channel, fixture.exchanges);
    return fixture;
  }

  /** Exchange names nobody has declared yet (deleted by cleanup if something declares them). */
  freshExchanges(label: string): ExchangeNames {
    const names = {
      exchange: `${this.prefix}.${label}.events`,
      deadLetterExchange: `${this.prefix}.${label}.dlx`,
    };
    this.extraExchanges.add(names.exchange).add(names.deadLetterExchange);
    return names;
  }

  /** A fresh consumer queue name; its DLQ and the delay queues of `retry` are cleaned up too. */
  queue(
    label: string,
    retry: { backoff: BackoffPolicy; maxAttempts: number } = {
      backoff: DEFAULT_CONSUMER_BACKOFF,
      maxAttempts: DEFAULT_MAX_ATTEMPTS,
    },
  ): string {
    const queue = `${this.prefix}.${label}.${crypto.randomUUID().slice(0, 4)}`;
    this.queues.add(queue);
    this.queues.add(deadLetterQueueName(queue));
    for (const delay of retryDelays(retry.backoff, retry.maxAttempts)) {
      this.queues.add(retryQueueName(queue, delay));
    }
    return queue;
  }

  /** Publishes anything (valid or not) on the test events exchange and waits for the confirm. */
  async publishRaw(
    routingKey: string,
    content: string | Buffer,
    options: Options.Publish = {},
  ): Promise<void> {
    this.channel.publish(this.exchanges.exchange, routingKey, Buffer.from(content), {
      persistent: true,
      ...options,
    });
    await this.channel.waitForConfirms();
  }

  /** A queue bound to the events exchange, standing in for a subscriber; read it with collect(). */
  async probe(routingKey: string): Promise<string> {
    const queue = this.queue('probe');
    await this.channel.assertQueue(queue, { durable: false });
    await this.channel.bindQueue(queue, this.exchanges.exchange, routingKey);
    return queue;
  }

  /** Takes messages from `queue` until `count` have arrived (or fails after `timeoutMs`). */
  async collect(queue: string, count: number, timeoutMs = 10_000): Promise<GetMessage[]> {
    const taken: GetMessage[] = [];
    await waitFor(
      async () => {
        taken.push(...(await this.drain(queue)));
        return taken.length >= count;
      },
      { timeoutMs, what: `${count} messages in ${queue}` },
    );
    return taken;
  }

  /** Takes every message currently in `queue` (acking them). */
  async drain(queue: string): Promise<GetMessage[]> {
    const taken: GetMessage[] = [];
    for (;;) {
      const message = await this.channel.get(queue, { noAck: true });
      if (!message) return taken;
      taken.push(message);
    }
  }

  async depth(queue: string): Promise<number> {
    return (await this.channel.checkQueue(queue)).messageCount;
  }

  async cleanup(): Promise<void> {
    for (const queue of this.queues) await this.channel.deleteQueue(queue);
    for (const exchange of [
      this.exchanges.exchange,
      this.exchanges.deadLetterExchange,
      ...this.extraExchanges,
    ]) {
      await this.channel.deleteExchange(exchange);
    }
    await this.model.close();
  }
}
