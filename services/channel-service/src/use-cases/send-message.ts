// Sends one message to a citizen through the Graph API, keeping Meta's rules: outside the 24-hour
// window only a template (the configured fallback, or a clear failure, Meta's 131047); 429 / 5xx /
// 130429 / 131056 retried with backoff; one causing event sends at most once (its row is claimed first).
import { AppError } from '@govconnect/service-kit';
import { graphBody, kindOf, summaryOf, type OutboundContent } from '../domain/outbound-message.ts';
import { GraphError, retryDelayMs, type GraphClient } from '../graph/graph-client.ts';
import { createConversationRepository } from '../repositories/conversation.repository.ts';
import { createOutboundRepository, type OutboundRow } from '../repositories/outbound.repository.ts';
import type { ChannelDeps } from './intake.types.ts';

const WINDOW_MS = 24 * 60 * 60 * 1000;
const RE_ENGAGEMENT = 131047;

export interface SendInput {
  villageId: string;
  to: string;
  content: OutboundContent;
  replyTo?: string;
  /** The event or idempotency key that caused this send: it is sent once. */
  sourceEventId?: string;
  /** The staff member sending it (kept on the message, and it keeps their takeover alive); none for the bot. */
  adminId?: string;
  adminName?: string;
  /** Who sends it when no staff member does ('notification'); absent for the bot. */
  origin?: string;
  /** The bot's reply: not sent (and `undefined` returned) while staff hold the conversation. */
  botReply?: boolean;
}

export type SendDeps = Pick<ChannelDeps, 'sql' | 'villageById' | 'config' | 'logger' | 'feed'> & {
  graph: GraphClient;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function sendMessage(
  deps: SendDeps,
  input: SendInput & { botReply: true },
): Promise<OutboundRow | undefined>;
export async function sendMessage(deps: SendDeps, input: SendInput): Promise<OutboundRow>;
export async function sendMessage(deps: SendDeps, input: SendInput): Promise<OutboundRow | undefined> {
  const { config } = deps;
  const village = await deps.villageById(input.villageId);
  if (!village) throw AppError.notFound('VILLAGE_NOT_FOUND', `No village ${input.villageId}.`);
  const conversations = createConversationRepository(deps.sql);
  const conversation = await conversations.ensure(village.id, input.to);
  if (input.botReply && conversation.status === 'takeover') {
    deps.logger.info('AI reply dropped: a staff member has taken the conversation over', {
      conversationId: conversation.id,
    });
    return undefined;
  }
  const outbound = createOutboundRepository(deps.sql);

  let content = input.content;
  const windowOpen =
    conversation.lastInboundAt !== null && Date.now() - conversation.lastInboundAt.getTime() < WINDOW_MS;
  const fallback = config.FALLBACK_TEMPLATE_NAME
    ? { template: { name: config.FALLBACK_TEMPLATE_NAME, language: config.FALLBACK_TEMPLATE_LANGUAGE } }
    : undefined;
  let outsideWindow = false;
  if (!windowOpen && kindOf(content) !== 'template') {
    if (fallback) content = fallback;
    else outsideWindow = true;
  }
  const body = graphBody(input.to, content, input.replyTo);
  const { created, row } = await outbound.claim({
    villageId: village.id,
    conversationId: conversation.id,
    type: kindOf(content) === 'media' ? content.media!.type : kindOf(content),
    text: summaryOf(content),
    content: body,
    sourceEventId: input.sourceEventId,
    adminId: input.adminId,
    adminName: input.adminName,
    origin: input.origin,
    ...(outsideWindow
      ? {
          status: 'failed',
          errorCode: RE_ENGAGEMENT,
          errorTitle: 'Outside the 24-hour customer-service window and no fallback template is configured',
        }
      : {}),
  });
  if (!created) return row; // this event was handled before: never send twice
  if (input.adminId) await conversations.touchTakeover(conversation.id);
  publish(deps, village.id, row);
  if (outsideWindow)
    throw AppError.unprocessable('OUTSIDE_CUSTOMER_SERVICE_WINDOW', row.errorTitle!, {
      metaCode: RE_ENGAGEMENT,
      messageId: row.id,
    });

  for (let attempt = 1; ; attempt++) {
    try {
      const wamid = await deps.graph.sendMessage(village.phoneNumberId, body);
      const sent = await outbound.accepted(row.id, wamid);
      publish(deps, village.id, sent);
      return sent;
    } catch (err) {
      if (!(err instanceof GraphError)) throw err;
      const delay = retryDelayMs(err, attempt, config.SEND_RETRY_BASE_MS, config.PAIR_RATE_LIMIT_DELAY_MS);
      if (delay !== undefined && attempt < config.SEND_MAX_ATTEMPTS) {
        deps.logger.warn('Graph API send failed; retrying', {
          status: err.status,
          metaCode: err.code,
          attempt,
          delayMs: delay,
        });
        await sleep(delay);
        continue;
      }
      const failed = await outbound.failed(row.id, err.code, err.title);
      publish(deps, village.id, failed);
      const details = { metaCode: err.code, graphStatus: err.status, messageId: row.id };
      // Meta unreachable or throttling past our retries is an upstream failure; anything else, a refusal.
      if (delay !== undefined)
        throw new AppError({
          code: 'GRAPH_UNAVAILABLE',
          status: 502,
          message: `WhatsApp did not take the message: ${err.message}`,
          details,
        });
      throw AppError.unprocessable('SEND_FAILED', `WhatsApp refused the message: ${err.message}`, details);
    }
  }
}

function publish(deps: Pick<SendDeps, 'feed'>, villageId: string, row: OutboundRow): void {
  deps.feed.publish({
    kind: 'message',
    villageId,
    conversationId: row.conversationId,
    data: { ...row, direction: 'outbound', sentAt: row.sentAt.toISOString() },
  });
}
