// POST /internal/process-message (the dashboard's test chat) and GET /internal/analytics, against
// the real services; and what a citizen is told when the case service is down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startSystem, type System } from './system-harness.ts';

const VILLAGE = 'desa-sukamaju';
let system: System;
const chat = (body: Record<string, unknown>) =>
  api(system.ai.url, 'POST', '/internal/process-message', { villageId: VILLAGE, ...body });

beforeAll(async () => {
  system = await startSystem('process');
});

afterAll(async () => {
  await system?.stop();
});

describe('POST /internal/process-message', () => {
  it('when a question is asked without a conversation, then the answer and its trace come back and nothing is stored', async () => {
    const { status, body } = await chat({ text: 'cara bikin akta lahir gimana?' });
    expect(status).toBe(200);
    expect(body.reply).toContain('Sumber: Akta kelahiran');
    expect(body.trace).toMatchObject({ intent: 'KNOWLEDGE_QUERY', outcome: 'answered' });
    expect(body.trace.confidence).toBeGreaterThan(0.5);
    expect(body.trace.sources[0]).toMatchObject({ title: 'Akta kelahiran' });
    expect(body.trace.timingsMs.total).toBeGreaterThan(0);
    expect(body.trace.timingsMs).toHaveProperty('retrieval');
    expect(await system.ai.db.dialogueState.count()).toBe(0);
    expect(await system.ai.db.outboxEvent.count()).toBe(0);
    expect(await system.ai.db.conversationTurn.count()).toBe(0);
  });

  it('when nothing relevant is known, then the bot says so and offers a person instead of inventing', async () => {
    const { body } = await chat({ text: 'syarat bikin paspor apa aja' });
    expect(body.reply).toMatch(/tidak menemukan/);
    expect(body.reply).toMatch(/petugas/);
    expect(body.trace.outcome).toBe('not_found');
  });

  it('when the bot fails twice in a row in one conversation, then it hands the conversation to a person', async () => {
    const conversationId = 'test-chat-stuck';
    expect(
      (await chat({ conversationId, text: 'syarat bikin paspor apa aja' })).body.handoff,
    ).toBeUndefined();
    const second = await chat({ conversationId, text: 'asdf qwer zxcv' });
    expect(second.body.handoff).toBe('bot_stuck');
    expect(second.body.reply).toMatch(/petugas/);
    expect(await system.ai.db.outboxEvent.count()).toBe(0); // a test chat publishes nothing
  });

  it('when the body is not valid, then it is a 400 problem naming the field', async () => {
    const res = await api(system.ai.url, 'POST', '/internal/process-message', {
      villageId: VILLAGE,
      text: ' ',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('body.text');
  });
});

describe('when the case service is down', () => {
  it('then the citizen is told politely, the draft is kept, and confirming again later files it', async () => {
    const conversationId = 'test-chat-case-down';
    const waId = '6281233330001';
    const draft = await chat({
      conversationId,
      waId,
      text: 'sampah numpuk di depan pasar desa sudah seminggu bau banget',
    });
    expect(draft.body.interactive.options.map((o: { title: string }) => o.title)).toEqual([
      'Ya, kirim',
      'Ubah',
      'Batal',
    ]);

    await system.cases.stop();
    const down = await chat({ conversationId, waId, text: 'ya' });
    expect(down.body.reply).toMatch(/sedang gangguan/);
    expect(down.body.trace.outcome).toBe('error');
    expect(down.body.state.mode).toBe('confirm_create');

    await system.startCases();
    const filed = await chat({ conversationId, waId, text: 'ya' });
    const id = /LAP-\d{8}-\d{3}/.exec(filed.body.reply)?.[0];
    expect(id).toBeDefined();
    const complaint = await api(system.cases.url, 'GET', `/internal/complaints/${id}?villageId=${VILLAGE}`);
    expect(complaint.body).toMatchObject({ category: 'sampah', reporter: { waId } });
    expect(complaint.body.description).toMatch(/sampah numpuk/);
  });
});

describe('GET /internal/analytics', () => {
  it('when the period is reversed or the village missing, then it is a 400 problem', async () => {
    const reversed = await api(
      system.ai.url,
      'GET',
      `/internal/analytics?villageId=${VILLAGE}&from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z`,
    );
    expect(reversed.status).toBe(400);
    expect(reversed.body.code).toBe('INVALID_PERIOD');
    expect((await api(system.ai.url, 'GET', '/internal/analytics')).status).toBe(400);
  });

  it('when nothing was handled in the period, then counts are zero and ratios null', async () => {
    const { body } = await api(system.ai.url, 'GET', `/internal/analytics?villageId=desa-kosong`);
    expect(body).toMatchObject({ messagesHandled: 0, turns: 0, botResolvedShare: null, handoffs: 0 });
    expect(body.retrieval).toEqual({ questions: 0, answered: 0, hitRate: null });
    expect(body.latencyMs).toEqual({ p50: null, p95: null });
  });
});
