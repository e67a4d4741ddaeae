import { beforeAll, describe, expect, it } from 'vitest';
import { LocalNlu } from './local-nlu.ts';
import { loadTrainingSet } from './training-set.ts';

let nlu: LocalNlu;
beforeAll(() => {
  nlu = LocalNlu.train();
});

describe('the local NLU engine', () => {
  it('when it reads the messages of the issue, then it gets their intents and slots', async () => {
    expect(await nlu.understand('jln dpn rmh sy rusak parah min, bnyk lubang')).toMatchObject({
      intent: 'CREATE_COMPLAINT',
      slots: { category: 'jalan_rusak', address: 'depan rumah pelapor' },
      engine: 'local',
    });
    expect(await nlu.understand('lampu pju gg mawar mati udh 3hr')).toMatchObject({
      intent: 'CREATE_COMPLAINT',
      slots: {
        category: 'lampu_jalan',
        address: 'gang mawar',
        description: 'lampu pju gg mawar mati udh 3hr',
      },
    });
    expect(await nlu.understand('cek LAP-20261118-007')).toMatchObject({
      intent: 'CHECK_STATUS',
      slots: { complaintId: 'LAP-20261118-007' },
    });
    expect((await nlu.understand('mau ngomong sama petugas aja')).intent).toBe('HUMAN_AGENT');
  });

  it('when a message is about alarms, music or selling, then it is UNKNOWN, never a complaint', async () => {
    for (const text of ['bangunin aku jam 5 ya', 'puterin lagu dangdut koplo', 'jual sepeda gunung murah']) {
      expect((await nlu.understand(text)).intent, text).toBe('UNKNOWN');
    }
  });

  it('when a citizen asks about civil registration or greets at length, then it is not out of scope', () => {
    expect(nlu.classify('syarat bikin akta kelahiran apa saja ya').intent).toBe('KNOWLEDGE_QUERY');
    expect(nlu.classify('halo min, nik anak saya belum masuk kk, ngurusnya gimana').intent).toBe(
      'KNOWLEDGE_QUERY',
    );
    expect(nlu.classify('assalamualaikum, selamat siang pak').intent).toBe('GREETING');
    expect(nlu.classify('menu').intent).toBe('GREETING');
  });

  it('when the model leans to a status check but no complaint is named, then the next intent is taken', () => {
    // The classifier ranks CHECK_STATUS first here ("cek ... sudah ... belum"); without a complaint
    // that is impossible, and the question about an id number remains.
    expect(nlu.classify('cek nik saya sudah aktif belum').intent).toBe('KNOWLEDGE_QUERY');
    expect(nlu.classify('kapan film spiderman tayang').intent).toBe('UNKNOWN');
  });

  it('when a complaint names no lexicon word, then the category classifier still picks one', async () => {
    const r = await nlu.understand('tolong pak jalannya ancur banget kalau hujan kayak kubangan kerbau');
    expect(r.intent).toBe('CREATE_COMPLAINT');
    expect(r.slots.category).toBe('jalan_rusak');
  });

  it('when trained twice on the same set, then it gives the same answers (deterministic)', () => {
    const again = LocalNlu.train();
    for (const text of ['sktm syaratnya apa', 'air keruh di rumah', 'halo semua', 'kapan hujan']) {
      expect(again.classify(text)).toEqual(nlu.classify(text));
    }
  });

  it('when the training set is loaded, then every intent has many examples', () => {
    const counts = new Map<string, number>();
    for (const u of loadTrainingSet()) counts.set(u.intent, (counts.get(u.intent) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([
      'CANCEL_COMPLAINT',
      'CHECK_STATUS',
      'CREATE_COMPLAINT',
      'GREETING',
      'HUMAN_AGENT',
      'KNOWLEDGE_QUERY',
      'THANKS',
      'UNKNOWN',
    ]);
    for (const [intent, n] of counts) expect(n, intent).toBeGreaterThanOrEqual(40);
  });
});
