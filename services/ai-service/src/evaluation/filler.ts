// Realistic filler for the latency measurement: knowledge chunks of 200 other villages (and a share
// of global ones, 5% by default), written from a seeded mix of the topics village knowledge bases hold.
import { seededRandom } from '../seeded-random.ts';

const SUBJECTS = [
  'Pendaftaran posyandu balita',
  'Jadwal gotong royong',
  'Pembagian bantuan pangan',
  'Rapat musyawarah dusun',
  'Pelatihan pertanian organik',
  'Syarat surat keterangan usaha',
  'Pengambilan pupuk bersubsidi',
  'Pembayaran pajak bumi dan bangunan',
  'Perekaman KTP elektronik keliling',
  'Pendaftaran kartu keluarga',
  'Vaksinasi ternak',
  'Penyaluran BLT dana desa',
  'Lomba kebersihan lingkungan',
  'Kerja bakti saluran irigasi',
  'Pengajian rutin',
  'Kegiatan karang taruna',
  'Pelayanan akta kelahiran',
  'Jadwal pengangkutan sampah',
  'Pemeliharaan jalan usaha tani',
  'Pendataan keluarga miskin',
  'Ronda malam siskamling',
  'Senam lansia',
];
const PLACES = [
  'balai desa',
  'kantor kecamatan',
  'aula dusun',
  'lapangan desa',
  'masjid jami',
  'posyandu',
  'puskesmas pembantu',
  'rumah kepala dusun',
];
const DAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];
const DETAILS = [
  'Warga diminta membawa fotokopi KTP dan kartu keluarga.',
  'Kegiatan dimulai pukul 08.00 dan selesai menjelang siang.',
  'Informasi lebih lanjut dapat ditanyakan kepada ketua RT masing-masing.',
  'Pendaftaran ditutup tiga hari sebelum pelaksanaan.',
  'Layanan ini tidak dipungut biaya.',
  'Peserta yang berhalangan hadir dapat diwakilkan oleh anggota keluarga.',
  'Hasil kegiatan akan diumumkan di papan informasi desa.',
  'Bagi warga lanjut usia disediakan layanan jemput.',
  'Kelompok tani diharapkan mengirim perwakilan.',
  'Dana kegiatan bersumber dari anggaran pendapatan dan belanja desa.',
  'Mohon menjaga ketertiban dan kebersihan selama kegiatan berlangsung.',
  'Surat undangan dibagikan melalui ketua RW.',
];

export interface FillerChunk {
  villageId: string | null;
  title: string;
  content: string;
}

export function* fillerChunks(count: number, globalShare = 0.05, seed = 11): Generator<FillerChunk> {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  for (let i = 0; i < count; i++) {
    const subject = pick(SUBJECTS);
    const sentences = [
      `${subject} dilaksanakan hari ${pick(DAYS)} tanggal ${1 + Math.floor(random() * 28)} di ${pick(PLACES)}.`,
      pick(DETAILS),
      pick(DETAILS),
      `Koordinator kegiatan: ${pick(['Bapak', 'Ibu'])} ${pick(['Suparno', 'Siti', 'Wahyudi', 'Rina', 'Agus', 'Dewi'])}, RT ${1 + Math.floor(random() * 12)}.`,
    ];
    yield {
      villageId: random() < globalShare ? null : `desa-filler-${i % 200}`,
      title: `${subject} ${i}`,
      content: sentences.join(' '),
    };
  }
}
