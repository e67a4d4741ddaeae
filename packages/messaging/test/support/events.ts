// Builders for valid event envelopes.
import { createEnvelope, type EventEnvelope } from '@govconnect/contracts';

let counter = 0;

export function complaintCreated(
  overrides: { id?: string; correlationId?: string; villageId?: string } = {},
): EventEnvelope<'complaint.created'> {
  counter++;
  const villageId = overrides.villageId ?? 'desa-sukamaju';
  return createEnvelope(
    'complaint.created',
    {
      complaintId: `LAP-20261118-${String(counter).padStart(3, '0')}`,
      villageId,
      reporter: { waId: '6281234567890', name: 'Budi' },
      category: 'jalan_rusak',
    },
    { villageId, correlationId: overrides.correlationId ?? `req-${crypto.randomUUID()}`, id: overrides.id },
  );
}

export function takeoverStarted(conversationId = 'conv-1'): EventEnvelope<'conversation.takeover.started'> {
  return createEnvelope(
    'conversation.takeover.started',
    { conversationId, adminId: 'admin-1' },
    { villageId: 'desa-sukamaju', correlationId: `req-${crypto.randomUUID()}` },
  );
}
