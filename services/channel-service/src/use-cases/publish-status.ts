// Writes whatsapp.message.status for a status webhook seen for the first time (in the intake's
// transaction). "played" and other statuses outside the contract are recorded, not published.
import { WaId } from '@govconnect/contracts';
import type { SqlClient as Tx } from '@govconnect/messaging';
import type { RecordedStatus } from '../repositories/status.repository.ts';
import type { ChannelDeps } from './intake.types.ts';

const PUBLISHED = ['sent', 'delivered', 'read', 'failed'] as const;
type Published = (typeof PUBLISHED)[number];

export async function publishStatus(
  deps: Pick<ChannelDeps, 'messaging'>,
  tx: Tx,
  s: RecordedStatus,
  correlationId: string,
): Promise<void> {
  if (!(PUBLISHED as readonly string[]).includes(s.status)) return;
  const recipient = WaId.safeParse(s.recipientId);
  await deps.messaging.outbox.enqueue(
    tx,
    'whatsapp.message.status',
    {
      wamid: s.wamid,
      status: s.status as Published,
      ...(recipient.success ? { recipientWaId: recipient.data } : {}),
      ...(s.errorCode !== undefined ? { errorCode: s.errorCode } : {}),
      ...(s.errorTitle ? { errorTitle: s.errorTitle } : {}),
      timestamp: s.at.toISOString(),
    },
    { villageId: s.villageId, correlationId },
  );
}
