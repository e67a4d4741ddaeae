import { describe, expect, it } from 'vitest';
import { notificationState, notificationStateAt, type NotificationRow } from './notifications.ts';

const row = (over: Partial<NotificationRow>): NotificationRow => ({
  id: 'n1',
  type: 'status_verified',
  audience: 'citizen',
  recipient: '6281234567890',
  renderedText: 'Laporan diverifikasi',
  sentAs: 'text',
  status: 'sent',
  failureReason: null,
  deadLettered: false,
  createdAt: '2026-12-05T01:00:00.000Z',
  sentAt: '2026-12-05T01:00:01.000Z',
  deliveredAt: null,
  readAt: null,
  failedAt: null,
  ...over,
});

describe('notification shaping', () => {
  it('when a notification failed for good, then its state says so with the reason', () => {
    expect(
      notificationState(row({ status: 'failed', deadLettered: true, failureReason: 'nomor tidak aktif' })),
    ).toBe('Gagal (tidak dicoba lagi): nomor tidak aktif');
    expect(notificationState(row({ status: 'read' }))).toBe('Dibaca');
  });

  it('when a notification was read, then the time shown is when it was read', () => {
    expect(notificationStateAt(row({ status: 'read', readAt: '2026-12-05T02:00:00.000Z' }))).toBe(
      '2026-12-05T02:00:00.000Z',
    );
    expect(notificationStateAt(row({ status: 'pending', sentAt: null }))).toBe('2026-12-05T01:00:00.000Z');
  });
});
