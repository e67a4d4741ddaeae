// Our statuses seen through Open311 GeoReport v2, which knows only `open` and `closed`.
import type { ComplaintStatus } from '@govconnect/contracts';

const NOTES: Record<ComplaintStatus, string> = {
  RECEIVED: 'Laporan diterima, menunggu verifikasi.',
  VERIFIED: 'Laporan telah diverifikasi.',
  IN_PROGRESS: 'Laporan sedang ditindaklanjuti.',
  RESOLVED: 'Laporan telah selesai ditangani.',
  REJECTED: 'Laporan ditolak.',
  CANCELLED: 'Laporan dibatalkan oleh pelapor.',
};

export function open311Status(status: ComplaintStatus): 'open' | 'closed' {
  return status === 'RESOLVED' || status === 'REJECTED' || status === 'CANCELLED' ? 'closed' : 'open';
}

export function open311StatusNotes(status: ComplaintStatus): string {
  return NOTES[status];
}
