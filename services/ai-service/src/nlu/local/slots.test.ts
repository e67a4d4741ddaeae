import { describe, expect, it } from 'vitest';
import { extractAddress } from './address.ts';
import { lexiconCategory } from './category-lexicon.ts';
import { normalizeTokens } from './normalize.ts';
import { findComplaintId, intentForComplaintId } from './rules.ts';

const address = (text: string) => extractAddress(normalizeTokens(text));

describe('slot extraction', () => {
  it('when a message names a gang, RT and RW, then the address has all three', () => {
    expect(address('lampu gg mawar rt 3 rw 02 mati')).toBe('gang mawar, RT 03, RW 02');
  });

  it('when a message names a landmark, then the address keeps it with its name', () => {
    expect(address('sampah numpuk dekat masjid al ikhlas sudah seminggu')).toBe('dekat masjid al ikhlas');
  });

  it('when a message names a dusun and a street, then both are found', () => {
    expect(address('jl melati dusun krajan berlubang')).toBe('jalan melati, dusun krajan');
  });

  it('when "jalan" is the thing that is broken, then it is no address', () => {
    expect(address('jalan rusak parah')).toBeUndefined();
  });

  it("when the complaint is in front of the reporter's house, then that is the address", () => {
    expect(address('jln dpn rmh sy rusak')).toBe('depan rumah pelapor');
  });

  it('when a message names the problem, then the lexicon picks its category', () => {
    expect(lexiconCategory(normalizeTokens('lampu pju mati'))).toBe('lampu_jalan');
    expect(lexiconCategory(normalizeTokens('got mampet'))).toBe('banjir_drainase');
    expect(lexiconCategory(normalizeTokens('minta info'))).toBeUndefined();
  });

  it('when a complaint id is written loosely, then it is read in canonical form', () => {
    expect(findComplaintId('cek lap 20261118 007 ya')).toBe('LAP-20261118-007');
    expect(findComplaintId('cek LAP-20261118-1234')).toBe('LAP-20261118-1234');
    expect(findComplaintId('lapangan 2026')).toBeUndefined();
  });

  it('when an id comes with a cancel word, then the intent is to cancel, else to check', () => {
    expect(intentForComplaintId('batalkan LAP-20261118-007', 'batalkan lap')).toBe('CANCEL_COMPLAINT');
    expect(intentForComplaintId('LAP-20261118-007 gimana', 'lap bagaimana')).toBe('CHECK_STATUS');
  });
});
