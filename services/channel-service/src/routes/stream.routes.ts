// GET /internal/stream: server-sent events for the dashboard's live inbox (new messages, status
// changes, conversation state), filtered by village. No polling: events are pushed as they commit.
import { requireInternalKey, validate } from '@govconnect/service-kit';
import type { Express } from 'express';
import { z } from 'zod';
import type { ChannelDeps } from '../use-cases/intake.types.ts';

const HEARTBEAT_MS = 15_000;

export function streamRoutes(app: Express, deps: ChannelDeps): void {
  app.get(
    '/internal/stream',
    requireInternalKey(deps.config.INTERNAL_API_KEY),
    validate({ query: z.object({ villageId: z.string().min(1).optional() }) }),
    (req, res) => {
      const villageId = req.query.villageId;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.flushHeaders();
      res.write(`retry: 2000\n: connected\n\n`);
      let id = 0;
      const unsubscribe = deps.feed.subscribe((event) => {
        if (villageId && event.villageId !== villageId) return;
        res.write(`id: ${++id}\nevent: ${event.kind}\ndata: ${JSON.stringify(event)}\n\n`);
      });
      const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
      req.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
    },
  );
}
