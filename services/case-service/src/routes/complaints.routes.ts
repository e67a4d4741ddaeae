// Internal complaint routes: create (idempotent), read with history, change status, a citizen's list.
import { validate } from '@govconnect/service-kit';
import { Router } from 'express';
import type { CaseDeps } from '../deps.ts';
import { createComplaint } from '../use-cases/create-complaint.ts';
import { getComplaint } from '../use-cases/get-complaint.ts';
import { mergeComplaint } from '../use-cases/merge-complaint.ts';
import { listCitizenComplaints } from '../use-cases/list-citizen-complaints.ts';
import { updateComplaintStatus } from '../use-cases/update-complaint-status.ts';
import * as s from './complaint.schemas.ts';

export function complaintRoutes(deps: CaseDeps): Router {
  const router = Router();

  router.post(
    '/complaints',
    validate({ body: s.CreateComplaintBody, headers: s.IdempotencyHeaders }),
    async (req, res) => {
      const key = req.header('idempotency-key') ?? undefined;
      const { complaint, replayed } = await createComplaint(deps, req.body, key);
      if (replayed) res.setHeader('idempotent-replayed', 'true');
      res.status(201).json(complaint);
    },
  );

  router.get(
    '/complaints/:id',
    validate({ params: s.ComplaintParams, query: s.VillageQuery }),
    async (req, res) => {
      res.json(await getComplaint(deps, req.query.villageId, req.params.id));
    },
  );

  router.put(
    '/complaints/:id',
    validate({ params: s.ComplaintParams, body: s.UpdateComplaintBody }),
    async (req, res) => {
      res.json(await updateComplaintStatus(deps, req.params.id, req.body));
    },
  );

  router.post(
    '/complaints/:id/merge',
    validate({ params: s.ComplaintParams, body: s.MergeComplaintBody }),
    async (req, res) => {
      res.json(await mergeComplaint(deps, req.params.id, req.body));
    },
  );

  router.get(
    '/citizens/:waId/complaints',
    validate({ params: s.CitizenParams, query: s.CitizenQuery }),
    async (req, res) => {
      res.json(await listCitizenComplaints(deps, req.query.villageId, req.params.waId, req.query.limit));
    },
  );

  return router;
}
