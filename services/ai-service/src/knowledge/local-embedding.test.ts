import { describe, expect, it } from 'vitest';
import { EMBEDDING_DIMENSIONS, localEmbed } from './local-embedding.ts';
import { indexableText, topicStems } from './normalisation.ts';
import { splitText } from './split-text.ts';
import { stemWord } from './stemming.ts';

const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('the local embedding', () => {
  it('when a text is embedded, then the vector has 768 dimensions and unit length, always the same', () => {
    const v = localEmbed('Syarat membuat surat keterangan domisili');
    expect(v).toHaveLength(EMBEDDING_DIMENSIONS);
    expect(Math.sqrt(cosine(v, v))).toBeCloseTo(1, 4);
    expect(localEmbed('Syarat membuat surat keterangan domisili')).toEqual(v);
  });

  it('when a question is written in slang, then it is closer to its answer than to another topic', () => {
    const question = localEmbed('syrt bikin srt domisili apa aja min');
    const answer = localEmbed(
      'Surat keterangan domisili: syarat surat pengantar RT/RW, fotokopi KTP dan KK.',
    );
    const other = localEmbed('Jadwal posyandu balita setiap tanggal 10 di balai RW.');
    expect(cosine(question, answer)).toBeGreaterThan(cosine(question, other) + 0.2);
  });
});

describe('retrieval normalisation', () => {
  it('when a document is named in full or abbreviated, then both read as its official abbreviation', () => {
    expect(indexableText('Kartu Keluarga dan e-KTP')).toBe('kk dan ktp');
    expect(topicStems('syarat kartu identitas anak')).toEqual(['syarat', 'kia']);
  });

  it('when a letter or the registry office goes by its everyday name, then it reads as its abbreviation', () => {
    expect(indexableText('butuh surat miskin')).toBe('butuh sktm');
    expect(indexableText('surat tidak mampu dan surat keterangan tidak mampu')).toBe('sktm dan sktm');
    expect(indexableText('surat usaha buat kur')).toBe('sku buat kur');
    expect(indexableText('kantor catatan sipil dimana')).toBe('disdukcapil di mana');
  });

  it('when words carry affixes, then the stemmer gives the stems PostgreSQL indexes', () => {
    expect(['pembuatan', 'membuat', 'perkawinan', 'kelahiran'].map(stemWord)).toEqual([
      'buat',
      'buat',
      'kawin',
      'lahir',
    ]);
  });

  it('when a text has markdown headings, then each chunk keeps its heading and its position', async () => {
    const text = `# Surat\n${'Syarat surat pengantar. '.repeat(60)}\n## Biaya\nSemua layanan gratis.`;
    const chunks = await splitText(text);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expect(chunks[0]).toMatchObject({ position: 0, heading: 'Surat' });
    expect(chunks.at(-1)).toMatchObject({ heading: 'Biaya', content: 'Semua layanan gratis.' });
    expect(chunks.map((c) => c.position)).toEqual(chunks.map((_, i) => i));
    expect(Math.max(...chunks.map((c) => c.content.length))).toBeLessThanOrEqual(800);
  });
});
