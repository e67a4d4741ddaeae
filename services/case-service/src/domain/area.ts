// Where a complaint is, as a village officer counts it: one area per free-text address, as the bot
// ("gang mawar, RT 03, RW 02"), a WhatsApp location ("Jl. Merdeka 1"), Open311 or staff wrote it.
//
// The first rule that applies wins:
//   1. no address (null, blank, only punctuation)   -> "Tanpa alamat"
//   2. a dusun (dusun, dsn, dukuh, padukuhan)      -> "Dusun Krajan": the largest unit inside a
//      village, with its own head; RWs lie within a dusun, so the dusun outranks the RW.
//   3. an RW (RW 2, rw.002, RT/RW 03/02, rt 3/2)    -> "RW 02": the next administrative unit, with
//      its ketua RW. An RT alone is no area: RT numbers repeat in every RW.
//   4. a housing estate (perumahan, perum, komplek) -> "Perum. Griya Asri": estates hold streets.
//   5. a street (jalan, jl, jln)                    -> "Jl. Mawar": not administrative, but what
//      staff know; it outranks a gang because gangs branch off streets and it groups more.
//   6. a gang (gang, gg)                            -> "Gg. Melati 2"
//   7. anything else (only a landmark: "dekat masjid", "Pasar Desa") -> "Lainnya"
// Every area key (`rw:2`, `jalan:mawar`) maps to one label, so addresses written differently but
// naming the same place ("RW 2", "rw.002") fold into one row.
import { NAME_STOP, SMALL_WORDS_UPPER } from './area-words.ts';

export interface Area {
  /** Stable key: `none`, `other`, `dusun:<name>`, `rw:<n>`, `perumahan:<name>`, `jalan:<name>`, `gang:<name>`. */
  area: string;
  label: string;
}

export const NO_ADDRESS: Area = { area: 'none', label: 'Tanpa alamat' };
export const OTHER_AREA: Area = { area: 'other', label: 'Lainnya' };

const DUSUN = new Set(['dusun', 'dsn', 'dukuh', 'padukuhan']);
const PERUMAHAN = new Set(['perumahan', 'perum', 'komplek', 'kompleks', 'komp']);
const JALAN = new Set(['jalan', 'jl', 'jln', 'jaln']);
const GANG = new Set(['gang', 'gg']);
/** A comma, semicolon, parenthesis or line break ends a name ("Jl. Mawar, RT 03"). */
const BOUNDARY = '|';
/** A slash ends a name too, and pairs numbers: "RT/RW 03/02". */
const SLASH = '/';

/**
 * Lower-case words and numbers, letters apart from digits ("rt03" -> "rt", "03"), with boundary
 * and slash tokens. Dots only separate ("Jl.Mawar", "rt.03").
 */
function tokenize(address: string): string[] {
  return address
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’`]/g, '')
    .toLowerCase()
    .replace(/(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/g, ' ')
    .replace(/[,;()\n\r]+/g, ` ${BOUNDARY} `)
    .replace(/\//g, ` ${SLASH} `)
    .split(/[^a-z0-9|/]+/)
    .filter(Boolean);
}

const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_VALUE: Record<string, number> = { i: 1, v: 5, x: 10 };

function romanValue(word: string): number | null {
  if (!word || !ROMAN.test(word)) return null;
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const v = ROMAN_VALUE[word[i]!]!;
    const next = ROMAN_VALUE[word[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** A number written in digits (leading zeros dropped) or in Roman numerals up to 39, else null. */
function numberOf(word: string | undefined, roman = true): number | null {
  if (word === undefined) return null;
  if (/^0*\d{1,3}$/.test(word)) return Number(word);
  return roman ? romanValue(word) : null;
}

/** A word that can be part of a place's name: not a number, a boundary or a word that ends names. */
function isName(word: string | undefined): word is string {
  return word !== undefined && /[a-z]/.test(word) && !NAME_STOP.has(word);
}

/**
 * The name after a place word at `at`: up to four words, then an optional number that belongs to
 * the name ("Gg. Melati 2", "Dusun Krajan II" as "krajan 2"; "Dusun 3" alone). For streets a bare
 * number is a house number ("Jl. Anggrek 5"), so only Roman numerals stay ("Jl. Mawar II" as "mawar
 * ii"), except a leading one ("Jl. 17 Agustus").
 */
function nameAfter(tokens: string[], at: number, kind: 'street' | 'numbered'): string | null {
  const words: string[] = [];
  let i = at + 1;
  const lead = numberOf(tokens[i], false);
  if (kind === 'street' && lead !== null && isName(tokens[i + 1])) {
    words.push(String(lead));
    i++;
  }
  while (words.length < 4 && isName(tokens[i]) && (kind === 'street' || romanValue(tokens[i]!) === null)) {
    words.push(tokens[i]!);
    i++;
  }
  if (kind === 'numbered') {
    const n = numberOf(tokens[i]);
    if (n !== null && n > 0) words.push(String(n));
  }
  return words.length ? words.join(' ') : null;
}

/** The RW named anywhere: "rw 2", "rw.002", "rukun warga 2", "RT/RW 03/02", "rt 3/2". */
function rwOf(t: string[]): number | null {
  for (let i = 0; i < t.length; i++) {
    let n: number | null = null;
    // The "rw" of "RT/RW 03/02" is read with its "rt": its first number is the RT's.
    if (t[i] === 'rw' && t[i - 1] !== 'rt' && !(t[i - 1] === SLASH && t[i - 2] === 'rt'))
      n = numberOf(t[i + 1]);
    else if (t[i] === 'rukun' && t[i + 1] === 'warga') n = numberOf(t[i + 2]);
    else if (t[i] === 'rt') n = rwOfPair(t, i + 1);
    if (n !== null && n > 0) return n;
  }
  return null;
}

/** After "rt": "/rw 03/02", "rw 03 02" or "3/2", where the second number is the RW. */
function rwOfPair(t: string[], at: number): number | null {
  let j = at + (t[at] === SLASH ? 1 : 0);
  const combined = t[j] === 'rw';
  if (combined) j++;
  if (numberOf(t[j]) === null) return null;
  j++;
  const slash = t[j] === SLASH;
  if (slash) j++;
  return combined || slash ? numberOf(t[j]) : null;
}

function firstName(t: string[], words: Set<string>, kind: 'street' | 'numbered'): string | null {
  for (let i = 0; i < t.length; i++) {
    if (!words.has(t[i]!)) continue;
    const name = nameAfter(t, i, kind);
    if (name) return name;
  }
  return null;
}

function titleCase(name: string, upperRoman: boolean): string {
  return name
    .split(' ')
    .map((w) =>
      SMALL_WORDS_UPPER.has(w) || (upperRoman && romanValue(w) !== null)
        ? w.toUpperCase()
        : w[0]!.toUpperCase() + w.slice(1),
    )
    .join(' ');
}

export function areaOf(address: string | null | undefined): Area {
  const t = tokenize(address ?? '');
  if (!t.some((w) => w !== BOUNDARY && w !== SLASH)) return NO_ADDRESS;
  const dusun = firstName(t, DUSUN, 'numbered');
  if (dusun) return { area: `dusun:${dusun}`, label: `Dusun ${titleCase(dusun, false)}` };
  const rw = rwOf(t);
  if (rw !== null) return { area: `rw:${rw}`, label: `RW ${String(rw).padStart(2, '0')}` };
  const estate = firstName(t, PERUMAHAN, 'numbered');
  if (estate) return { area: `perumahan:${estate}`, label: `Perum. ${titleCase(estate, false)}` };
  const street = firstName(t, JALAN, 'street');
  if (street) return { area: `jalan:${street}`, label: `Jl. ${titleCase(street, true)}` };
  const gang = firstName(t, GANG, 'numbered');
  if (gang) return { area: `gang:${gang}`, label: `Gg. ${titleCase(gang, false)}` };
  return OTHER_AREA;
}

export interface AreaCount extends Area {
  count: number;
}

/** Folds complaint counts per distinct address into areas, most complaints first, then by label. */
export function countByArea(rows: readonly { address: string | null; count: number }[]): AreaCount[] {
  const byKey = new Map<string, AreaCount>();
  for (const row of rows) {
    const a = areaOf(row.address);
    const seen = byKey.get(a.area);
    if (seen) seen.count += row.count;
    else byKey.set(a.area, { ...a, count: row.count });
  }
  return [...byKey.values()].sort((x, y) => y.count - x.count || x.label.localeCompare(y.label, 'id'));
}
