// Internal routes for a village's catalog: complaint categories and holidays.
import { ComplaintCategory, VillageId } from '@govconnect/contracts';
import { validate } from '@govconnect/service-kit';
import { Router } from 'express';
import { z } from 'zod';
import type { CaseDeps } from '../deps.ts';
import { listVillageCategories, saveVillageCategory } from '../use-cases/manage-categories.ts';
import {
  listVillageHolidays,
  removeVillageHoliday,
  saveVillageHoliday,
} from '../use-cases/manage-holidays.ts';

const VillageQuery = z.object({ villageId: VillageId });
const CategoryBody = z.object({
  villageId: VillageId,
  label: z.string().trim().min(1).max(100),
  keywords: z.array(z.string().trim().min(1).max(50)).max(50).default([]),
  defaultPriority: z.enum(['normal', 'urgent']),
  verifySlaHours: z.number().int().min(1).max(2400),
  resolveSlaHours: z.number().int().min(1).max(8760),
  active: z.boolean().default(true),
});
const DateParams = z.object({ date: z.iso.date() });
const HolidayBody = z.object({ villageId: VillageId, name: z.string().trim().min(1).max(200) });

export function catalogRoutes(deps: CaseDeps): Router {
  const router = Router();

  router.get('/categories', validate({ query: VillageQuery }), async (req, res) => {
    res.json(await listVillageCategories(deps, req.query.villageId));
  });

  router.put(
    '/categories/:slug',
    validate({ params: z.object({ slug: ComplaintCategory }), body: CategoryBody }),
    async (req, res) => {
      const { villageId, ...input } = req.body;
      res.json(await saveVillageCategory(deps, villageId, req.params.slug, input));
    },
  );

  router.get(
    '/holidays',
    validate({
      query: VillageQuery.extend({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
    }),
    async (req, res) => {
      res.json(await listVillageHolidays(deps, req.query.villageId, req.query.year));
    },
  );

  router.put('/holidays/:date', validate({ params: DateParams, body: HolidayBody }), async (req, res) => {
    res.json(await saveVillageHoliday(deps, req.body.villageId, req.params.date, req.body.name));
  });

  router.delete(
    '/holidays/:date',
    validate({ params: DateParams, query: VillageQuery }),
    async (req, res) => {
      await removeVillageHoliday(deps, req.query.villageId, req.params.date);
      res.status(204).end();
    },
  );

  return router;
}
