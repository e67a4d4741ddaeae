// Delivery receipts (whatsapp.message.status) and the notification they belong to. Both writers, the
// status consumer and the dispatcher recording a wamid, take the wamid's advisory lock, so a receipt
// that arrives before its wamid is recorded is kept and applied exactly once.
import type { Db } from './prisma-client.ts';
import type { Tx } from './tx.ts';

export interface Receipt {
  wamid: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  errorCode?: number | undefined;
  errorTitle?: string | undefined;
  at: Date;
}

export async function lockWamid(tx: Tx, wamid: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`wamid:${wamid}`}, 0))`;
}

export function findByWamid(tx: Tx, wamid: string) {
  return tx.notification.findUnique({ where: { wamid } });
}

export async function keepEarlyReceipt(tx: Tx, r: Receipt): Promise<void> {
  await tx.earlyReceipt.createMany({
    data: [
      {
        wamid: r.wamid,
        status: r.status,
        errorCode: r.errorCode ?? null,
        errorTitle: r.errorTitle ?? null,
        at: r.at,
      },
    ],
    skipDuplicates: true,
  });
}

const ORDER = ['sent', 'delivered', 'read', 'failed'];

/** Receipts that came before the wamid was known, oldest status first; they are removed. */
export async function takeEarlyReceipts(tx: Tx, wamid: string): Promise<Receipt[]> {
  const rows = await tx.earlyReceipt.findMany({ where: { wamid } });
  if (rows.length > 0) await tx.earlyReceipt.deleteMany({ where: { wamid } });
  return rows
    .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status))
    .map((r) => ({
      wamid: r.wamid,
      status: r.status as Receipt['status'],
      errorCode: r.errorCode ?? undefined,
      errorTitle: r.errorTitle ?? undefined,
      at: r.at,
    }));
}

/** Receipts of messages that are not notifications (AI replies, staff chats) are not kept forever. */
export async function pruneEarlyReceipts(tx: Tx | Db, olderThan: Date): Promise<number> {
  const { count } = await tx.earlyReceipt.deleteMany({ where: { receivedAt: { lt: olderThan } } });
  return count;
}
