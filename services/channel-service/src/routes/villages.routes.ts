// Villages (tenants) for the dashboard's settings: list, read, create, and change a village's name and
// WhatsApp phone_number_id. The send path and intake cache villages for 30 s (use-cases/village-lookup.ts),
// so a changed number takes up to that long to be used.
import { AppError, requireInternalKey, validate } from '@govconnect/service-kit';
import type { Express } from 'express';
import { z } from 'zod';
import type { Village } from '../repositories/village.repository.ts';
import type { ChannelDeps } from '../use-cases/intake.types.ts';

const VillageId = z
  .string()
  .min(3)
  .max(63)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug: lowercase letters, digits and single hyphens');
const PhoneNumberId = z.string().regex(/^\d{5,20}$/, 'digits only (5 to 20), as Meta gives it');
const Name = z.string().trim().min(2).max(120);

// Reads and changes accept any existing id; only a new village's id must be a slug.
const VillageParams = z.object({ id: z.string().min(1).max(64) });
const ChangeVillageBody = z.object({ name: Name, phoneNumberId: PhoneNumberId });
const CreateVillageBody = ChangeVillageBody.extend({ id: VillageId });

const plain = (row: Village): Village => ({
  id: row.id,
  name: row.name,
  phoneNumberId: row.phoneNumberId,
});

const numberTaken = (phoneNumberId: string, villageId: string) =>
  new AppError({
    code: 'PHONE_NUMBER_ID_TAKEN',
    status: 409,
    message: `phone_number_id ${phoneNumberId} belongs to village ${villageId}`,
    details: { field: 'phoneNumberId', villageId },
  });

/** Prisma's unique-constraint violation: a concurrent write took the id or the number first. */
const isUniqueViolation = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002';

export function villagesRoutes(app: Express, deps: ChannelDeps): void {
  app.use('/internal/villages', requireInternalKey(deps.config.INTERNAL_API_KEY));
  const db = deps.db;

  async function assertNumberFree(phoneNumberId: string, villageId: string): Promise<void> {
    const owner = await db.village.findUnique({ where: { phoneNumberId } });
    if (owner && owner.id !== villageId) throw numberTaken(phoneNumberId, owner.id);
  }

  app.get('/internal/villages', async (_req, res) => {
    const rows = await db.village.findMany({ orderBy: { name: 'asc' } });
    res.json({ villages: rows.map(plain) });
  });

  app.get('/internal/villages/:id', validate({ params: VillageParams }), async (req, res) => {
    const row = await db.village.findUnique({ where: { id: req.params.id } });
    if (!row) throw AppError.notFound('VILLAGE_NOT_FOUND', `no village ${req.params.id}`);
    res.json(plain(row));
  });

  app.put(
    '/internal/villages/:id',
    validate({ params: VillageParams, body: ChangeVillageBody }),
    async (req, res) => {
      const { id } = req.params;
      const { name, phoneNumberId } = req.body;
      const existing = await db.village.findUnique({ where: { id } });
      if (!existing) throw AppError.notFound('VILLAGE_NOT_FOUND', `no village ${id}`);
      await assertNumberFree(phoneNumberId, id);
      try {
        const row = await db.village.update({ where: { id }, data: { name, phoneNumberId } });
        res.json(plain(row));
      } catch (err) {
        if (isUniqueViolation(err)) throw numberTaken(phoneNumberId, 'another');
        throw err;
      }
    },
  );

  app.post('/internal/villages', validate({ body: CreateVillageBody }), async (req, res) => {
    const { id, name, phoneNumberId } = req.body;
    if (await db.village.findUnique({ where: { id } }))
      throw new AppError({
        code: 'VILLAGE_EXISTS',
        status: 409,
        message: `village ${id} exists already`,
        details: { field: 'id' },
      });
    await assertNumberFree(phoneNumberId, id);
    try {
      const row = await db.village.create({ data: { id, name, phoneNumberId } });
      res.status(201).json(plain(row));
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError({
          code: 'VILLAGE_CONFLICT',
          status: 409,
          message: 'the village id or its phone_number_id was taken meanwhile',
        });
      throw err;
    }
  });
}
