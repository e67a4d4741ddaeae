// The whatsapp.message.status event of a status webhook, built (and validated) before the statement
// that stores the statuses, which writes it to the outbox only if the status is new. "played" and
// other statuses outside the contract are recorded, not published.
import { WaId, type EventEnvelope } from '@govconnect/contracts';
import type { RecordedStatus } from '../repositories/status.repository.ts';
import type { ChannelDeps } from './intake.types.ts';

const PUBLISHED = ['sent', 'delivered', 'read', 'failed'] as const;
type Published = (typeof PUBLISHED)[number];

export function statusEnvelope(
  deps: Pick<ChannelDeps, 'messaging'>,
  s: RecordedStatus,
  correlationId: string,
): EventEnvelope | null {
  if (!(PUBLISHED as readonly string[]).includes(s.status)) return null;
  const recipient = WaId.safeParse(s.recipientId);
  const [envelope] = deps.messaging.outbox.build([
    {
      type: 'whatsapp.message.status' as const,
      payload: {
        wamid: s.wamid,
        status: s.status as Published,
        ...(recipient.success ? { recipientWaId: recipient.data } : {}),
        ...(s.errorCode !== undefined ? { errorCode: s.errorCode } : {}),
        ...(s.errorTitle ? { errorTitle: s.errorTitle } : {}),
        timestamp: s.at.toISOString(),
      },
      meta: { villageId: s.villageId, correlationId },
    },
  ]);
  return envelope as EventEnvelope;
}
