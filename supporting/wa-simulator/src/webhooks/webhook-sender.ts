// Posts signed webhooks to the channel service like Meta does, over a pool of keep-alive connections, with
// the injected delay and duplicate deliveries applied, and records every delivery.
import type { Logger } from '@govconnect/service-kit';
import { Pool } from 'undici';
import type { DeliveryLog, WebhookDelivery } from '../state/delivery-log.store.ts';
import type { FaultsStore } from '../state/faults.store.ts';
import { metaJson, signature } from './meta-json.ts';

export interface DeliveryOutcome {
  channelStatus?: number;
  error?: string;
}

export interface WebhookSenderOptions {
  webhookUrl: string;
  appSecret: string;
  faults: FaultsStore;
  log: DeliveryLog;
  logger?: Logger;
  timeoutMs?: number;
}

type Label = Pick<WebhookDelivery, 'kind' | 'wamid' | 'status'>;

export class WebhookSender {
  private readonly url: URL;
  private readonly pool: Pool;
  private closed = false;

  constructor(private readonly options: WebhookSenderOptions) {
    this.url = new URL(options.webhookUrl);
    const timeoutMs = options.timeoutMs ?? 10_000;
    // undici's pool: several times cheaper per request than node:http, which matters when the benchmark
    // makes the simulator post three status webhooks for every one of thousands of sends a second.
    // Bounded, so a burst queues here instead of opening thousands of sockets to the channel.
    this.pool = new Pool(this.url.origin, {
      connections: 64,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
  }

  /** Delivers one webhook (plus injected duplicates, which all finish before this resolves). */
  async deliver(label: Label, payload: unknown): Promise<DeliveryOutcome> {
    const body = metaJson(payload);
    const signed = signature(body, this.options.appSecret);
    const delayMs = this.options.faults.webhookDelayMs();
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    const outcome = await this.post(label, body, signed, 0);
    const duplicates = this.options.faults.webhookDuplicates();
    if (duplicates > 0) {
      await Promise.all(Array.from({ length: duplicates }, (_, i) => this.post(label, body, signed, i + 1)));
    }
    return outcome;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.pool.destroy();
  }

  private async post(
    label: Label,
    body: Buffer,
    signed: string,
    duplicate: number,
  ): Promise<DeliveryOutcome> {
    const started = performance.now();
    const outcome = this.closed ? { error: 'simulator stopped' } : await this.request(body, signed);
    this.options.log.add({
      ...label,
      ...outcome,
      duplicate,
      at: new Date().toISOString(),
      durationMs: Math.round((performance.now() - started) * 100) / 100,
    });
    if (outcome.channelStatus !== 200) {
      this.options.logger?.warn('webhook not accepted by the channel', { ...label, ...outcome });
    }
    return outcome;
  }

  private async request(body: Buffer, signed: string): Promise<DeliveryOutcome> {
    try {
      const res = await this.pool.request({
        method: 'POST',
        path: `${this.url.pathname}${this.url.search}`,
        body,
        headers: {
          'content-type': 'application/json',
          'x-hub-signature-256': signed,
          'user-agent': 'facebookexternalua',
        },
      });
      await res.body.dump(); // drain, so the connection goes back to the pool
      return { channelStatus: res.statusCode };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  }
}
