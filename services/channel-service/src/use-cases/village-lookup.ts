// Resolves a webhook's phone_number_id to its village, with a short cache: at a thousand webhooks a
// second, asking the database each time would cost more than the rest of the intake.
import type { Db } from '../repositories/prisma-client.ts';
import { createVillageRepository, type Village } from '../repositories/village.repository.ts';

const TTL_MS = 30_000;

export function createVillageLookup(db: Db) {
  const villages = createVillageRepository(db);
  const cache = new Map<string, { village: Village | null; until: number }>();
  return async (phoneNumberId: string): Promise<Village | null> => {
    const hit = cache.get(phoneNumberId);
    if (hit && hit.until > Date.now()) return hit.village;
    const village = await villages.findByPhoneNumberId(phoneNumberId);
    // An unknown number is cached briefly only, so a village added a moment ago is found soon.
    cache.set(phoneNumberId, { village, until: Date.now() + (village ? TTL_MS : 2_000) });
    return village;
  };
}
