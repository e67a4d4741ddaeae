// Calls channel-service: the citizen's 24-hour window (from its conversation) and
// POST /internal/messages/send with an Idempotency-Key, its answers sorted into what the dispatcher
// does next. No HTTP-level retries: the dispatcher owns retries and their backoff.
import { createInternalClient, isUpstreamError, type Logger } from '@govconnect/service-kit';
import { z } from 'zod';
import { isRetryableMetaCode, OUTSIDE_WINDOW_CODE } from '../domain/retry-policy.ts';

const WINDOW_MS = 24 * 60 * 60 * 1000;

const Conversations = z.object({
  items: z.array(z.object({ waId: z.string(), lastInboundAt: z.string().nullable() })),
});
const SentMessage = z.object({
  id: z.string(),
  wamid: z.string().nullable(),
  status: z.string(),
  errorCode: z.number().nullable().optional(),
  errorTitle: z.string().nullable().optional(),
});

export type SendContent =
  { text: string } | { template: { name: string; language: string; components?: object[] } };

export type SendOutcome =
  | { kind: 'accepted'; wamid: string; messageId: string }
  | { kind: 'outside-window'; reason: string }
  /** `sameKey`: nothing answered, so the channel may have sent it: the next attempt reuses the key. */
  | { kind: 'retryable'; code: number | null; reason: string; sameKey?: boolean }
  | { kind: 'permanent'; code: number | null; reason: string };

export function createChannelClient(o: {
  baseURL: string;
  apiKey: string;
  logger: Logger;
  timeoutMs: number;
}) {
  const http = createInternalClient({ ...o, retries: 0 });

  return {
    /** Whether the citizen wrote to the village in the last 24 hours (free text may go out). */
    async windowOpen(villageId: string, waId: string, now: Date): Promise<boolean> {
      const { data } = await http.get('/internal/conversations', {
        params: { villageId, search: waId, limit: 20 },
      });
      const mine = Conversations.parse(data).items.find((c) => c.waId === waId);
      return !!mine?.lastInboundAt && now.getTime() - Date.parse(mine.lastInboundAt) < WINDOW_MS;
    },

    async send(villageId: string, to: string, content: SendContent, key: string): Promise<SendOutcome> {
      try {
        const { data } = await http.post(
          '/internal/messages/send',
          // origin: the village's inbox shows these as notifications, not as the bot's replies.
          { villageId, to, ...content, origin: 'notification' },
          { headers: { 'Idempotency-Key': key } },
        );
        return fromStoredMessage(SentMessage.parse(data));
      } catch (err) {
        if (!isUpstreamError(err)) throw err;
        const problem = (err.problem ?? {}) as { metaCode?: number; detail?: string };
        const code = typeof problem.metaCode === 'number' ? problem.metaCode : null;
        const reason = `${err.code}: ${problem.detail ?? err.message}`;
        if (err.status === undefined) return { kind: 'retryable', code: null, reason, sameKey: true };
        if (err.code === 'OUTSIDE_CUSTOMER_SERVICE_WINDOW') return { kind: 'outside-window', reason };
        if (err.code === 'SEND_FAILED')
          return isRetryableMetaCode(code ?? undefined)
            ? { kind: 'retryable', code, reason }
            : { kind: 'permanent', code, reason };
        if (err.status >= 500 || err.status === 429) return { kind: 'retryable', code, reason };
        return { kind: 'permanent', code, reason };
      }
    },
  };
}

export type ChannelClient = ReturnType<typeof createChannelClient>;

/** A replayed key answers with the stored message, which may be a failure of an earlier call. */
function fromStoredMessage(m: z.infer<typeof SentMessage>): SendOutcome {
  if (m.wamid && m.status !== 'failed') return { kind: 'accepted', wamid: m.wamid, messageId: m.id };
  const code = m.errorCode ?? null;
  const reason = `channel message ${m.id} is ${m.status}${m.errorTitle ? `: ${m.errorTitle}` : ''}`;
  if (m.status !== 'failed') return { kind: 'retryable', code, reason }; // claimed but never sent
  if (code === OUTSIDE_WINDOW_CODE) return { kind: 'outside-window', reason };
  return isRetryableMetaCode(code ?? undefined)
    ? { kind: 'retryable', code, reason }
    : { kind: 'permanent', code, reason };
}
