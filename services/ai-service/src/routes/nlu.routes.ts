// POST /internal/nlu: intent, confidence and slots of one text, with no side effects.
import { VillageId } from '@govconnect/contracts';
import { validate } from '@govconnect/service-kit';
import { Router } from 'express';
import { z } from 'zod';
import type { AiDeps } from '../deps.ts';
import { understandMessage } from '../use-cases/understand-message.ts';

const NluBody = z.object({ text: z.string().trim().min(1).max(4096), villageId: VillageId.optional() });

export function nluRoutes(deps: AiDeps): Router {
  const router = Router();
  router.post('/nlu', validate({ body: NluBody }), async (req, res) => {
    res.json(await understandMessage(deps, req.body.text, req.body.villageId));
  });
  return router;
}
