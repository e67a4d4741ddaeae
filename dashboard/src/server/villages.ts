// Pengaturan's village changes: the profile (name and WhatsApp phone_number_id, channel-service), new
// villages (superadmin) and the village's holidays (case-service). Each goes to the activity log with
// the state before and after.
import type { z } from 'zod';
import {
  villageProblem,
  type HolidayForm,
  type NewVillageForm,
  type VillageProfileForm,
} from '../domain/village-settings.ts';
import { recordChange } from './activity.ts';
import type { Access } from './http/current-user.ts';
import { caseClient } from './services/case-client.ts';
import { channelClient } from './services/channel-client.ts';
import { UpstreamProblem } from './services/internal-fetch.ts';

/** channel-service's refusal with its reason in Indonesian (the code and details kept). */
function inIndonesian(err: unknown): unknown {
  if (!(err instanceof UpstreamProblem)) return err;
  const detail = villageProblem(err.code, err.body);
  return detail ? new UpstreamProblem(err.status, err.code, detail, err.body) : err;
}

const rethrow = (err: unknown): never => {
  throw inIndonesian(err);
};

/** The village's profile, or null when channel-service does not know it (no WhatsApp number yet). */
export async function villageProfile(villageId: string) {
  try {
    return await channelClient.village(villageId);
  } catch (err) {
    if (err instanceof UpstreamProblem && err.status === 404) return null;
    throw err;
  }
}

export async function saveVillageProfile(a: Access, input: z.infer<typeof VillageProfileForm>, ip: string) {
  const before = await channelClient.village(a.villageId).catch(rethrow);
  const after = await channelClient.putVillage(a.villageId, input).catch(rethrow);
  await recordChange(a, ip, {
    action: 'settings.village',
    targetType: 'village',
    targetId: a.villageId,
    before: { name: before.name, phoneNumberId: before.phoneNumberId },
    after: { name: after.name, phoneNumberId: after.phoneNumberId },
  });
  return after;
}

/** Superadmin: a new village; logged under the new village so its own log starts with it. */
export async function createVillage(a: Access, input: z.infer<typeof NewVillageForm>, ip: string) {
  const created = await channelClient.createVillage(input).catch(rethrow);
  await recordChange({ user: a.user, villageId: created.id }, ip, {
    action: 'settings.village_create',
    targetType: 'village',
    targetId: created.id,
    before: null,
    after: created,
  });
  return created;
}

export async function saveHoliday(a: Access, date: string, input: z.infer<typeof HolidayForm>, ip: string) {
  const year = Number(date.slice(0, 4));
  const before = (await caseClient.holidays(a.villageId, year)).holidays.find((h) => h.date === date) ?? null;
  const after = await caseClient.putHoliday(a.villageId, date, input.name);
  await recordChange(a, ip, {
    action: 'settings.holiday',
    targetType: 'holiday',
    targetId: date,
    before,
    after,
  });
  return after;
}

export async function removeHoliday(a: Access, date: string, ip: string) {
  const year = Number(date.slice(0, 4));
  const before = (await caseClient.holidays(a.villageId, year)).holidays.find((h) => h.date === date);
  if (!before) throw new UpstreamProblem(404, 'HOLIDAY_NOT_FOUND', 'Hari libur ini tidak ditemukan.', {});
  await caseClient.deleteHoliday(a.villageId, date);
  await recordChange(a, ip, {
    action: 'settings.holiday_remove',
    targetType: 'holiday',
    targetId: date,
    before,
    after: null,
  });
}
