// The village profile (channel-service: name and WhatsApp phone_number_id), new villages for the
// superadmin, and a village's holidays (case-service): forms with Indonesian reasons. Pure.
import { z } from 'zod';

export interface VillageProfile {
  id: string;
  name: string;
  phoneNumberId: string;
}

export interface Holiday {
  date: string;
  name: string;
}

const Name = z.string().trim().min(2, 'Nama desa minimal 2 huruf.').max(120, 'Nama desa maksimal 120 huruf.');
const PhoneNumberId = z
  .string()
  .trim()
  .regex(/^\d{5,20}$/, 'phone_number_id WhatsApp berupa 5-20 angka, seperti tertulis di Meta.');

export const VillageProfileForm = z.object({ name: Name, phoneNumberId: PhoneNumberId });

/** The same slug rule as case-service's village id and channel-service's new villages. */
export const NewVillageForm = VillageProfileForm.extend({
  id: z
    .string()
    .trim()
    .min(3, 'Kode desa minimal 3 huruf.')
    .max(63, 'Kode desa maksimal 63 huruf.')
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'Kode desa: huruf kecil, angka dan tanda hubung, mis. desa-sukamaju.',
    ),
});

export const HolidayDate = z.iso.date('Tanggal tidak valid (YYYY-MM-DD).');
export const HolidayForm = z.object({
  name: z.string().trim().min(1, 'Nama hari libur wajib diisi.').max(200),
});

/** The year shown on the holidays page: the one asked for if sensible, else this year in WIB. */
export function holidayYear(asked: string | undefined, now = new Date()): number {
  const n = Number(asked);
  if (Number.isInteger(n) && n >= 2000 && n <= 2100) return n;
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(now));
}

/** channel-service's refusals of a village change, in Indonesian. */
export function villageProblem(code: string, body: Record<string, unknown>): string | null {
  switch (code) {
    case 'PHONE_NUMBER_ID_TAKEN':
      return `phone_number_id ini sudah dipakai desa ${typeof body.villageId === 'string' ? body.villageId : 'lain'}.`;
    case 'VILLAGE_EXISTS':
      return 'Kode desa ini sudah ada.';
    case 'VILLAGE_CONFLICT':
      return 'Kode desa atau phone_number_id ini baru saja dipakai desa lain.';
    case 'VILLAGE_NOT_FOUND':
      return 'Desa ini belum terdaftar di layanan kanal (channel-service).';
    default:
      return null;
  }
}
