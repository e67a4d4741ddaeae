// The demo village of docs/architecture.md, so `npm start` has a tenant to talk to.
import type { Db } from '../repositories/prisma-client.ts';
import { createVillageRepository, type Village } from '../repositories/village.repository.ts';

export const DEMO_VILLAGE: Village = {
  id: 'desa-sukamaju',
  name: 'Desa Sukamaju',
  phoneNumberId: '100000000000001',
};

export function seedDemoVillage(db: Db): Promise<Village> {
  return createVillageRepository(db).upsert(DEMO_VILLAGE);
}
