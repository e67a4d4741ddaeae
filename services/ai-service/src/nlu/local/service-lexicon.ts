// Words of civil registration and village administration. The intent classifier sees one feature
// for "the message names a public service", so a question about a document or procedure that the
// training set never spelled out still leans towards a knowledge query, and a question about
// alarms or films (which names none) does not.
import { stem } from './stem.ts';

const SERVICE_WORDS = [
  // documents
  'ktp ektp kk akta akte nik kia ikd kartu identitas kependudukan penduduk biodata surat pengantar',
  'keterangan domisili sktm sku skck skpwni blangko blanko dokumen berkas formulir kutipan salinan duplikat',
  // civil events
  'kelahiran kematian perkawinan pernikahan nikah perceraian cerai pindah pindahan pengangkatan waris wni wna',
  // offices and procedure
  'dukcapil disdukcapil capil adminduk desa kelurahan kecamatan kades lurah perangkat loket antrian',
  'syarat persyaratan prosedur layanan pelayanan pengurusan mengurus permohonan pemohon penerbitan',
  'diterbitkan pencatatan perekaman rekam legalisir legalisasi pungutan kuasa',
  // village programmes
  'bansos blt pkh posyandu pbb bpjs umkm',
]
  .join(' ')
  .split(' ');

const SERVICE_STEMS = new Set(SERVICE_WORDS.map(stem));

/** Whether any normalised token names a civil-registration or village service. */
export function namesPublicService(tokens: readonly string[]): boolean {
  return tokens.some((t) => SERVICE_STEMS.has(stem(t)));
}
