// Delivery receipts against the real database: receipts that race ahead of the wamid are kept and
// applied when it is recorded; statuses never move back; a 131047 failure of a text requeues it as
// the template.
import { createEnvelope, type EventPayload } from '@govconnect/contracts';
import { applyMigrations, createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import { testEnv } from '@govconnect/service-host/testing';
import { createMetrics } from '@govconnect/service-kit';
import { captureLogs } from '@govconnect/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_PATH } from '../src/app.ts';
import { loadNotificationConfig } from '../src/config.ts';
import { createNotificationMetrics } from '../src/metrics/notification-metrics.ts';
import { planNotifications } from '../src/repositories/notification.repository.ts';
import { createPrismaClient, type Db } from '../src/repositories/prisma-client.ts';
import { recordAccepted } from '../src/use-cases/record-accepted.ts';
import { recordMessageStatus } from '../src/use-cases/record-message-status.ts';

let database: TestDatabase;
let db: Db;
let deps: Parameters<typeof recordAccepted>[0];
let kicks = 0;
let n = 0;

beforeAll(async () => {
  database = await createTestDatabase('notif_receipts');
  await applyMigrations({ databaseUrl: database.url, schemaPath: SCHEMA_PATH });
  db = createPrismaClient(database.url);
  const { logger } = captureLogs();
  const metrics = createNotificationMetrics(
    createMetrics({ service: 't', defaultMetrics: false }),
    db,
    logger,
  );
  const config = loadNotificationConfig(testEnv(database.url, { PAIR_INTERVAL_MS: '0' }));
  deps = { db, metrics, logger, config, now: () => new Date(), kickDispatcher: () => kicks++ };
});
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

async function notification(waTemplate = true) {
  const eventId = crypto.randomUUID();
  const recipient = `6281200${String(++n).padStart(6, '0')}`;
  await db.$transaction((tx) =>
    planNotifications(tx, [
      {
        villageId: 'desa-sukamaju',
        type: 'status_verified',
        audience: 'citizen',
        recipient,
        eventId,
        eventOccurredAt: new Date(Date.now() - 2000),
        correlationId: 'c',
        renderedText: 'Laporan sudah diverifikasi',
        waTemplate: waTemplate
          ? { name: 'govconnect_status_laporan', language: 'id', parameters: [] }
          : undefined,
      },
    ]),
  );
  return db.notification.update({
    where: { eventId_recipient: { eventId, recipient } },
    data: { attempts: 1 },
  });
}

function receipt(
  wamid: string,
  status: EventPayload<'whatsapp.message.status'>['status'],
  errorCode?: number,
) {
  const envelope = createEnvelope(
    'whatsapp.message.status',
    { wamid, status, timestamp: new Date().toISOString(), ...(errorCode ? { errorCode } : {}) },
    { villageId: 'desa-sukamaju', correlationId: 'c' },
  );
  return db.$transaction((tx) => recordMessageStatus(deps, tx, envelope));
}

describe('delivery receipts', () => {
  it('when sent, delivered and read arrive before the wamid is recorded, then they are applied when it is', async () => {
    const row = await notification();
    const wamid = `wamid.early-${n}`;
    for (const status of ['read', 'sent', 'delivered'] as const) await receipt(wamid, status);
    expect(await db.earlyReceipt.count({ where: { wamid } })).toBe(3);
    const after = await recordAccepted(deps, row, { sentAs: 'text', wamid, messageId: crypto.randomUUID() });
    expect(after).toMatchObject({ status: 'read', wamid, sentAs: 'text' });
    expect(after.deliveredAt).not.toBeNull();
    expect(after.readAt).not.toBeNull();
    expect(await db.earlyReceipt.count({ where: { wamid } })).toBe(0);
  });

  it('when a delivered receipt comes after read, then the status does not move back', async () => {
    const row = await notification();
    const wamid = `wamid.order-${n}`;
    await recordAccepted(deps, row, { sentAs: 'text', wamid, messageId: crypto.randomUUID() });
    await receipt(wamid, 'read');
    await receipt(wamid, 'delivered');
    await receipt(wamid, 'failed', 131026);
    expect(await db.notification.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'read',
      errorCode: null,
    });
  });

  it('when a text fails with 131047 after it was accepted, then it goes back to pending to be sent as the template', async () => {
    const row = await notification();
    const wamid = `wamid.window-${n}`;
    await recordAccepted(deps, row, { sentAs: 'text', wamid, messageId: crypto.randomUUID() });
    const before = kicks;
    const { requeued } = await receipt(wamid, 'failed', 131047);
    expect(requeued).toBe(true);
    expect(await db.notification.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'pending',
      forceTemplate: true,
      wamid: null,
      errorCode: 131047,
    });
    expect(kicks).toBe(before); // the consumer wakes the dispatcher after its commit, not the use case
  });

  it('when a notification without a template fails with 131047, then it ends failed and dead-lettered', async () => {
    const row = await notification(false);
    const wamid = `wamid.nowindow-${n}`;
    await recordAccepted(deps, row, { sentAs: 'text', wamid, messageId: crypto.randomUUID() });
    await receipt(wamid, 'failed', 131047);
    const failed = await db.notification.findUniqueOrThrow({ where: { id: row.id } });
    expect(failed).toMatchObject({ status: 'failed', errorCode: 131047 });
    expect(failed.deadLetteredAt).not.toBeNull();
  });
});
