// Pengaturan's vocabulary: categories with their SLA hours (case-service), notification templates and
// on-duty numbers (notification-service), and the Indonesian words for them. Pure.
import { z } from 'zod';

export interface Category {
  slug: string;
  label: string;
  keywords: string[];
  defaultPriority: 'normal' | 'urgent';
  verifySlaHours: number;
  resolveSlaHours: number;
  active: boolean;
}

export interface NotificationTemplate {
  type: string;
  audience: 'citizen' | 'staff';
  body: string;
  waTemplate: { name: string; language: string; parameters: string[] };
  variables: string[];
  isDefault: boolean;
  updatedBy: string | null;
  updatedAt: string;
}

export interface OnDutyStaff {
  waId: string;
  name: string;
  active: boolean;
  updatedAt: string;
}

export const TEMPLATE_LABELS: Record<string, string> = {
  complaint_received: 'Pengaduan diterima',
  status_verified: 'Status: terverifikasi',
  status_in_progress: 'Status: diproses',
  status_resolved: 'Status: selesai',
  status_rejected: 'Status: ditolak',
  status_cancelled: 'Status: dibatalkan',
  staff_urgent_complaint: 'Petugas jaga: pengaduan mendesak',
};

export const CategoryForm = z.object({
  label: z.string().trim().min(1, 'Nama kategori wajib diisi.').max(100),
  keywords: z.array(z.string().trim().min(1).max(50)).max(50).default([]),
  defaultPriority: z.enum(['normal', 'urgent']),
  verifySlaHours: z
    .number()
    .int('SLA dalam jam bulat.')
    .min(1, 'SLA minimal 1 jam.')
    .max(2400, 'SLA verifikasi maksimal 2400 jam.'),
  resolveSlaHours: z
    .number()
    .int('SLA dalam jam bulat.')
    .min(1, 'SLA minimal 1 jam.')
    .max(8760, 'SLA penyelesaian maksimal 8760 jam.'),
  active: z.boolean().default(true),
});

export const CategorySlug = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,62}$/, 'Kode kategori: huruf kecil, angka dan garis bawah, mis. jalan_rusak.');

export const TemplateForm = z.object({
  body: z.string().trim().min(1, 'Isi pesan wajib diisi.').max(4096),
  waTemplate: z.object({
    name: z.string().trim().min(1, 'Nama templat WhatsApp wajib diisi.').max(512),
    language: z.string().trim().min(2).max(15),
    parameters: z.array(z.string().trim().min(1).max(100)).max(20),
  }),
});

/** A WhatsApp number as wa_id: digits only, 62... for Indonesia (a leading 0 becomes 62). */
export function normalizeWaId(input: string): string | null {
  const digits = input.replace(/[\s\-+().]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const wa = digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
  return /^[1-9]\d{7,14}$/.test(wa) ? wa : null;
}

export const OnDutyForm = z.object({
  waId: z.string().transform((v, ctx) => {
    const wa = normalizeWaId(v);
    if (!wa) ctx.addIssue({ code: 'custom', message: 'Nomor WhatsApp tidak valid (mis. 081234567890).' });
    return wa ?? v;
  }),
  name: z.string().trim().min(1, 'Nama wajib diisi.').max(200),
  active: z.boolean().default(true),
});

/**
 * notification-service's template refusal in Indonesian: which placeholders it does not know and
 * which it offers, or the other reasons it gave.
 */
export function templateProblem(body: {
  code?: unknown;
  unknown?: unknown;
  allowed?: unknown;
  errors?: unknown;
}): string {
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  const unknown = list(body.unknown);
  const allowed = list(body.allowed);
  if (unknown.length > 0)
    return `Variabel tidak dikenal: ${unknown.map((u) => `{{${u}}}`).join(', ')}. Variabel yang tersedia: ${allowed.map((a) => `{{${a}}}`).join(', ')}.`;
  const reasons = Array.isArray(body.errors)
    ? (body.errors as { field?: string; reason?: string }[]).map((e) => `${e.field ?? ''}: ${e.reason ?? ''}`)
    : [];
  return `Templat tidak valid${reasons.length ? `: ${reasons.join('; ')}` : '.'}`;
}
