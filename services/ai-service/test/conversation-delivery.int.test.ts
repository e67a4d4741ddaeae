// At-least-once delivery meets the dialogue: a redelivered batch gets no second reply and files no
// second complaint (even when the first attempt's transaction rolled back after filing), and a
// staff takeover silences the bot. Real services, broker and databases.
import { createEnvelope } from '@govconnect/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AiConfig } from '../src/config.ts';
import { createCaseClient } from '../src/conversation/case-client.ts';
import type { ConversationDeps } from '../src/conversation/conversation-deps.ts';
import { localEmbeddingModel } from '../src/knowledge/local-embedding.ts';
import { LocalNlu } from '../src/nlu/local/local-nlu.ts';
import { handleMessageBatch } from '../src/use-cases/handle-message-batch.ts';
import { api, eventually, KEY, publishRaw, startSystem, type System } from './system-harness.ts';

const VILLAGE = 'desa-sukamaju';
let system: System;

beforeAll(async () => {
  system = await startSystem('delivery');
});

afterAll(async () => {
  await system?.stop();
});

async function conversationOf(waId: string): Promise<string> {
  const row = await eventually(
    () => system.ai.db.dialogueState.findFirst({ where: { waId } }),
    (r) => r !== null,
  );
  return row!.conversationId;
}

function batch(conversationId: string, waId: string, text: string) {
  return createEnvelope(
    'whatsapp.message.received',
    {
      conversationId,
      waId,
      messages: [
        { id: `wamid.test.${crypto.randomUUID()}`, type: 'text', text, timestamp: new Date().toISOString() },
      ],
    },
    { villageId: VILLAGE, correlationId: crypto.randomUUID() },
  );
}

const myComplaints = async (waId: string) =>
  (await api(system.cases.url, 'GET', `/internal/citizens/${waId}/complaints?villageId=${VILLAGE}`)).body
    .complaints as { complaintId: string }[];

const processed = (eventId: string) =>
  eventually(
    () => system.ai.db.processedEvent.count({ where: { eventId } }),
    (n) => n > 0,
  );

describe('redelivered batches', () => {
  it('when the confirming batch is delivered twice, then one complaint is filed and one reply sent', async () => {
    const wa = '6281211110001';
    const ask = await system.converse(wa, { text: 'lampu jalan di gg mawar rt 03 mati sejak kemarin malam' });
    expect(ask.type).toBe('interactive');
    const yes = batch(await conversationOf(wa), wa, 'ya');
    await publishRaw(system.topology.exchange, yes);
    await publishRaw(system.topology.exchange, yes);
    await processed(yes.id);
    const inbox = await eventually(
      () => system.inbox(wa),
      (items) => items.length >= 2,
    );
    // The duplicate is settled after the first commit; give it time to (wrongly) reply.
    await eventually(
      async () => (await fetch(`${system.ai.url}/metrics`)).text(),
      (t) =>
        /messaging_consumed_total\{[^}]*type="whatsapp.message.received"[^}]*outcome="duplicate"[^}]*\} 1/.test(
          t,
        ),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await system.inbox(wa)).toHaveLength(2);
    expect(inbox[1]!.text).toMatch(/LAP-\d{8}-\d{3}/);
    expect(await myComplaints(wa)).toHaveLength(1);
  });

  it('when the first attempt filed the complaint but its transaction rolled back, then the redelivery files no second one', async () => {
    const wa = '6281211110002';
    await system.converse(wa, { text: 'jalan berlubang besar di depan masjid al ikhlas, bahaya buat motor' });
    const yes = batch(await conversationOf(wa), wa, 'ya kirim');
    const ai = system.ai;
    const deps: ConversationDeps = {
      ...ai,
      config: ai.config as AiConfig, // the host types it as its own slice; it is the service's whole config
      nlu: LocalNlu.train(),
      embeddings: localEmbeddingModel,
      cases: createCaseClient({
        baseURL: system.cases.url,
        apiKey: KEY,
        logger: ai.logger,
        timeoutMs: 2000,
        retries: 0,
      }),
    };
    await expect(
      ai.db.$transaction(async (tx) => {
        await handleMessageBatch(deps, tx, yes);
        throw new Error('crash before commit');
      }),
    ).rejects.toThrow('crash before commit');
    expect(await myComplaints(wa)).toHaveLength(1);

    await publishRaw(system.topology.exchange, yes);
    await processed(yes.id);
    const inbox = await eventually(
      () => system.inbox(wa),
      (items) => items.length >= 2,
    );
    const filed = await myComplaints(wa);
    expect(filed).toHaveLength(1);
    expect(inbox[1]!.text).toContain(filed[0]!.complaintId);
  });
});

describe('staff takeover', () => {
  it('when staff take a conversation over, then the bot stays silent until they hand it back', async () => {
    const wa = '6281211110003';
    await system.converse(wa, { text: 'halo' });
    const conversationId = await conversationOf(wa);
    const start = await api(system.channel.url, 'POST', `/internal/takeover/${conversationId}/start`, {
      adminId: 'admin-1',
      adminName: 'Bu Rina',
    });
    expect(start.status).toBe(200);
    await eventually(
      () => system.ai.db.dialogueState.findUnique({ where: { conversationId } }),
      (r) => r?.takeoverBy === 'admin-1',
    );

    // A batch already on its way when the takeover began.
    const late = batch(conversationId, wa, 'syarat bikin sktm apa aja');
    await publishRaw(system.topology.exchange, late);
    await processed(late.id);
    const replies = await system.ai.db.outboxEvent.count({ where: { type: 'ai.reply.ready' } });
    expect(await system.ai.db.conversationTurn.count({ where: { eventId: late.id } })).toBe(0);

    expect(
      (
        await api(system.channel.url, 'POST', `/internal/takeover/${conversationId}/end`, {
          adminId: 'admin-1',
        })
      ).status,
    ).toBe(200);
    await eventually(
      () => system.ai.db.dialogueState.findUnique({ where: { conversationId } }),
      (r) => r?.takeoverBy === null,
    );
    const reply = await system.converse(wa, { text: 'makasih ya' });
    expect(reply.text).toMatch(/Sama-sama/);
    expect(await system.ai.db.outboxEvent.count({ where: { type: 'ai.reply.ready' } })).toBe(replies + 1);
    expect(await system.inbox(wa)).toHaveLength(2);
  });
});
