import { describe, expect, it } from 'vitest';
import { areaOf, countByArea } from './area.ts';

const label = (address: string | null | undefined) => areaOf(address).label;

describe('areaOf', () => {
  it('when there is no address, then it is "Tanpa alamat"', () => {
    for (const a of [null, undefined, '', '   ', '-', ' , / .'])
      expect(areaOf(a)).toEqual({ area: 'none', label: 'Tanpa alamat' });
  });

  it('when a dusun is named, then the dusun is the area, whatever else is named', () => {
    expect(areaOf('Dusun Krajan')).toEqual({ area: 'dusun:krajan', label: 'Dusun Krajan' });
    expect(label('dsn. krajan rt 2 rw 1')).toBe('Dusun Krajan');
    expect(label('DSN KRAJAN')).toBe('Dusun Krajan');
    expect(label('jalan melati, dusun krajan')).toBe('Dusun Krajan'); // the bot's shape
    expect(label('Jl. Mawar RT 03/RW 02 Dusun Sumber Rejo')).toBe('Dusun Sumber Rejo');
    expect(label('Dukuh Ngasem, dekat balai')).toBe('Dusun Ngasem');
    expect(label('Dusun Pojok Desa Sukamaju')).toBe('Dusun Pojok');
  });

  it('when a dusun is numbered, then "II", "2" and "02" are the same dusun', () => {
    expect(areaOf('Dusun II').area).toBe('dusun:2');
    expect(areaOf('dusun 2').area).toBe('dusun:2');
    expect(areaOf('Dsn.02 RT 1').area).toBe('dusun:2');
    expect(label('Dusun Krajan II')).toBe('Dusun Krajan 2');
    expect(areaOf('dusun krajan 2').area).toBe('dusun:krajan 2');
  });

  it('when an RW is named in any of its spellings, then "RW 2" and "RW 02" group together', () => {
    const rw2 = [
      'Jl. Mawar RT 03/RW 02 dekat masjid',
      'gg melati 2 rt 1 rw 2',
      'rt.03 / rw.002',
      'RT03/RW02',
      'RT/RW 03/02',
      'rt/rw: 003/002',
      'RT 3 RW 2',
      'rt 3/2',
      'RW. 2',
      'rw:02',
      'Rw-002, Desa Sukamaju',
      'gang mawar, RT 03, RW 02', // the bot's shape
      'Rukun Warga 2',
      'RT 05 RW II',
    ];
    for (const a of rw2) expect(areaOf(a), a).toEqual({ area: 'rw:2', label: 'RW 02' });
    expect(label('rw 12 rt 4')).toBe('RW 12');
    expect(label('RW 110')).toBe('RW 110');
  });

  it('when only an RT is named, then it is no area: RT numbers repeat in every RW', () => {
    expect(label('RT 03')).toBe('Lainnya');
    expect(label('Jl. Merdeka No. 1, RT 02')).toBe('Jl. Merdeka');
    // "rt 3, 5 rumah dari masjid": the 5 after a comma is not an RW.
    expect(label('rt 3, 5 rumah dari masjid')).toBe('Lainnya');
    expect(label('RW 00')).toBe('Lainnya');
  });

  it('when a street is named, then abbreviations, case and house numbers do not split it', () => {
    for (const a of [
      'Jl. Mawar',
      'jl mawar',
      'JL.MAWAR NO.5',
      'Jln. Mawar No 12',
      'jalan mawar dekat masjid al ikhlas',
      'Jalan Mawar 5',
      'jl. mawar, desa sukamaju',
      'Jl Mawar (depan SD 2)',
    ])
      expect(areaOf(a), a).toEqual({ area: 'jalan:mawar', label: 'Jl. Mawar' });
    expect(label('Jl. Raya Km 3')).toBe('Jl. Raya');
    expect(label('Jl. Raya Sukamaju No. 10')).toBe('Jl. Raya Sukamaju');
    expect(label('Jl. 17 Agustus no 3')).toBe('Jl. 17 Agustus');
    expect(label('jl kh ahmad dahlan')).toBe('Jl. KH Ahmad Dahlan');
    expect(label('Jl. Mawar II No. 4')).toBe('Jl. Mawar II');
    expect(label('jalan Ma’ruf rusak parah')).toBe('Jl. Maruf');
  });

  it('when a gang is named, then its number belongs to its name', () => {
    expect(areaOf('Gg. Melati')).toEqual({ area: 'gang:melati', label: 'Gg. Melati' });
    expect(areaOf('gg melati 2')).toEqual({ area: 'gang:melati 2', label: 'Gg. Melati 2' });
    expect(areaOf('Gang Melati II').area).toBe('gang:melati 2');
    expect(areaOf('GG.MELATI 02').area).toBe('gang:melati 2');
    expect(label('Gang Dahlia')).toBe('Gg. Dahlia');
    expect(label('gg. 5 samping warung')).toBe('Gg. 5');
    expect(label('Gg Melati No. 7')).toBe('Gg. Melati');
  });

  it('when a street and a gang are both named, then the street wins, in either order', () => {
    expect(label('Jl. Mawar Gg. Melati 2')).toBe('Jl. Mawar');
    expect(label('gg melati, jl mawar')).toBe('Jl. Mawar');
  });

  it('when a housing estate is named, then it outranks its streets but not the RW', () => {
    expect(label('Perumahan Griya Asri Blok C3 No. 5')).toBe('Perum. Griya Asri');
    expect(label('perum griya asri jl anggrek')).toBe('Perum. Griya Asri');
    expect(label('Komplek Griya Asri')).toBe('Perum. Griya Asri');
    expect(label('Perum Griya Asri RW 07')).toBe('RW 07');
  });

  it('when only a landmark or a place word without a name is given, then it is "Lainnya"', () => {
    for (const a of [
      'dekat masjid al ikhlas',
      'depan rumah pelapor',
      'Pasar Desa',
      'Balai Desa',
      'jalan depan SD',
      'jalan rusak',
      'di gang sebelah',
    ])
      expect(areaOf(a), a).toEqual({ area: 'other', label: 'Lainnya' });
  });
});

describe('countByArea', () => {
  it('when addresses name the same area differently, then they fold into one row, largest first, then by label', () => {
    const rows = countByArea([
      { address: 'RW 2', count: 1 },
      { address: 'rw 02', count: 2 },
      { address: 'Jl. Mawar No. 1', count: 1 },
      { address: 'jl mawar', count: 2 },
      { address: null, count: 1 },
      { address: '', count: 1 },
      { address: 'Gg. Melati', count: 2 },
      { address: 'dekat masjid', count: 1 },
    ]);
    expect(rows).toEqual([
      { area: 'jalan:mawar', label: 'Jl. Mawar', count: 3 },
      { area: 'rw:2', label: 'RW 02', count: 3 },
      { area: 'gang:melati', label: 'Gg. Melati', count: 2 },
      { area: 'none', label: 'Tanpa alamat', count: 2 },
      { area: 'other', label: 'Lainnya', count: 1 },
    ]);
  });

  it('when there are no complaints, then there are no rows', () => {
    expect(countByArea([])).toEqual([]);
  });
});
