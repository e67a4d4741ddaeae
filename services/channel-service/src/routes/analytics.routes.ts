// Figures the dashboard's Analitik reads from the conversations this service keeps: for now the staff
// response time. Thin: parse the period, call the use case, respond.
import { VillageId } from '@govconnect/contracts';
import { requireInternalKey, validate } from '@govconnect/service-kit';
import type { Express } from 'express';
import { z } from 'zod';
import type { ChannelDeps } from '../use-cases/intake.types.ts';
import { measureStaffResponse } from '../use-cases/measure-staff-response.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

const PeriodQuery = z
  .object({
    villageId: VillageId,
    from: z.iso
      .datetime({ offset: true })
      .optional()
      .describe('start of the period, inclusive (default: 30 days before `to`)'),
    to: z.iso.datetime({ offset: true }).optional().describe('end of the period, exclusive (default: now)'),
  })
  .transform(({ villageId, from, to }) => {
    const end = to ? new Date(to) : new Date();
    return { villageId, from: from ? new Date(from) : new Date(end.getTime() - 30 * DAY_MS), to: end };
  })
  .refine((q) => q.from < q.to, { message: 'must be before `to`', path: ['from'] });

export function analyticsRoutes(app: Express, deps: ChannelDeps): void {
  app.use('/internal/analytics', requireInternalKey(deps.config.INTERNAL_API_KEY));

  app.get('/internal/analytics/staff', validate({ query: PeriodQuery }), async (req, res) => {
    res.json(await measureStaffResponse(deps, req.query));
  });
}
