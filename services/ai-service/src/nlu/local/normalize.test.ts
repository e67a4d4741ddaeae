import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from './normalize.ts';
import { stem } from './stem.ts';

describe('normalising informal Indonesian', () => {
  it('when a message uses WhatsApp abbreviations, then they are spelled out', () => {
    expect(normalizeText('jln dpn rmh sy rusak parah min, bnyk lubang')).toBe(
      'jalan depan rumah saya rusak parah admin banyak lubang',
    );
    expect(normalizeText('lampu pju gg mawar mati udh 3hr')).toBe(
      'lampu lampu jalan gang mawar mati sudah 3 hari',
    );
  });

  it('when a verb takes the Jakarta -in suffix, then it reads as standard Indonesian', () => {
    expect(normalizeText('batalin aja laporannya, nanti sy benerin datanya')).toBe(
      'batalkan saja laporannya nanti saya betulkan datanya',
    );
  });

  it('when a word repeats letters, then the repeats collapse (keeping real double letters)', () => {
    expect(normalizeText('tolooong parahhhh')).toBe('tolong parah');
    expect(normalizeText('maaaaf')).toBe('maaf');
  });

  it('when a negation is written in any common way, then it reads "tidak"', () => {
    expect(normalizeText('gak ga nggak gk tdk')).toBe('tidak tidak tidak tidak tidak');
  });

  it('when a word is reduplicated with a 2, then it is written twice', () => {
    expect(tokenize('lubangnya gede2')).toEqual(['lubangnya', 'gede', 'gede']);
  });

  it('when words carry affixes, then the stemmer strips them', () => {
    expect(stem('diperbaiki')).toBe('baik');
    expect(stem('berlubang')).toBe('lubang');
    expect(stem('laporannya')).toBe('lapor');
    expect(stem('pengaduan')).toBe('adu');
    expect(stem('kebanjiran')).toBe('banjir');
  });
});
