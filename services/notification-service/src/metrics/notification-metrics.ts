// The service's own metrics: notifications sent, delivered, read and failed by type and Meta's error
// code, retries and dead letters, the time from the causing event to delivery, and the dead letters
// waiting for someone (read from the database on scrape).
import { Counter, Gauge, Histogram, type Logger, type Metrics } from '@govconnect/service-kit';
import type { Db } from '../repositories/prisma-client.ts';
import { countDeadLetters } from '../repositories/notification.repository.ts';

export interface NotificationMetrics {
  sent: Counter<'type' | 'sent_as'>;
  delivered: Counter<'type'>;
  read: Counter<'type'>;
  failed: Counter<'type' | 'error_code'>;
  retried: Counter<'type' | 'error_code'>;
  deadLettered: Counter<'type' | 'error_code'>;
  eventToDelivered: Histogram<'type'>;
}

export const codeLabel = (code: number | null | undefined) => (code == null ? 'none' : String(code));

export function createNotificationMetrics(metrics: Metrics, db: Db, logger: Logger): NotificationMetrics {
  const registers = [metrics.registry];
  new Gauge({
    name: 'notification_dead_letters',
    help: 'Failed notifications parked as dead letters, waiting for a retry through the API',
    labelNames: ['type'],
    registers,
    async collect() {
      try {
        const rows = await countDeadLetters(db);
        this.reset();
        for (const r of rows) this.set({ type: r.type }, r.n);
      } catch (err) {
        logger.warn('dead-letter gauge not refreshed', { err });
      }
    },
  });
  return {
    sent: new Counter({
      name: 'notification_sent_total',
      help: 'Notifications WhatsApp accepted (a wamid), by type and how they went out (text or template)',
      labelNames: ['type', 'sent_as'],
      registers,
    }),
    delivered: new Counter({
      name: 'notification_delivered_total',
      help: "Notifications delivered to the recipient's phone",
      labelNames: ['type'],
      registers,
    }),
    read: new Counter({
      name: 'notification_read_total',
      help: 'Notifications read by the recipient',
      labelNames: ['type'],
      registers,
    }),
    failed: new Counter({
      name: 'notification_failed_total',
      help: "Notifications that ended failed, by type and Meta's error code ('none' without one)",
      labelNames: ['type', 'error_code'],
      registers,
    }),
    retried: new Counter({
      name: 'notification_retried_total',
      help: "Send attempts that failed and were scheduled again, by type and Meta's error code",
      labelNames: ['type', 'error_code'],
      registers,
    }),
    deadLettered: new Counter({
      name: 'notification_dead_lettered_total',
      help: 'Notifications parked as dead letters after a final failure',
      labelNames: ['type', 'error_code'],
      registers,
    }),
    eventToDelivered: new Histogram({
      name: 'notification_event_to_delivered_seconds',
      help: 'Time from the causing event (complaint created or moved) to delivery on the phone',
      labelNames: ['type'],
      buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 3600, 6 * 3600, 24 * 3600],
      registers,
    }),
  };
}
