// Query expansion for retrieval: groups of words that citizens and officials use for one concept of
// civil administration (general Indonesian, not taken from any test set). A citizen asks "akte cerai
// bayar gak?" where the knowledge base says "akta perceraian ... tidak dipungut biaya"; stemming joins
// cerai / perceraian, this lexicon joins akte / akta and bayar / biaya.
//
// Only the query is expanded, so nothing stored depends on this list and it can grow without
// re-indexing. An expansion word counts less than a word the citizen typed (the search weighs it by
// RELATED_WEIGHT in knowledge-search.repository.ts), and a query word together with its expansions
// is one concept: it adds one IDF weight to the query's total, not one per word.
import { stemWord } from './stemming.ts';
import { topicWords } from './normalisation.ts';

/** Each line is one concept: words (normalised, unstemmed) that may stand for each other. */
const GROUPS: readonly string[] = [
  // the civil registry office and its documents
  'disdukcapil dukcapil capil disduk',
  'akta akte',
  'ktp identitas',
  'blangko blanko',
  'kia anak',
  // events of civil status
  'kematian meninggal wafat almarhum almarhumah mati',
  'kelahiran lahir melahirkan bayi',
  'perkawinan pernikahan nikah menikah kawin',
  'perceraian cerai bercerai talak',
  'pindah pindahan domisili',
  'pendatang datang pindahan',
  'pengakuan mengakui diakui akui',
  'muslim islam kua',
  'nonmuslim kristen katolik protestan hindu buddha budha konghucu gereja pura vihara',
  'pengadilan penetapan putusan hakim',
  'suami istri pasangan mempelai',
  // what a citizen wants done
  'perubahan ubah mengubah ganti mengganti revisi pembaruan memperbarui update',
  'perbaikan memperbaiki betulkan dibetulkan membetulkan koreksi ralat salah keliru',
  'penggantian ganti mengganti hilang rusak',
  'hilang kehilangan kecopetan dicuri ketinggalan',
  'pembatalan batal membatalkan dibatalkan batalkan',
  'hapus menghapus dihapus coret dicoret mencoret pengurangan penurunan dikurangi',
  'ganda dobel duplikat kembar',
  'pendaftaran daftar terdaftar mendaftar registrasi',
  'perekaman rekam merekam biometrik',
  'cetak mencetak dicetak penerbitan terbit',
  'terlambat telat lambat',
  // practical questions
  'biaya bayar membayar tarif harga ongkos uang pungutan pungli gratis retribusi',
  'alamat lokasi letak',
  'jam operasional buka tutup pukul',
  'senin selasa rabu kamis jumat sabtu minggu libur',
  'lama durasi waktu',
  'syarat persyaratan dokumen berkas kelengkapan bawa membawa',
  'pengaduan aduan keluhan komplain mengadu kritik',
  'informasi info',
  'disabilitas difabel penyandang lumpuh tunanetra tunarungu tunadaksa lansia jompo manula',
  'telepon telp kontak hubungi whatsapp',
  'email surel',
];

/** Stem -> the words (unstemmed) of every group that holds a word with that stem. */
const RELATED = (() => {
  const byStem = new Map<string, Set<string>>();
  for (const line of GROUPS) {
    const words = line.split(' ');
    for (const w of words) {
      const set = byStem.get(stemWord(w)) ?? new Set<string>();
      for (const other of words) set.add(other);
      byStem.set(stemWord(w), set);
    }
  }
  return byStem;
})();

/** One concept of a query: the word the citizen typed, then the words added for it. */
export interface QueryConcept {
  word: string;
  related: string[];
}

/** The query's topic words, each with the related words of its concept (none of the same stem). */
export function queryConcepts(query: string): QueryConcept[] {
  const words = [...new Set(topicWords(query).filter((t) => /^[a-z0-9]+$/.test(t)))].slice(0, 16);
  const typedStems = new Set(words.map(stemWord));
  return words.map((word) => {
    const related = [...(RELATED.get(stemWord(word)) ?? [])].filter((r) => {
      const s = stemWord(r);
      return !typedStems.has(s);
    });
    // Words of one stem count once: "meninggal" and "mati" may both be listed, "dicetak" and "cetak" not.
    const seen = new Set<string>();
    return {
      word,
      related: related.filter((r) => {
        const s = stemWord(r);
        if (seen.has(s)) return false;
        seen.add(s);
        return true;
      }),
    };
  });
}
