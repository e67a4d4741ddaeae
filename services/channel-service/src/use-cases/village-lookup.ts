// Resolves villages with a short cache: a webhook's phone_number_id to its village (at a thousand
// webhooks a second, asking the database each time would cost more than the rest of the intake), and
// a village id to its WhatsApp number for every reply sent (a statement per reply otherwise).
import type { Db } from '../repositories/prisma-client.ts';
import { createVillageRepository, type Village } from '../repositories/village.repository.ts';

const TTL_MS = 30_000;

function cached(find: (key: string) => Promise<Village | null>) {
  const cache = new Map<string, { village: Village | null; until: number }>();
  return async (key: string): Promise<Village | null> => {
    const hit = cache.get(key);
    if (hit && hit.until > Date.now()) return hit.village;
    const village = await find(key);
    // An unknown one is cached briefly only, so a village added a moment ago is found soon.
    cache.set(key, { village, until: Date.now() + (village ? TTL_MS : 2_000) });
    return village;
  };
}

export function createVillageLookup(db: Db) {
  const villages = createVillageRepository(db);
  return cached((phoneNumberId) => villages.findByPhoneNumberId(phoneNumberId));
}

export type VillageById = (villageId: string) => Promise<Village | null>;

export function createVillageByIdLookup(db: Db): VillageById {
  const villages = createVillageRepository(db);
  return cached((id) => villages.findById(id));
}
