// Open311 GeoReport v2, public and read-only except POST for partners with an api_key. Errors are
// GeoReport's `[{code, description}]`, not problem+json, because its clients expect that shape.
import { ComplaintCategory, ComplaintId, VillageId } from '@govconnect/contracts';
import { isAppError, parse, type Logger } from '@govconnect/service-kit';
import express, { Router, type ErrorRequestHandler } from 'express';
import { z } from 'zod';
import type { CaseDeps } from '../deps.ts';
import { open311CreateRequest } from '../use-cases/open311-create-request.ts';
import { getOpen311Request, open311Requests, open311Services } from '../use-cases/open311-requests.ts';

const Jurisdiction = z.object({ jurisdiction_id: VillageId });
const csv = <T extends z.ZodType<string, string>>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).min(1));
const RequestsQuery = Jurisdiction.extend({
  service_request_id: csv(ComplaintId).optional(),
  service_code: csv(ComplaintCategory).optional(),
  status: z.enum(['open', 'closed']).optional(),
  start_date: z.coerce.date().optional(),
  end_date: z.coerce.date().optional(),
});
const PostBody = z.object({
  api_key: z.string().min(1),
  jurisdiction_id: VillageId.optional(),
  service_code: ComplaintCategory,
  description: z.string().trim().min(5).max(4000),
  address_string: z.string().trim().min(1).max(500).optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
  long: z.coerce.number().min(-180).max(180).optional(),
  first_name: z.string().trim().max(100).optional(),
  last_name: z.string().trim().max(100).optional(),
});

export function open311Routes(deps: CaseDeps, apiKeys: ReadonlyMap<string, string>): Router {
  const router = Router();
  router.use(express.urlencoded({ extended: false }));

  router.get('/services.json', async (req, res) => {
    const q = parse(Jurisdiction, req.query, 'query');
    res.json(await open311Services(deps, q.jurisdiction_id));
  });

  router.get('/requests.json', async (req, res) => {
    const q = parse(RequestsQuery, req.query, 'query');
    res.json(
      await open311Requests(deps, {
        villageId: q.jurisdiction_id,
        ids: q.service_request_id,
        serviceCodes: q.service_code,
        status: q.status,
        startDate: q.start_date,
        endDate: q.end_date,
      }),
    );
  });

  router.get('/requests/:file', async (req, res) => {
    const { id } = parse(
      z.object({ id: ComplaintId }),
      { id: req.params.file.replace(/\.json$/, '') },
      'path',
    );
    const q = parse(Jurisdiction, req.query, 'query');
    res.json(await getOpen311Request(deps, q.jurisdiction_id, id));
  });

  router.post('/requests.json', async (req, res) => {
    const b = parse(PostBody, req.body, 'body');
    const name = [b.first_name, b.last_name].filter(Boolean).join(' ') || undefined;
    const created = await open311CreateRequest(deps, apiKeys, {
      apiKey: b.api_key,
      villageId: b.jurisdiction_id,
      serviceCode: b.service_code,
      description: b.description,
      address: b.address_string,
      lat: b.lat,
      long: b.long,
      name,
    });
    res.status(201).json(created);
  });

  router.use(open311Errors(deps.logger));
  return router;
}

function open311Errors(logger: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (!isAppError(err)) return next(err); // the app's handler logs it and answers 500
    const fields = (err.details?.errors as { field: string; reason: string }[] | undefined) ?? [];
    const description = fields.length ? fields.map((f) => `${f.field}: ${f.reason}`).join('; ') : err.message;
    logger.debug('open311 request refused', { code: err.code, path: req.path });
    res.status(err.status).json([{ code: err.status, description }]);
  };
}
