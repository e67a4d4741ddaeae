import { describe, expect, it } from 'vitest';
import { topicWords } from './normalisation.ts';

describe('topicWords', () => {
  it('when a document is named officially or in everyday words, then both give its abbreviation', () => {
    expect(topicWords('syarat kartu identitas anak')).toEqual(['syarat', 'kia']);
    expect(topicWords('bikin ktp anak anak gmn min')).toEqual(['buat', 'kia']);
    expect(topicWords('kartu keluarga hilang')).toEqual(['kk', 'hilang']);
  });

  it('when a question asks for a duration, then "lama" is among its topic words', () => {
    expect(topicWords('akta lahir jadi berapa hari')).toEqual(['akta', 'lahir', 'jadi', 'lama', 'hari']);
    expect(topicWords('kapan jadinya ktp saya')).toEqual(['lama', 'jadinya', 'ktp']);
  });

  it('when a function word carries the enclitic -nya, then it is dropped like the word itself', () => {
    expect(topicWords('caranya gimana kak, katanya harus ke kecamatan dulu')).toEqual(['kecamatan']);
    // a content word with -nya stays
    expect(topicWords('aktanya rusak')).toEqual(['aktanya', 'rusak']);
  });

  it('when a citizen uses a spoken verb, then its standard form is the topic word', () => {
    expect(topicWords('nama di kk salah, bisa dibenerin?')).toEqual(['nama', 'kk', 'salah', 'dibetulkan']);
    expect(topicWords('mau ngadu soal pungli')).toEqual(['mengadu', 'soal', 'pungli']);
  });
});
