// The webhooks the simulator posted to the channel and what came back, newest last. Bounded: the benchmark
// posts hundreds of thousands of status webhooks and only the recent ones are worth looking at.

export interface WebhookDelivery {
  at: string;
  kind: 'message' | 'status';
  wamid: string;
  /** For status webhooks: sent, delivered, read or failed. */
  status?: string;
  /** 0 for the original delivery, 1..n for injected duplicates. */
  duplicate: number;
  /** The channel's HTTP status; absent when the request failed. */
  channelStatus?: number;
  error?: string;
  durationMs: number;
}

const MAX_ENTRIES = 10_000;

export class DeliveryLog {
  private entries: WebhookDelivery[] = [];
  private total = 0;
  private failures = 0;

  add(entry: WebhookDelivery): void {
    this.total += 1;
    if (entry.channelStatus !== 200) this.failures += 1;
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES * 1.5) this.entries = this.entries.slice(-MAX_ENTRIES);
  }

  list(): { total: number; failures: number; recent: WebhookDelivery[] } {
    return {
      total: this.total,
      failures: this.failures,
      recent: this.entries.slice(-MAX_ENTRIES),
    };
  }

  clear(): void {
    this.entries = [];
    this.total = 0;
    this.failures = 0;
  }
}
