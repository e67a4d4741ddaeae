// whatsapp.message.status for a notification's wamid: applied to it, or kept until the dispatcher
// records that wamid (the receipt can arrive before the channel's answer does).
import type { EventEnvelope } from '@govconnect/contracts';
import type { NotificationDeps } from '../deps.ts';
import { findByWamid, keepEarlyReceipt, lockWamid } from '../repositories/receipt.repository.ts';
import type { Tx } from '../repositories/tx.ts';
import { applyReceipt } from './apply-receipt.ts';

export async function recordMessageStatus(
  deps: Pick<NotificationDeps, 'metrics' | 'logger' | 'config'>,
  tx: Tx,
  event: EventEnvelope<'whatsapp.message.status'>,
): Promise<{ requeued: boolean }> {
  const p = event.payload;
  const receipt = {
    wamid: p.wamid,
    status: p.status,
    errorCode: p.errorCode,
    errorTitle: p.errorTitle,
    at: new Date(p.timestamp),
  };
  await lockWamid(tx, p.wamid);
  const notification = await findByWamid(tx, p.wamid);
  if (!notification) {
    await keepEarlyReceipt(tx, receipt);
    return { requeued: false };
  }
  const { requeued } = await applyReceipt(deps, tx, notification, receipt);
  return { requeued };
}
