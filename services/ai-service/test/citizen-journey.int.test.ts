// THE journey of issue #5: a citizen on the simulated phone greets, asks two questions, files a
// complaint over several messages (with a location), gets its id, asks its status, cancels it and
// asks for a person. Real channel-service, ai-service and case-service, the real broker and
// databases; every assertion reads the phone's inbox or a service's API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, eventually, startSystem, type InboxItem, type System } from './system-harness.ts';

const WA = '6281298765432';
const VILLAGE = 'desa-sukamaju';
let system: System;
let complaintId: string;

beforeAll(async () => {
  system = await startSystem('journey');
});

afterAll(async () => {
  await system?.stop();
});

const send = (body: Record<string, unknown>) => system.converse(WA, { ...body, name: 'Siti' });
const say = (text: string) => send({ text });
const idIn = (item: InboxItem) => /LAP-\d{8}-\d{3,}/.exec(item.text)?.[0];

describe('a citizen talks to the village on WhatsApp', () => {
  it('when the citizen greets, then the bot greets back with a one-line menu', async () => {
    const reply = await say('halo min');
    expect(reply.text).toMatch(/^Halo Siti/);
    expect(reply.text).toMatch(/buat laporan.*cek laporan.*petugas/);
  });

  it('when the citizen asks what an SKTM needs, then the answer comes from that entry and names it', async () => {
    const reply = await say('syarat bikin sktm apa aja?');
    expect(reply.text).toContain('Sumber: Surat keterangan tidak mampu (SKTM)');
    expect(reply.text).toMatch(/pengantar RT\/RW/);
  });

  it('when the citizen asks the office hours, then the answer names the office-hours entry', async () => {
    const reply = await say('jam pelayanan kantor desa hari apa saja?');
    expect(reply.text).toContain('Sumber: Jam pelayanan Kantor Desa Sukamaju');
    expect(reply.text).toMatch(/08\.00/);
  });

  it('when the citizen only says they want to report, then the bot asks what the problem is', async () => {
    const reply = await say('mau lapor min');
    expect(reply.text).toMatch(/Masalahnya tentang apa/);
  });

  it('when the citizen describes a dead street light, then the bot asks only where it is', async () => {
    const reply = await say('lampu jalan mati udh 3 hari, gelap bgt kalo malam');
    expect(reply.text).toMatch(/Di mana lokasinya/);
    expect(reply.text).not.toMatch(/Masalahnya tentang apa/);
  });

  it('when the citizen shares a WhatsApp location, then one confirmation message summarises the report', async () => {
    const reply = await send({
      location: { latitude: -7.4021, longitude: 109.2479, name: 'Gang Mawar RT 03' },
    });
    expect(reply.type).toBe('interactive');
    expect(reply.text).toMatch(/Jenis: Lampu Jalan/);
    expect(reply.text).toMatch(/Lokasi: Gang Mawar RT 03/);
    expect(reply.text).toMatch(/Kirim laporan ini\?/);
  });

  it('when the citizen taps "Ya, kirim", then the complaint is filed and its id comes back with what happens next', async () => {
    const confirmation = (await system.inbox(WA)).at(-1)!;
    const reply = await send({
      buttonReply: { id: 'create_yes', title: 'Ya, kirim' },
      contextId: confirmation.wamid,
    });
    complaintId = idIn(reply)!;
    expect(complaintId).toBeDefined();
    expect(reply.text).toMatch(/memverifikasi/);
    const filed = await api(
      system.cases.url,
      'GET',
      `/internal/complaints/${complaintId}?villageId=${VILLAGE}`,
    );
    expect(filed.status).toBe(200);
    expect(filed.body).toMatchObject({
      category: 'lampu_jalan',
      status: 'RECEIVED',
      address: 'Gang Mawar RT 03',
      location: { latitude: -7.4021, longitude: 109.2479 },
      reporter: { waId: WA, name: 'Siti' },
    });
    expect(filed.body.description).toMatch(/lampu jalan mati/);
  });

  it('when the citizen asks the status by id, then the bot tells it in plain Indonesian', async () => {
    const reply = await say(`cek ${complaintId}`);
    expect(reply.text).toContain(complaintId);
    expect(reply.text).toMatch(/menunggu verifikasi/);
  });

  it('when the citizen asks about "laporan saya", then their own complaint is found without an id', async () => {
    const reply = await say('laporan saya gimana ya');
    expect(reply.text).toContain(complaintId);
  });

  it('when the citizen cancels it and confirms, then the case service shows it cancelled', async () => {
    const ask = await say(`tolong batalkan laporan ${complaintId}`);
    expect(ask.type).toBe('interactive');
    expect(ask.text).toMatch(/Yakin ingin membatalkan/);
    const done = await send({
      buttonReply: { id: 'cancel_yes', title: 'Ya, batalkan' },
      contextId: ask.wamid,
    });
    expect(done.text).toMatch(/sudah dibatalkan/);
    const filed = await api(
      system.cases.url,
      'GET',
      `/internal/complaints/${complaintId}?villageId=${VILLAGE}`,
    );
    expect(filed.body.status).toBe('CANCELLED');
  });

  it('when the citizen asks for a person, then they are told one will reply and the channel marks the handoff', async () => {
    const reply = await say('mau ngomong sama petugas aja');
    expect(reply.text).toMatch(/petugas akan membalas/);
    const conversations = await eventually(
      () => api(system.channel.url, 'GET', `/internal/conversations?villageId=${VILLAGE}`),
      (r) => r.body.items?.some((c: { status: string }) => c.status === 'handoff_requested'),
    );
    expect(conversations.body.items[0].status).toBe('handoff_requested');
  });

  it('when the journey is over, then every message got exactly one reply', async () => {
    const items = await system.inbox(WA);
    expect(items).toHaveLength(12);
    expect(items.every((i) => i.status !== 'failed')).toBe(true);
  });

  it('when analytics are read, then the journey is counted: intents, retrieval hits, a handoff', async () => {
    const { status, body } = await api(system.ai.url, 'GET', `/internal/analytics?villageId=${VILLAGE}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ messagesHandled: 12, turns: 12, conversations: 1, handoffs: 1 });
    // Taps on a confirmation and details given inside a report count under the flow they belong to.
    expect(body.intents).toEqual({
      GREETING: 1,
      KNOWLEDGE_QUERY: 2,
      CREATE_COMPLAINT: 4,
      CHECK_STATUS: 2,
      CANCEL_COMPLAINT: 2,
      HUMAN_AGENT: 1,
    });
    expect(body.retrieval).toEqual({ questions: 2, answered: 2, hitRate: 1 });
    expect(body.latencyMs.p50).toBeGreaterThan(0);
    const metrics = await (await fetch(`${system.ai.url}/metrics`)).text();
    expect(metrics).toMatch(/ai_turns_total\{[^}]*intent="KNOWLEDGE_QUERY"[^}]*\} 2/);
    expect(metrics).toMatch(/ai_handoffs_total\{[^}]*reason="citizen_asked"[^}]*\} 1/);
  });
});
