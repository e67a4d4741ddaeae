import { describe, expect, it } from 'vitest';
import { createEnvelope, EVENT_TYPES, InvalidEventError, parseEnvelope } from './events.ts';

const meta = { villageId: 'desa-sukamaju', correlationId: 'req-1' };

describe('event envelopes', () => {
  it('when an event is created, then it round-trips through JSON and parsing', () => {
    const env = createEnvelope(
      'complaint.status.updated',
      { complaintId: 'LAP-20261118-007', from: 'RECEIVED', to: 'VERIFIED', actor: 'admin-1' },
      meta,
    );
    const parsed = parseEnvelope(JSON.parse(JSON.stringify(env)));
    expect(parsed).toEqual(env);
    expect(parsed.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when a payload breaks its schema, then creating it fails with the field named', () => {
    expect(() =>
      createEnvelope(
        'complaint.created',
        { complaintId: 'X-1', villageId: 'desa-sukamaju', reporter: {}, category: 'jalan_rusak' },
        meta,
      ),
    ).toThrow(InvalidEventError);
    const err = (() => {
      try {
        createEnvelope('ai.reply.ready', { conversationId: 'c1', to: '6281234567890' }, meta);
      } catch (e) {
        return e as InvalidEventError;
      }
    })();
    expect(err?.issues.join()).toMatch(/exactly one/);
  });

  it('when a message has an unknown type or a broken envelope, then parsing says why', () => {
    const base = { id: crypto.randomUUID(), occurredAt: new Date().toISOString(), ...meta, payload: {} };
    expect(() => parseEnvelope({ ...base, type: 'nope.event' })).toThrow(/unknown event type/);
    expect(() => parseEnvelope({ ...base, id: 'not-a-uuid', type: 'whatsapp.message.status' })).toThrow(
      /envelope/,
    );
    expect(() => parseEnvelope('just text')).toThrow(InvalidEventError);
  });

  it('when the architecture lists an event, then the catalog has a schema for it', () => {
    expect(EVENT_TYPES.sort()).toEqual(
      [
        'whatsapp.message.received',
        'whatsapp.message.status',
        'ai.reply.ready',
        'conversation.handoff.requested',
        'conversation.takeover.started',
        'conversation.takeover.ended',
        'complaint.created',
        'complaint.status.updated',
      ].sort(),
    );
  });
});
