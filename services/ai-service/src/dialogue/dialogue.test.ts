// The dialogue on its own: the real offline NLU, a knowledge list and a case service kept in
// memory (the real ones are exercised by test/*.int.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalNlu } from '../nlu/local/local-nlu.ts';
import type { KnowledgeHit } from '../use-cases/search-knowledge.ts';
import { initialState, type DialogueState } from './dialogue-state.ts';
import { runDialogue } from './dialogue.ts';
import { CaseServiceUnavailableError, type CaseApi, type ComplaintSummary } from './ports.ts';
import { replyText, type TurnInput, type TurnResult } from './turn.ts';

let nlu: LocalNlu;
beforeAll(() => {
  nlu = LocalNlu.train();
});

function world(options: { caseDown?: boolean; knowledge?: KnowledgeHit[] } = {}) {
  const complaints: (ComplaintSummary & { waId?: string })[] = [];
  const keys = new Map<string, string>();
  const down = { value: options.caseDown ?? false };
  const guard = () => {
    if (down.value) throw new CaseServiceUnavailableError('down');
  };
  const cases: CaseApi = {
    async create({ draft, waId, idempotencyKey }) {
      guard();
      const known = keys.get(idempotencyKey);
      if (known) return { complaintId: known, status: 'RECEIVED' };
      const complaintId = `LAP-20261122-${String(complaints.length + 1).padStart(3, '0')}`;
      complaints.push({ complaintId, category: draft.category!, status: 'RECEIVED', waId });
      keys.set(idempotencyKey, complaintId);
      return { complaintId, status: 'RECEIVED' };
    },
    async get(_v, id) {
      guard();
      return complaints.find((c) => c.complaintId === id) ?? null;
    },
    async listMine(_v, waId) {
      guard();
      return complaints.filter((c) => c.waId === waId);
    },
    async cancel(_v, id, waId) {
      guard();
      const c = complaints.find((x) => x.complaintId === id);
      if (!c) return 'not_found';
      if (c.waId !== waId) return 'not_own';
      c.status = 'CANCELLED';
      return 'cancelled';
    },
  };
  const ports = {
    understand: (text: string) => nlu.understand(text),
    searchKnowledge: async () => options.knowledge ?? [],
    cases,
  };
  let state: DialogueState = initialState();
  let turn = 0;
  const send = async (
    text: string,
    extra: Partial<TurnInput> = {},
    waId = '6281200000001',
  ): Promise<TurnResult> => {
    const result = await runDialogue(
      ports,
      { answerMinSimilarity: 0.3, maxFailures: 2 },
      state,
      { text, mediaIds: [], messageCount: 1, ...extra },
      { villageId: 'desa-uji', conversationId: 'c1', waId, turnKey: `turn-${++turn}` },
    );
    state = result.state;
    return result;
  };
  return { send, complaints, down, state: () => state };
}

const hit = (title: string, content: string, similarity: number): KnowledgeHit => ({
  id: 'chunk',
  title,
  content,
  score: 0.03,
  similarity,
  coverage: 0,
  source: { entryId: 'entry', title, position: 0, heading: null, category: null, villageId: 'desa-uji' },
});

describe('filing a complaint', () => {
  it('when the first message says what and where, then the bot goes straight to one confirmation', async () => {
    const w = world();
    const r = await w.send('lampu pju gg mawar mati udh 3hr');
    expect('interactive' in r.reply).toBe(true);
    expect(replyText(r.reply)).toMatch(/Jenis: Lampu Jalan[\s\S]*Lokasi: gang mawar/);
    expect(w.state().mode).toBe('confirm_create');
  });

  it('when the location is missing, then only the location is asked, and a WhatsApp location answers it', async () => {
    const w = world();
    expect(replyText((await w.send('ada sampah numpuk bau banget udah seminggu')).reply)).toMatch(
      /Di mana lokasinya/,
    );
    const r = await w.send('', { location: { latitude: -7.4, longitude: 109.2, name: 'Pasar Desa' } });
    expect(replyText(r.reply)).toMatch(
      /lokasi sudah kami catat[\s\S]*Lokasi: Pasar Desa \(lokasi terlampir\)/,
    );
  });

  it('when a photo comes with the report, then it is part of the draft and of the filed complaint', async () => {
    const w = world();
    await w.send('jalan berlubang besar di depan masjid al ikhlas', { mediaIds: ['media-1'] });
    expect(w.state().draft?.mediaIds).toEqual(['media-1']);
    expect(replyText((await w.send('ya')).reply)).toMatch(/LAP-20261122-001/);
  });

  it('when the citizen confirms, then it is filed once with the id and next steps, and the dialogue is idle again', async () => {
    const w = world();
    await w.send('lampu pju gg mawar mati udh 3hr');
    const r = await w.send('Ya, kirim');
    expect(replyText(r.reply)).toMatch(/nomor \*LAP-20261122-001\*.*memverifikasi/);
    expect(w.complaints).toHaveLength(1);
    expect(w.state()).toMatchObject({ mode: 'idle', failures: 0 });
    expect(w.state().draft).toBeUndefined();
  });

  it('when the citizen changes their mind mid-way, then the draft is dropped and nothing is filed', async () => {
    const w = world();
    await w.send('mau lapor min');
    const r = await w.send('eh gak jadi deh');
    expect(replyText(r.reply)).toMatch(/tidak jadi dibuat/);
    expect(w.state().mode).toBe('idle');
    expect(w.complaints).toHaveLength(0);
  });

  it('when the citizen asks to change the draft, then the new detail replaces the old before confirming again', async () => {
    const w = world();
    await w.send('lampu pju gg mawar mati udh 3hr');
    expect(replyText((await w.send('ubah')).reply)).toMatch(/Bagian mana/);
    const r = await w.send('di gg melati rt 05');
    expect(replyText(r.reply)).toMatch(/Lokasi: gang melati, RT 05/);
    expect(w.state().mode).toBe('confirm_create');
  });

  it('when the case service is down, then the citizen is told, the draft is kept, and a later "ya" files it once', async () => {
    const w = world({ caseDown: true });
    await w.send('lampu pju gg mawar mati udh 3hr');
    const failed = await w.send('ya');
    expect(replyText(failed.reply)).toMatch(/sedang gangguan/);
    expect(failed.trace.outcome).toBe('error');
    expect(w.state().mode).toBe('confirm_create');
    w.down.value = false;
    expect(replyText((await w.send('ya')).reply)).toMatch(/LAP-20261122-001/);
    expect(w.complaints).toHaveLength(1);
  });

  it('when another question comes mid-draft, then it is answered and the draft is kept with a reminder', async () => {
    const w = world({
      knowledge: [hit('Jam pelayanan', 'Kantor buka Senin sampai Kamis 08.00-15.00.', 0.6)],
    });
    await w.send('mau lapor min');
    const r = await w.send('eh kantor desa buka jam berapa ya?');
    expect(replyText(r.reply)).toMatch(/Senin sampai Kamis[\s\S]*Draf laporan Anda masih tersimpan/);
    expect(w.state().draft).toBeDefined();
  });
});

describe('status and cancellation', () => {
  it('when the citizen asks "laporan saya", then their own complaint and its status are told', async () => {
    const w = world();
    await w.send('lampu pju gg mawar mati udh 3hr');
    await w.send('ya');
    expect(replyText((await w.send('laporan saya gimana')).reply)).toMatch(
      /LAP-20261122-001\* sudah kami terima/,
    );
  });

  it("when someone tries to cancel another citizen's complaint, then it is refused without asking", async () => {
    const w = world();
    await w.send('lampu pju gg mawar mati udh 3hr');
    await w.send('ya');
    const r = await w.send('batalkan laporan LAP-20261122-001', {}, '6281299999999');
    expect(replyText(r.reply)).toMatch(/tidak terdaftar atas nomor WhatsApp Anda/);
    expect(w.complaints[0]!.status).toBe('RECEIVED');
  });

  it('when the reporter cancels and then says no, then the complaint stays; saying yes cancels it', async () => {
    const w = world();
    await w.send('lampu pju gg mawar mati udh 3hr');
    await w.send('ya');
    expect(replyText((await w.send('batalkan laporan saya')).reply)).toMatch(/Yakin ingin membatalkan/);
    expect(replyText((await w.send('tidak')).reply)).toMatch(/tidak dibatalkan/);
    expect(w.complaints[0]!.status).toBe('RECEIVED');
    await w.send('batalkan laporan LAP-20261122-001');
    expect(replyText((await w.send('Ya, batalkan')).reply)).toMatch(/sudah dibatalkan/);
    expect(w.complaints[0]!.status).toBe('CANCELLED');
  });
});

describe('answers, small talk and handoff', () => {
  it('when the knowledge base has the answer, then the reply quotes it and names the entry', async () => {
    const w = world({
      knowledge: [hit('Surat keterangan tidak mampu (SKTM)', 'Syarat SKTM: pengantar RT/RW.', 0.55)],
    });
    const r = await w.send('syarat bikin sktm apa aja');
    expect(replyText(r.reply)).toBe(
      'Syarat SKTM: pengantar RT/RW.\n\n_Sumber: Surat keterangan tidak mampu (SKTM)_',
    );
    expect(r.trace).toMatchObject({ retrievalAttempted: true, retrievalHit: true, outcome: 'answered' });
  });

  it('when only weakly related chunks are found, then the bot says it found nothing and offers a person', async () => {
    const w = world({ knowledge: [hit('Alamat kantor', 'Jalan Raya Sukamaju No. 1.', 0.21)] });
    const r = await w.send('syarat bikin paspor apa aja');
    expect(replyText(r.reply)).toMatch(/tidak menemukan[\s\S]*petugas/);
    expect(replyText(r.reply)).not.toContain('Jalan Raya');
  });

  it('when the bot fails twice in a row, then the conversation is handed to a person', async () => {
    const w = world();
    expect((await w.send('asdf qwer')).handoff).toBeUndefined();
    const r = await w.send('zxcv uiop');
    expect(r.handoff).toBe('bot_stuck');
    expect(w.state().failures).toBe(0);
  });

  it('when a failure is followed by a success, then the count starts again', async () => {
    const w = world();
    await w.send('asdf qwer');
    await w.send('halo');
    expect((await w.send('zxcv uiop')).handoff).toBeUndefined();
  });

  it('when the citizen asks for a person, then the handoff is requested with the reason citizen_asked', async () => {
    const r = await world().send('mau ngomong sama petugas aja');
    expect(r.handoff).toBe('citizen_asked');
    expect(replyText(r.reply)).toMatch(/petugas akan membalas/);
  });

  it('when the citizen greets or thanks, then the reply is short and carries the one-line menu', async () => {
    const w = world();
    for (const text of ['selamat pagi', 'makasih ya']) {
      const reply = replyText((await w.send(text)).reply);
      expect(reply).toMatch(/buat laporan/);
      expect(reply.split('\n')).toHaveLength(1);
    }
  });
});
