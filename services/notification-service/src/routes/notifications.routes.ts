// Internal notification routes: send an ad-hoc one, list with filters, read one, change its status.
import { validate } from '@govconnect/service-kit';
import { Router } from 'express';
import type { NotificationDeps } from '../deps.ts';
import { createAdhocNotification } from '../use-cases/create-adhoc-notification.ts';
import { getNotification, listNotificationPage } from '../use-cases/read-notifications.ts';
import { updateNotificationStatus } from '../use-cases/update-notification-status.ts';
import * as s from './notification.schemas.ts';

export function notificationRoutes(deps: NotificationDeps): Router {
  const router = Router();

  router.post(
    '/notifications',
    validate({ body: s.CreateNotificationBody, headers: s.IdempotencyHeaders }),
    async (req, res) => {
      const key = req.get('idempotency-key') ?? undefined;
      const { notification, replayed } = await createAdhocNotification(deps, req.body, key);
      if (replayed) res.setHeader('idempotent-replayed', 'true');
      res.status(replayed ? 200 : 202).json(notification);
    },
  );

  router.get('/notifications', validate({ query: s.ListQuery }), async (req, res) => {
    const { cursor, ...filter } = req.query;
    res.json(await listNotificationPage(deps, { ...filter, after: cursor }));
  });

  router.get(
    '/notifications/:id',
    validate({ params: s.IdParams, query: s.VillageQuery }),
    async (req, res) => {
      res.json(await getNotification(deps, req.query.villageId, req.params.id));
    },
  );

  router.put(
    '/notifications/:id/status',
    validate({ params: s.IdParams, body: s.StatusBody }),
    async (req, res) => {
      res.json(await updateNotificationStatus(deps, req.params.id, req.body));
    },
  );

  return router;
}
