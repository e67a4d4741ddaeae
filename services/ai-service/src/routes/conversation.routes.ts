// POST /internal/process-message (the pipeline for one text, with its trace) and
// GET /internal/analytics (a village's conversation figures over a period).
import { VillageId, WaId } from '@govconnect/contracts';
import { AppError, validate } from '@govconnect/service-kit';
import { Router } from 'express';
import { z } from 'zod';
import type { ConversationDeps } from '../conversation/conversation-deps.ts';
import { getAnalytics } from '../use-cases/get-analytics.ts';
import { processMessage } from '../use-cases/process-message.ts';

const ProcessMessageBody = z.object({
  villageId: VillageId,
  waId: WaId.optional(),
  text: z.string().trim().min(1).max(4096),
  conversationId: z.string().trim().min(1).max(200).optional(),
});

const DAY_MS = 24 * 60 * 60 * 1000;
const AnalyticsQuery = z.object({
  villageId: VillageId,
  from: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('start of the period (default: 30 days before `to`)'),
  to: z.iso.datetime({ offset: true }).optional().describe('end of the period, exclusive (default: now)'),
});

export function conversationRoutes(deps: ConversationDeps): Router {
  const router = Router();
  router.post('/process-message', validate({ body: ProcessMessageBody }), async (req, res) => {
    res.json(await processMessage(deps, req.body));
  });
  router.get('/analytics', validate({ query: AnalyticsQuery }), async (req, res) => {
    const to = req.query.to ? new Date(req.query.to) : new Date();
    const from = req.query.from ? new Date(req.query.from) : new Date(to.getTime() - 30 * DAY_MS);
    if (from >= to) throw AppError.badRequest('INVALID_PERIOD', '`from` must be before `to`.', { from, to });
    res.json(await getAnalytics(deps, { villageId: req.query.villageId, from, to }));
  });
  return router;
}
