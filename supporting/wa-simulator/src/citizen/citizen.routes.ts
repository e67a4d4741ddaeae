// The citizen side: make a citizen send a message to a village, and read what a citizen received.
import { AppError, parse } from '@govconnect/service-kit';
import express, { Router } from 'express';
import type { SimulatorDeps } from '../deps.ts';
import { CitizenMessageBody, WaId } from './citizen-message.schema.ts';
import { sendCitizenMessage } from './send-citizen-message.use-case.ts';

export function citizenRoutes(deps: SimulatorDeps): Router {
  const router = Router();

  router.post('/simulator/citizens/:waId/messages', express.json(), async (req, res) => {
    const waId = parse(WaId, req.params.waId, 'params.waId');
    const body = parse(CitizenMessageBody, req.body ?? {}, 'body');
    const result = await sendCitizenMessage(deps, waId, body);
    if (result.channelStatus === undefined) {
      throw new AppError({
        code: 'CHANNEL_UNREACHABLE',
        status: 502,
        message: `The webhook could not be delivered to the channel service: ${result.error}`,
        details: { wamid: result.wamid },
      });
    }
    res.json(
      result.channelStatus === 200
        ? { wamid: result.wamid }
        : { wamid: result.wamid, channelStatus: result.channelStatus },
    );
  });

  router.get('/simulator/citizens/:waId/inbox', (req, res) => {
    const waId = parse(WaId, req.params.waId, 'params.waId');
    res.json(deps.citizens.inbox(waId));
  });

  // For the phone page: both directions, oldest first.
  router.get('/simulator/citizens/:waId/chat', (req, res) => {
    const waId = parse(WaId, req.params.waId, 'params.waId');
    const incoming = deps.citizens.inbox(waId).map((m) => ({ ...m, from: 'village' as const }));
    const outgoing = deps.citizens.sent(waId).map((m) => ({ ...m, from: 'citizen' as const }));
    res.json([...incoming, ...outgoing].sort((a, b) => a.at.localeCompare(b.at)));
  });

  return router;
}
