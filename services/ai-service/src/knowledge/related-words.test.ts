import { describe, expect, it } from 'vitest';
import { localEmbed } from './local-embedding.ts';
import { queryConcepts } from './related-words.ts';

const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('query expansion', () => {
  it('when a citizen uses an everyday word, then the concept also carries the official words', () => {
    const concepts = queryConcepts('akte cerai bayar gak min');
    expect(concepts.map((c) => c.word)).toEqual(['akte', 'cerai', 'bayar']);
    expect(concepts[0]!.related).toContain('akta');
    expect(concepts[2]!.related).toEqual(expect.arrayContaining(['biaya', 'gratis', 'pungutan']));
  });

  it('when a related word has the stem of a word the citizen typed, then it is not added again', () => {
    const [death] = queryConcepts('kematian');
    expect(death!.word).toBe('kematian');
    expect(death!.related).not.toContain('mati');
    expect(death!.related).toEqual(expect.arrayContaining(['meninggal', 'wafat']));
  });

  it('when a word belongs to no concept, then nothing is added for it', () => {
    expect(queryConcepts('posyandu balita')).toEqual([
      { word: 'posyandu', related: [] },
      { word: 'balita', related: [] },
    ]);
  });

  it('when a query is embedded, then its related words bring it nearer an answer in official words', () => {
    const answer = localEmbed('Semua layanan tidak dipungut biaya alias gratis.');
    const asDocument = localEmbed('urus ktp bayar gak', 'document');
    const asQuery = localEmbed('urus ktp bayar gak', 'query');
    expect(cosine(asQuery, answer)).toBeGreaterThan(cosine(asDocument, answer) + 0.05);
  });
});
