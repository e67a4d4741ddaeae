// Internal reading routes for staff: the case list and its statistics.
import { validate } from '@govconnect/service-kit';
import { Router } from 'express';
import type { CaseDeps } from '../deps.ts';
import { complaintStats } from '../use-cases/complaint-stats.ts';
import { listComplaints } from '../use-cases/list-complaints.ts';
import { ListComplaintsQuery, StatsQuery } from './complaint-list.schemas.ts';

const DAY_MS = 86_400_000;

export function complaintListRoutes(deps: CaseDeps): Router {
  const router = Router();

  router.get('/complaints', validate({ query: ListComplaintsQuery }), async (req, res) => {
    const { sort, order, limit, cursor, reporter, ...filter } = req.query;
    res.json(
      await listComplaints(deps, {
        filter: { ...filter, reporterWaId: reporter },
        sort,
        order,
        limit,
        cursor,
      }),
    );
  });

  router.get('/complaints/stats', validate({ query: StatsQuery }), async (req, res) => {
    const to = req.query.to ?? new Date(deps.now().getTime() + DAY_MS);
    const from = req.query.from ?? new Date(to.getTime() - 31 * DAY_MS);
    res.json(await complaintStats(deps, { villageId: req.query.villageId, from, to }));
  });

  return router;
}
