// `case_complaints_overdue{village_id}`: open complaints past their due time, read from the database
// when Prometheus scrapes (a count per village, cheap with the (village_id, status) index).
import { Gauge, type Logger, type Metrics } from '@govconnect/service-kit';
import type { Db } from '../repositories/prisma-client.ts';
import { countOverdueByVillage } from '../repositories/complaint-stats.repository.ts';

export function registerOverdueGauge(metrics: Metrics, db: Db, logger: Logger, now: () => Date): void {
  new Gauge({
    name: 'case_complaints_overdue',
    help: 'Open complaints past the SLA due time of their current stage',
    labelNames: ['village_id'],
    registers: [metrics.registry],
    async collect() {
      // A database outage must not break the whole scrape: keep the last values and say so.
      try {
        const rows = await countOverdueByVillage(db, now());
        this.reset();
        for (const row of rows) this.set({ village_id: row.village_id }, row.n);
      } catch (err) {
        logger.warn('overdue gauge not refreshed', { err });
      }
    },
  });
}
