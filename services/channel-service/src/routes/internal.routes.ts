// The channel's internal API (x-internal-api-key): send a message, take a conversation over and give
// it back, and read conversations and messages. Thin: parse, call the use case, respond.
import { AppError, requireInternalKey, validate } from '@govconnect/service-kit';
import type { Express } from 'express';
import { z } from 'zod';
import { SendMessageBody } from '../domain/outbound-message.ts';
import type { GraphClient } from '../graph/graph-client.ts';
import { createReadRepository, decodeCursor } from '../repositories/read.repository.ts';
import type { ChannelDeps } from '../use-cases/intake.types.ts';
import { sendMessage } from '../use-cases/send-message.ts';
import { endTakeover, startTakeover, takeoverStatus } from '../use-cases/takeover.ts';

const ConversationParams = z.object({ conversationId: z.uuid() });
const Limit = z.coerce.number().int().min(1).max(200).default(50);
const Cursor = z
  .string()
  .optional()
  .transform((c, ctx) => {
    if (c === undefined) return undefined;
    const decoded = decodeCursor(c);
    if (!decoded) ctx.addIssue({ code: 'custom', message: 'not a cursor this API gave out' });
    return decoded ?? undefined;
  });

export function internalRoutes(app: Express, deps: ChannelDeps, graph: GraphClient): void {
  app.use('/internal', requireInternalKey(deps.config.INTERNAL_API_KEY));
  const reads = createReadRepository(deps.db);

  app.post(
    '/internal/messages/send',
    validate({
      body: SendMessageBody,
      headers: z.looseObject({ 'idempotency-key': z.string().min(1).max(200).optional() }),
    }),
    async (req, res) => {
      const { villageId, to, replyTo, adminId, adminName, origin, ...content } = req.body;
      const key = req.get('idempotency-key');
      const row = await sendMessage(
        { ...deps, graph },
        {
          villageId,
          to,
          content,
          replyTo,
          adminId,
          adminName,
          origin,
          sourceEventId: key ? `http:${key}` : undefined,
        },
      );
      res.status(200).json(row);
    },
  );

  app.post(
    '/internal/takeover/:conversationId/start',
    validate({
      params: ConversationParams,
      body: z.object({
        adminId: z.string().min(1),
        adminName: z.string().min(1),
        reason: z.string().max(500).optional(),
      }),
    }),
    async (req, res) => {
      res.json(await startTakeover(deps, req.params.conversationId, req.body));
    },
  );

  app.post(
    '/internal/takeover/:conversationId/end',
    validate({
      params: ConversationParams,
      body: z.object({ adminId: z.string().min(1).optional() }).optional(),
    }),
    async (req, res) => {
      res.json(await endTakeover(deps, req.params.conversationId, { adminId: req.body?.adminId }));
    },
  );

  app.get(
    '/internal/takeover/:conversationId/status',
    validate({ params: ConversationParams }),
    async (req, res) => {
      res.json(await takeoverStatus(deps, req.params.conversationId));
    },
  );

  app.get(
    '/internal/messages',
    validate({ query: z.object({ conversationId: z.uuid(), cursor: Cursor, limit: Limit }) }),
    async (req, res) => {
      const { conversationId, cursor, limit } = req.query;
      if (!(await deps.db.conversation.findUnique({ where: { id: conversationId } })))
        throw AppError.notFound('CONVERSATION_NOT_FOUND', `No conversation ${conversationId}.`);
      res.json(await reads.messages({ conversationId, after: cursor, limit }));
    },
  );

  app.get(
    '/internal/conversations',
    validate({
      query: z.object({
        villageId: z.string().min(1),
        status: z.enum(['bot', 'takeover', 'handoff_requested']).optional(),
        unread: z
          .enum(['true', 'false'])
          .optional()
          .transform((v) => v === 'true'),
        search: z.string().min(1).max(100).optional(),
        cursor: Cursor,
        limit: Limit,
      }),
    }),
    async (req, res) => {
      const { cursor, ...q } = req.query;
      res.json(await reads.conversations({ ...q, after: cursor }));
    },
  );
}
