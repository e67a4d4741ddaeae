// The templates every village starts with (seeded once, then edited through the API). Each has the
// Indonesian text sent inside WhatsApp's 24-hour window and the approved template sent outside it.
import type { TemplateType } from './notification-types.ts';

export interface TemplateContent {
  body: string;
  waTemplate: { name: string; language: string; parameters: string[] };
}

const UPDATE = 'govconnect_status_laporan';

export const DEFAULT_TEMPLATES: Record<TemplateType, TemplateContent> = {
  complaint_received: {
    body:
      'Halo {{reporterName}}, laporan Anda {{complaintId}} ({{category}}) sudah kami terima. ' +
      'Petugas desa akan memeriksanya dalam 3 hari kerja. Simpan nomor laporan ini untuk menanyakan statusnya.',
    waTemplate: {
      name: 'govconnect_laporan_diterima',
      language: 'id',
      parameters: ['complaintId', 'category'],
    },
  },
  status_verified: {
    body:
      'Laporan {{complaintId}} ({{category}}) sudah diverifikasi oleh petugas. Catatan petugas: {{note}}. ' +
      'Selanjutnya laporan akan dijadwalkan untuk ditangani; kami kabari lagi saat pekerjaan dimulai.',
    waTemplate: { name: UPDATE, language: 'id', parameters: ['complaintId', 'status', 'note'] },
  },
  status_in_progress: {
    body:
      'Laporan {{complaintId}} ({{category}}) sedang ditangani. Catatan petugas: {{note}}. ' +
      'Kami kabari lagi setelah penanganan selesai.',
    waTemplate: { name: UPDATE, language: 'id', parameters: ['complaintId', 'status', 'note'] },
  },
  status_resolved: {
    body:
      'Laporan {{complaintId}} ({{category}}) sudah selesai ditangani. Catatan petugas: {{note}}. ' +
      'Jika masalah masih ada, balas pesan ini atau buat laporan baru. Terima kasih atas laporan Anda.',
    waTemplate: { name: UPDATE, language: 'id', parameters: ['complaintId', 'status', 'note'] },
  },
  status_rejected: {
    body:
      'Mohon maaf, laporan {{complaintId}} ({{category}}) tidak dapat kami tindak lanjuti. Alasan: {{note}}. ' +
      'Anda dapat membuat laporan baru dengan keterangan yang lebih lengkap.',
    waTemplate: { name: UPDATE, language: 'id', parameters: ['complaintId', 'status', 'note'] },
  },
  status_cancelled: {
    body:
      'Laporan {{complaintId}} ({{category}}) sudah dibatalkan. Catatan: {{note}}. ' +
      'Tidak ada tindak lanjut lagi untuk laporan ini; Anda dapat membuat laporan baru kapan saja.',
    waTemplate: { name: UPDATE, language: 'id', parameters: ['complaintId', 'status', 'note'] },
  },
  staff_urgent_complaint: {
    body:
      'LAPORAN MENDESAK {{complaintId}}: {{category}}. Pelapor: {{reporterName}} ({{reporterWaId}}). ' +
      'Mohon segera diverifikasi di dasbor GovConnect.',
    waTemplate: {
      name: 'govconnect_laporan_mendesak',
      language: 'id',
      parameters: ['complaintId', 'category', 'reporterName'],
    },
  },
};
