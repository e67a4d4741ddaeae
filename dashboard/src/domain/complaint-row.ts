// Shapes case-service's complaint view into what the list, its CSV export and the case page show.
import { categoryLabel, STATUS_LABELS, type ComplaintStatus } from './complaint-lifecycle.ts';
import { formatDateTime } from './format.ts';

export interface ComplaintView {
  complaintId: string;
  villageId: string;
  reporter: { waId: string | null; name: string | null; masked: boolean };
  category: string;
  description: string;
  address: string | null;
  location: { latitude: number; longitude: number } | null;
  mediaIds: string[];
  priority: string;
  status: ComplaintStatus;
  source?: string | null;
  conversationId: string | null;
  createdAt: string;
  updatedAt: string;
  sla: { verificationDueAt: string; resolutionDueAt: string; overdue: boolean };
}

export interface ComplaintRow {
  id: string;
  createdAt: string;
  status: ComplaintStatus;
  statusLabel: string;
  category: string;
  categoryLabel: string;
  description: string;
  address: string;
  reporter: string;
  priority: string;
  overdue: boolean;
  dueAt: string;
}

export function toComplaintRow(c: ComplaintView): ComplaintRow {
  return {
    id: c.complaintId,
    createdAt: c.createdAt,
    status: c.status,
    statusLabel: STATUS_LABELS[c.status] ?? c.status,
    category: c.category,
    categoryLabel: categoryLabel(c.category),
    description: c.description,
    address: c.address ?? '',
    reporter: c.reporter.masked ? 'Dirahasiakan' : (c.reporter.name ?? c.reporter.waId ?? '—'),
    priority: c.priority,
    overdue: c.sla.overdue,
    dueAt: c.status === 'RECEIVED' ? c.sla.verificationDueAt : c.sla.resolutionDueAt,
  };
}

export const CSV_HEADER = [
  'Nomor',
  'Dibuat (WIB)',
  'Status',
  'Kategori',
  'Uraian',
  'Alamat',
  'Pelapor',
  'Prioritas',
  'Terlambat',
  'Tenggat (WIB)',
] as const;

export function csvValues(r: ComplaintRow): unknown[] {
  return [
    r.id,
    formatDateTime(r.createdAt),
    r.statusLabel,
    r.categoryLabel,
    r.description,
    r.address,
    r.reporter,
    r.priority,
    r.overdue ? 'ya' : 'tidak',
    formatDateTime(r.dueAt),
  ];
}
