// Finds the address in a normalised message: jalan / gang names, RT/RW, dusun, and landmarks such
// as "dekat masjid al ikhlas" or "depan sd 2". Returns the pieces joined, in message order.

/** Words that end an address span: what the problem is, time, or the citizen talking. */
const STOP = new Set([
  'rusak',
  'mati',
  'padam',
  'berlubang',
  'lubang',
  'banjir',
  'mampet',
  'sudah',
  'belum',
  'tidak',
  'sejak',
  'dari',
  'yang',
  'ada',
  'banyak',
  'sangat',
  'parah',
  'tolong',
  'mohon',
  'admin',
  'pak',
  'bu',
  'sekarang',
  'kemarin',
  'tadi',
  'hari',
  'karena',
  'tapi',
  'dan',
  'juga',
  'saya',
  'kami',
  'kok',
  'terus',
  'lagi',
  'masih',
  'sering',
  'kalau',
  'jadi',
  'bikin',
  'buat',
  'mau',
  'roboh',
  'tumbang',
  'menumpuk',
  'bau',
  'meluap',
  'macet',
  'gelap',
  'bocor',
  'hilang',
  'rt',
  'rw',
  'dusun',
  'dekat',
  'depan',
  'samping',
  'belakang',
  'sebelah',
  'seberang',
  'ujung',
  'gang',
  'jalan',
  'di',
  'ke',
  'nya',
  'lampu',
  'sampah',
  'air',
  'pohon',
  'got',
  'selokan',
  'kabel',
  'tiang',
  'aspal',
  'retak',
  'longsor',
  'ambles',
  'amblas',
  'hancur',
  'jebol',
  'rapuh',
  'penuh',
  'kotor',
  'putus',
  'menyala',
  'nyala',
  'bahaya',
  'mohon',
  'min',
]);

const PLACE_WORDS = ['jalan', 'gang', 'dusun', 'perumahan', 'komplek', 'blok', 'kampung'];
const LANDMARK_PREPOSITIONS = ['dekat', 'depan', 'samping', 'belakang', 'sebelah', 'seberang', 'ujung'];
const LANDMARKS = new Set([
  'masjid',
  'musala',
  'mushola',
  'surau',
  'gereja',
  'pura',
  'vihara',
  'sekolah',
  'sd',
  'smp',
  'sma',
  'smk',
  'mi',
  'mts',
  'pasar',
  'balai',
  'kantor',
  'puskesmas',
  'posyandu',
  'lapangan',
  'jembatan',
  'makam',
  'warung',
  'toko',
  'rumah',
  'pos',
  'pertigaan',
  'perempatan',
  'sawah',
  'sungai',
  'kali',
  'tps',
  'terminal',
  'stasiun',
  'alfamart',
  'indomaret',
  'bank',
  'koperasi',
  'pabrik',
  'kuburan',
  'taman',
  'gapura',
]);

function takeName(tokens: readonly string[], from: number, max: number): string[] {
  const name: string[] = [];
  for (let i = from; i < tokens.length && name.length < max; i++) {
    if (STOP.has(tokens[i]!)) break;
    name.push(tokens[i]!);
  }
  return name;
}

export function extractAddress(tokens: readonly string[]): string | undefined {
  const parts: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t === 'rt' || t === 'rw') && /^\d{1,3}$/.test(tokens[i + 1] ?? '')) {
      parts.push(`${t.toUpperCase()} ${tokens[i + 1]!.padStart(2, '0')}`);
      i++;
    } else if (PLACE_WORDS.includes(t)) {
      const name = takeName(tokens, i + 1, 4);
      // "jalan" alone is the thing complained about ("jalan rusak"), not an address.
      if (name.length) {
        parts.push([t, ...name].join(' '));
        i += name.length;
      }
    } else if (LANDMARK_PREPOSITIONS.includes(t) && tokens[i + 1] === 'rumah' && tokens[i + 2] === 'saya') {
      parts.push(`${t} rumah pelapor`);
      i += 2;
    } else if (LANDMARK_PREPOSITIONS.includes(t) && LANDMARKS.has(tokens[i + 1] ?? '')) {
      const name = takeName(tokens, i + 2, 3);
      parts.push([t, tokens[i + 1]!, ...name].join(' '));
      i += 1 + name.length;
    }
  }
  return parts.length ? parts.join(', ') : undefined;
}
