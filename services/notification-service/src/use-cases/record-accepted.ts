// WhatsApp took a notification: its wamid is recorded, then the receipts that raced ahead of it
// (kept by the status consumer under the same wamid lock) are applied in order.
import { TX_OPTIONS, type NotificationDeps } from '../deps.ts';
import { markAccepted } from '../repositories/dispatch.repository.ts';
import type { NotificationRow } from '../repositories/notification.repository.ts';
import { lockWamid, takeEarlyReceipts } from '../repositories/receipt.repository.ts';
import { applyReceipt } from './apply-receipt.ts';

export async function recordAccepted(
  deps: Pick<NotificationDeps, 'db' | 'metrics' | 'logger' | 'config' | 'now' | 'kickDispatcher'>,
  n: NotificationRow,
  sent: { sentAs: 'text' | 'template'; wamid: string; messageId: string },
): Promise<NotificationRow> {
  const { row, requeued } = await deps.db.$transaction(async (tx) => {
    await lockWamid(tx, sent.wamid);
    let current = await markAccepted(tx, n.id, {
      wamid: sent.wamid,
      channelMessageId: sent.messageId,
      sentAs: sent.sentAs,
      at: deps.now(),
    });
    let again = false;
    for (const receipt of await takeEarlyReceipts(tx, sent.wamid)) {
      const applied = await applyReceipt(deps, tx, current, receipt);
      current = applied.row;
      again ||= applied.requeued;
    }
    return { row: current, requeued: again };
  }, TX_OPTIONS);
  deps.metrics.sent.inc({ type: n.type, sent_as: sent.sentAs });
  if (requeued) deps.kickDispatcher();
  return row;
}
