// The Prometheus metrics of this package, registered once per Registry and shared by the
// publisher, consumers, outbox relays and queue-depth tracker that report to it.
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

export type ConsumeOutcome = 'ok' | 'duplicate' | 'retried' | 'dead_lettered' | 'invalid';

type DepthRefresher = () => Promise<void>;

// Gauges refreshed on scrape are refreshed at most this often, however many scrapers there are.
const DEPTH_REFRESH_MIN_INTERVAL_MS = 1_000;

const byRegistry = new WeakMap<Registry, MessagingMetrics>();

export class MessagingMetrics {
  readonly published: Counter<'type'>;
  readonly unroutable: Counter<'type'>;
  readonly consumed: Counter<'queue' | 'type' | 'outcome'>;
  readonly retried: Counter<'queue'>;
  readonly deadLettered: Counter<'queue' | 'reason'>;
  readonly handlerSeconds: Histogram<'queue' | 'type'>;
  readonly outboxBacklog: Gauge;
  readonly queueDepth: Gauge<'queue'>;
  readonly dlqDepth: Gauge<'queue'>;

  private readonly depthRefreshers = new Set<DepthRefresher>();
  private depthRefresh: Promise<void> | undefined;
  private depthRefreshedAt = 0;

  /** The metrics on `registry`, created on first use. */
  static for(registry: Registry): MessagingMetrics {
    let metrics = byRegistry.get(registry);
    if (!metrics) {
      metrics = new MessagingMetrics(registry);
      byRegistry.set(registry, metrics);
    }
    return metrics;
  }

  private constructor(registry: Registry) {
    const registers = [registry];
    const refreshDepths = (): Promise<void> => this.refreshDepths();
    this.published = new Counter({
      name: 'messaging_published_total',
      help: 'Events published and confirmed by the broker, by type.',
      labelNames: ['type'],
      registers,
    });
    this.unroutable = new Counter({
      name: 'messaging_unroutable_total',
      help: 'Events confirmed by the broker but bound to no queue (no consumer has declared one yet).',
      labelNames: ['type'],
      registers,
    });
    this.consumed = new Counter({
      name: 'messaging_consumed_total',
      help: 'Deliveries settled by consumers, by queue, event type and outcome.',
      labelNames: ['queue', 'type', 'outcome'],
      registers,
    });
    this.retried = new Counter({
      name: 'messaging_retried_total',
      help: 'Failed deliveries sent to a retry delay queue.',
      labelNames: ['queue'],
      registers,
    });
    this.deadLettered = new Counter({
      name: 'messaging_dead_lettered_total',
      help: 'Deliveries sent to the dead-letter queue, by reason.',
      labelNames: ['queue', 'reason'],
      registers,
    });
    this.handlerSeconds = new Histogram({
      name: 'messaging_handler_duration_seconds',
      help: 'Time spent handling a delivery, including its database transaction.',
      labelNames: ['queue', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.outboxBacklog = new Gauge({
      name: 'messaging_outbox_backlog',
      help: 'Outbox rows not yet published, counted by the relay at most every 5 s.',
      registers,
    });
    this.queueDepth = new Gauge({
      name: 'messaging_queue_depth',
      help: 'Messages ready in a consumer queue (consumer lag), refreshed on scrape.',
      labelNames: ['queue'],
      registers,
      collect: refreshDepths,
    });
    this.dlqDepth = new Gauge({
      name: 'messaging_dlq_depth',
      help: "Messages in a consumer queue's dead-letter queue, refreshed on scrape.",
      labelNames: ['queue'],
      registers,
      collect: refreshDepths,
    });
  }

  /** Registers a function that refreshes depth gauges; returns its unregistration. */
  onDepthRefresh(refresher: DepthRefresher): () => void {
    this.depthRefreshers.add(refresher);
    return () => this.depthRefreshers.delete(refresher);
  }

  /** Refreshes every depth gauge now (or joins a refresh in progress). */
  refreshDepths(): Promise<void> {
    if (this.depthRefresh) return this.depthRefresh;
    if (Date.now() - this.depthRefreshedAt < DEPTH_REFRESH_MIN_INTERVAL_MS) return Promise.resolve();
    this.depthRefresh = Promise.allSettled([...this.depthRefreshers].map((refresh) => refresh())).then(() => {
      this.depthRefreshedAt = Date.now();
      this.depthRefresh = undefined;
    });
    return this.depthRefresh;
  }

  /** Forgets the last refresh time, so the next refreshDepths() queries the broker. */
  invalidateDepths(): void {
    this.depthRefreshedAt = 0;
  }
}
