// Internal routes of a village's notification settings: its templates and its on-duty staff numbers.
import { validate } from '@govconnect/service-kit';
import { Router } from 'express';
import type { NotificationDeps } from '../deps.ts';
import { listOnDutyStaff, putOnDutyStaff, removeOnDutyStaff } from '../use-cases/manage-on-duty.ts';
import { getTemplate, listTemplates, putTemplate, resetTemplate } from '../use-cases/manage-templates.ts';
import * as s from './notification.schemas.ts';

export function settingsRoutes(deps: NotificationDeps): Router {
  const router = Router();

  router.get('/notification-templates', validate({ query: s.VillageQuery }), async (req, res) => {
    res.json(await listTemplates(deps, req.query.villageId));
  });

  router.get(
    '/notification-templates/:type',
    validate({ params: s.TemplateParams, query: s.VillageQuery }),
    async (req, res) => {
      res.json(await getTemplate(deps, req.query.villageId, req.params.type));
    },
  );

  router.put(
    '/notification-templates/:type',
    validate({ params: s.TemplateParams, body: s.TemplateBody }),
    async (req, res) => {
      const { villageId, actor, ...content } = req.body;
      res.json(await putTemplate(deps, villageId, req.params.type, content, actor));
    },
  );

  router.delete(
    '/notification-templates/:type',
    validate({ params: s.TemplateParams, query: s.ActorQuery }),
    async (req, res) => {
      res.json(await resetTemplate(deps, req.query.villageId, req.params.type, req.query.actor));
    },
  );

  router.get('/on-duty-staff', validate({ query: s.VillageQuery }), async (req, res) => {
    res.json(await listOnDutyStaff(deps, req.query.villageId));
  });

  router.put(
    '/on-duty-staff/:waId',
    validate({ params: s.OnDutyParams, body: s.OnDutyBody }),
    async (req, res) => {
      res.json(await putOnDutyStaff(deps, { ...req.body, waId: req.params.waId }));
    },
  );

  router.delete(
    '/on-duty-staff/:waId',
    validate({ params: s.OnDutyParams, query: s.VillageQuery }),
    async (req, res) => {
      await removeOnDutyStaff(deps, req.query.villageId, req.params.waId);
      res.status(204).end();
    },
  );

  return router;
}
