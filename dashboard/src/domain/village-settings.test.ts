import { describe, expect, it } from 'vitest';
import { holidayYear, NewVillageForm, VillageProfileForm, villageProblem } from './village-settings.ts';

describe('village settings shaping', () => {
  it('when a phone_number_id has other than digits, then the form says so in Indonesian', () => {
    const r = VillageProfileForm.safeParse({ name: 'Desa Maju', phoneNumberId: '+62 812' });
    expect(r.error?.issues[0]?.message).toContain('5-20 angka');
    expect(VillageProfileForm.parse({ name: ' Desa Maju ', phoneNumberId: '100000000000009' })).toEqual({
      name: 'Desa Maju',
      phoneNumberId: '100000000000009',
    });
  });

  it('when a new village id is not a slug, then it is refused with the rule', () => {
    const r = NewVillageForm.safeParse({
      id: 'Desa Maju',
      name: 'Desa Maju',
      phoneNumberId: '100000000000009',
    });
    expect(r.error?.issues[0]?.message).toContain('huruf kecil');
    expect(
      NewVillageForm.safeParse({ id: 'desa--maju', name: 'Desa Maju', phoneNumberId: '12345' }).success,
    ).toBe(false);
    expect(
      NewVillageForm.safeParse({ id: 'desa-maju-2', name: 'Desa Maju', phoneNumberId: '12345' }).success,
    ).toBe(true);
  });

  it('when no sensible year is asked, then this year in Jakarta is shown', () => {
    // 31 December 18:00 UTC is already 1 January in WIB.
    expect(holidayYear(undefined, new Date('2026-12-31T18:00:00Z'))).toBe(2027);
    expect(holidayYear('abc', new Date('2026-06-01T00:00:00Z'))).toBe(2026);
    expect(holidayYear('2025')).toBe(2025);
  });

  it('when channel-service refuses a number, then the village holding it is named', () => {
    expect(villageProblem('PHONE_NUMBER_ID_TAKEN', { villageId: 'desa-a' })).toBe(
      'phone_number_id ini sudah dipakai desa desa-a.',
    );
    expect(villageProblem('OTHER', {})).toBeNull();
  });
});
