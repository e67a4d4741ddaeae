// The dispatcher's writes: claim due notifications (one per citizen at a time, none to a citizen
// messaged within the pair interval, replicas never claiming the same row), then settle each one.
import type { NotificationRow } from './notification.repository.ts';
import type { Db } from './prisma-client.ts';
import type { Tx } from './tx.ts';

export async function claimDue(
  db: Db,
  o: { batchSize: number; leaseMs: number; pairIntervalMs: number },
): Promise<NotificationRow[]> {
  const claimed = await db.$queryRawUnsafe<{ id: string }[]>(
    `WITH candidates AS (
       SELECT DISTINCT ON (n.village_id, n.recipient) n.id, n.next_attempt_at
         FROM notifications n
        WHERE n.status = 'pending' AND n.next_attempt_at <= now()
          AND (n.locked_until IS NULL OR n.locked_until < now())
          AND NOT EXISTS (
                SELECT 1 FROM notifications o
                 WHERE o.village_id = n.village_id AND o.recipient = n.recipient AND o.id <> n.id
                   AND (o.last_attempt_at > now() - make_interval(secs => $3::float8 / 1000)
                        OR o.locked_until > now()))
        -- A citizen hears about events in the order they happened.
        ORDER BY n.village_id, n.recipient, n.event_occurred_at, n.created_at
     ), picked AS (
       SELECT n.id FROM notifications n JOIN candidates c ON c.id = n.id
        WHERE n.status = 'pending' AND (n.locked_until IS NULL OR n.locked_until < now())
        ORDER BY c.next_attempt_at
        LIMIT $1
        FOR UPDATE OF n SKIP LOCKED
     )
     UPDATE notifications n
        SET locked_until = now() + make_interval(secs => $2::float8 / 1000),
            attempts = n.attempts + 1,
            last_attempt_at = now(),
            send_key = COALESCE(n.send_key, n.id::text || ':' || gen_random_uuid()::text),
            updated_at = now()
       FROM picked WHERE n.id = picked.id
     RETURNING n.id::text AS id`,
    o.batchSize,
    o.leaseMs,
    o.pairIntervalMs,
  );
  if (claimed.length === 0) return [];
  return db.notification.findMany({ where: { id: { in: claimed.map((c) => c.id) } } });
}

/** WhatsApp took it: the wamid is recorded and status webhooks can find it. */
export function markAccepted(
  tx: Tx,
  id: string,
  r: { wamid: string; channelMessageId: string; sentAs: 'text' | 'template'; at: Date },
) {
  return tx.notification.update({
    where: { id },
    data: {
      status: 'sent',
      wamid: r.wamid,
      channelMessageId: r.channelMessageId,
      sentAs: r.sentAs,
      sentAt: r.at,
      lockedUntil: null,
      sendKey: null,
      nextAttemptAt: null,
      errorCode: null,
      failureReason: null,
      updatedAt: r.at,
    },
  });
}

/** Another attempt later (the reason and Meta's code kept for the record). */
export function reschedule(
  db: Db | Tx,
  id: string,
  r: {
    at: Date;
    delayMs: number;
    errorCode: number | null;
    reason: string;
    forceTemplate?: boolean;
    /** The key of a call nobody answered, reused so that the channel sends at most once. */
    keepSendKey?: string | null | undefined;
  },
) {
  return db.notification.update({
    where: { id },
    data: {
      status: 'pending',
      nextAttemptAt: new Date(r.at.getTime() + r.delayMs),
      lockedUntil: null,
      sendKey: r.keepSendKey ?? null,
      wamid: null,
      errorCode: r.errorCode,
      failureReason: r.reason,
      ...(r.forceTemplate ? { forceTemplate: true } : {}),
      updatedAt: r.at,
    },
  });
}

/** No attempt can help, or none is left: failed with the reason and parked as a dead letter. */
export function markFailed(
  db: Db | Tx,
  id: string,
  r: { at: Date; errorCode: number | null; reason: string },
) {
  return db.notification.update({
    where: { id },
    data: {
      status: 'failed',
      errorCode: r.errorCode,
      failureReason: r.reason,
      failedAt: r.at,
      deadLetteredAt: r.at,
      lockedUntil: null,
      sendKey: null,
      nextAttemptAt: null,
      updatedAt: r.at,
    },
  });
}
