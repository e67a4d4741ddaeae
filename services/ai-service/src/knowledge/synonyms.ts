// Words citizens and public-service texts use for the same thing, folded to one term before
// embedding, so "bayar" finds "biaya" and "kartu keluarga" finds "KK". Applied to queries and
// documents alike. Keys are normalised (slang already expanded), matched before stemming.

const PHRASES: readonly [RegExp, string][] = [
  [/\bkartu keluarga\b/g, 'kk'],
  [/\bkartu identitas anak\b/g, 'kia'],
  [/\bkartu tanda penduduk\b/g, 'ktp'],
  [/\bjam (kerja|layanan|pelayanan|operasional)\b/g, 'jam'],
  [/\bdi mana\b/g, 'alamat'],
];

const WORDS: Readonly<Record<string, string>> = {
  bayar: 'biaya',
  membayar: 'biaya',
  dibayar: 'biaya',
  tarif: 'biaya',
  ongkos: 'biaya',
  gratis: 'biaya',
  dipungut: 'biaya',
  pungutan: 'biaya',
  nikah: 'kawin',
  menikah: 'kawin',
  pernikahan: 'kawin',
  perkawinan: 'kawin',
  lokasi: 'alamat',
  letak: 'alamat',
  beralamat: 'alamat',
  dimanakah: 'alamat',
  operasional: 'jam',
  buka: 'jam',
  tutup: 'jam',
  komplain: 'adu',
  keluhan: 'adu',
  mengeluh: 'adu',
  pengaduan: 'adu',
  aduan: 'adu',
  persyaratan: 'syarat',
  berkas: 'syarat',
  dokumen: 'syarat',
  ektp: 'ktp',
  update: 'ubah',
  ganti: 'ubah',
  mengganti: 'ubah',
  mengubah: 'ubah',
  perubahan: 'ubah',
  memperbaiki: 'ubah',
  perbaikan: 'ubah',
  membetulkan: 'ubah',
  wafat: 'mati',
  meninggal: 'mati',
  kematian: 'mati',
};

export function foldSynonyms(tokens: readonly string[]): string[] {
  let text = ` ${tokens.join(' ')} `;
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  return text
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((t) => WORDS[t] ?? t);
}
