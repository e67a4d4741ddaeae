// Villages (tenants) and the WhatsApp numbers that name them.
import type { Db } from './prisma-client.ts';

export interface Village {
  id: string;
  name: string;
  phoneNumberId: string;
}

export function createVillageRepository(db: Db) {
  return {
    /** Creates the village or brings its name and number up to date. */
    async upsert(village: Village): Promise<Village> {
      const row = await db.village.upsert({
        where: { id: village.id },
        create: village,
        update: { name: village.name, phoneNumberId: village.phoneNumberId },
      });
      return { id: row.id, name: row.name, phoneNumberId: row.phoneNumberId };
    },

    async findById(id: string): Promise<Village | null> {
      const row = await db.village.findUnique({ where: { id } });
      return row && { id: row.id, name: row.name, phoneNumberId: row.phoneNumberId };
    },

    async findByPhoneNumberId(phoneNumberId: string): Promise<Village | null> {
      const row = await db.village.findUnique({ where: { phoneNumberId } });
      return row && { id: row.id, name: row.name, phoneNumberId: row.phoneNumberId };
    },
  };
}
