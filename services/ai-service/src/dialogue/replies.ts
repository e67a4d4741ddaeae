// Every sentence the bot says, in one place: Indonesian, polite, short. WhatsApp renders *bold*.
import { defaultCategoryLabel } from '@govconnect/contracts';
import type { ComplaintDraft } from './dialogue-state.ts';

export const MENU =
  'Saya bisa bantu: info layanan desa, *buat laporan* (jalan rusak, lampu mati, sampah, dll.), *cek laporan*, atau *hubungi petugas*.';

const STATUS_TEXT: Record<string, string> = {
  RECEIVED: 'sudah kami terima dan menunggu verifikasi petugas',
  VERIFIED: 'sudah diverifikasi petugas',
  IN_PROGRESS: 'sedang ditindaklanjuti petugas',
  RESOLVED: 'sudah selesai ditangani',
  REJECTED: 'tidak dapat ditindaklanjuti',
  CANCELLED: 'sudah dibatalkan',
};

export const categoryLabel = defaultCategoryLabel;
export const statusText = (status: string) => STATUS_TEXT[status] ?? status;

export const replies = {
  greeting: (name?: string) =>
    `Halo${name ? ` ${name}` : ''}, selamat datang di layanan WhatsApp desa. ${MENU}`,
  thanks: () => `Sama-sama, senang bisa membantu. ${MENU}`,
  notUnderstood: () => `Maaf, saya belum memahami pesan Anda. ${MENU}`,
  handoff: () =>
    'Baik, percakapan ini kami teruskan ke petugas desa. Mohon tunggu, petugas akan membalas di sini secepatnya.',
  handoffStuck: () =>
    'Maaf, sepertinya saya belum bisa membantu. Percakapan ini kami teruskan ke petugas desa; petugas akan membalas di sini secepatnya.',

  knowledgeAnswer: (title: string, excerpt: string) => `${excerpt}\n\n_Sumber: ${title}_`,
  knowledgeNotFound: () =>
    'Maaf, saya tidak menemukan informasi tentang itu di data layanan desa. Ketik *petugas* bila ingin dibantu langsung oleh petugas desa.',

  askCategory: () =>
    'Baik, saya bantu buat laporan. Masalahnya tentang apa? (misalnya jalan rusak, lampu jalan mati, sampah, banjir, air bersih, pohon tumbang, fasilitas umum, keamanan)',
  askDescription: () => 'Mohon ceritakan singkat masalahnya: apa yang terjadi dan sejak kapan?',
  askAddress: () =>
    'Di mana lokasinya? Tulis alamat atau patokannya (nama jalan/gang, RT/RW, dekat apa), atau kirim *lokasi* WhatsApp.',
  draftNoted: (what: string) => `Terima kasih, ${what} sudah kami catat.`,
  draftKeptReminder: () =>
    '_Draf laporan Anda masih tersimpan: ketik *lanjut* untuk meneruskan atau *batal*._',
  draftCancelled: () => `Baik, laporan tidak jadi dibuat. ${MENU}`,
  confirmBody: (d: ComplaintDraft) =>
    [
      'Mohon periksa laporan Anda:',
      `• Jenis: ${categoryLabel(d.category ?? 'lainnya')}`,
      `• Lokasi: ${d.address ?? (d.location ? 'lokasi WhatsApp terlampir' : '-')}${d.address && d.location ? ' (lokasi terlampir)' : ''}`,
      `• Keterangan: ${d.description ?? '-'}`,
      ...(d.mediaIds.length ? [`• Foto: ${d.mediaIds.length}`] : []),
      'Kirim laporan ini?',
    ].join('\n'),
  confirmAgain: () => 'Balas *Ya* untuk mengirim laporan, *Ubah* untuk memperbaiki, atau *Batal*.',
  askWhatToChange: () =>
    'Bagian mana yang ingin diubah? Kirim saja jenis, lokasi, atau keterangan yang benar.',
  complaintCreated: (id: string) =>
    `Laporan Anda sudah kami terima dengan nomor *${id}*. Petugas desa akan memverifikasinya dan menindaklanjuti; perkembangan akan dikabarkan lewat WhatsApp ini. Cek kapan saja dengan mengetik "cek ${id}".`,
  caseServiceDown: () =>
    'Maaf, sistem laporan sedang gangguan sehingga laporan belum terkirim. Draf Anda tetap tersimpan: balas *Ya* beberapa saat lagi untuk mengirim ulang.',

  status: (id: string, status: string, note?: string | null) =>
    `Laporan *${id}* ${statusText(status)}.${note ? `\nCatatan petugas: ${note}` : ''}`,
  statusList: (items: { complaintId: string; status: string; category: string }[]) =>
    [
      'Laporan Anda:',
      ...items.map((c) => `• *${c.complaintId}* (${categoryLabel(c.category)}): ${statusText(c.status)}`),
      'Ketik "cek <nomor>" untuk detailnya.',
    ].join('\n'),
  noComplaints: () => 'Belum ada laporan atas nomor WhatsApp ini. Ketik *buat laporan* bila ingin melapor.',
  complaintNotFound: (id: string) =>
    `Laporan *${id}* tidak ditemukan. Mohon periksa kembali nomornya (contoh: LAP-20261118-007).`,
  statusUnavailable: () => 'Maaf, data laporan sedang tidak dapat dibuka. Silakan coba beberapa saat lagi.',
  needPhone: () => 'Maaf, laporan hanya bisa dicek dari nomor WhatsApp pelapor.',

  askWhichToCancel: (ids: string[]) =>
    `Laporan mana yang ingin dibatalkan? Ketik "batalkan <nomor>". Laporan Anda yang masih terbuka: ${ids.join(', ')}.`,
  nothingToCancel: () => 'Tidak ada laporan terbuka atas nomor WhatsApp ini yang bisa dibatalkan.',
  notYourComplaint: (id: string) =>
    `Maaf, laporan *${id}* tidak terdaftar atas nomor WhatsApp Anda, jadi tidak bisa dibatalkan dari sini.`,
  cannotCancel: (id: string, status: string) =>
    `Laporan *${id}* ${statusText(status)}, jadi tidak bisa dibatalkan lagi.`,
  confirmCancelBody: (id: string) => `Yakin ingin membatalkan laporan *${id}*?`,
  cancelled: (id: string) => `Laporan *${id}* sudah dibatalkan. Terima kasih sudah mengabari kami.`,
  cancelKept: (id: string) => `Baik, laporan *${id}* tidak dibatalkan dan tetap kami proses.`,
};

/** Buttons of the two confirmation messages; their titles come back as the citizen's text. */
export const CONFIRM_CREATE_OPTIONS = [
  { id: 'create_yes', title: 'Ya, kirim' },
  { id: 'create_edit', title: 'Ubah' },
  { id: 'create_no', title: 'Batal' },
];
export const CONFIRM_CANCEL_OPTIONS = [
  { id: 'cancel_yes', title: 'Ya, batalkan' },
  { id: 'cancel_no', title: 'Tidak' },
];
