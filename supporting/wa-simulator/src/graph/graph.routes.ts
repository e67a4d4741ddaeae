// The Graph API side, in Meta's wire format: send a message, look up a media id, download media bytes.
import express, { Router } from 'express';
import type { z } from 'zod';
import type { SimulatorDeps } from '../deps.ts';
import { graphGate, isGraphVersion } from './graph-gate.ts';
import { sendMetaError } from './meta-error.ts';
import { MarkReadBody, SendMessageBody } from './send-message.schema.ts';
import { sendMessage } from './send-message.use-case.ts';

export function graphRoutes(deps: SimulatorDeps): Router {
  const router = Router();
  const rawJson = express.raw({ type: () => true, limit: '1mb' });

  router.post('/:version/:phoneNumberId/messages', rawJson, async (req, res, next) => {
    const { version, phoneNumberId } = req.params;
    if (!isGraphVersion(version)) return next();
    const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    const log = (status: number, wamid?: string) =>
      deps.sentLog.add({ at: new Date(deps.now()).toISOString(), phoneNumberId, status, wamid, raw });
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      body = undefined;
    }
    const refused = await graphGate(deps, req, res);
    if (refused !== undefined) return log(refused);
    if (MarkReadBody.safeParse(body).success) {
      res.json({ success: true });
      return log(200);
    }
    const parsed = SendMessageBody.safeParse(body ?? {});
    if (!parsed.success) {
      sendMetaError(res, { status: 400, code: 100, ...describeIssues(parsed.error, body) });
      return log(400);
    }
    const { wamid, response } = sendMessage(deps, phoneNumberId, parsed.data, body);
    res.json(response);
    log(200, wamid);
  });

  router.get('/whatsapp_business/attachments', async (req, res) => {
    if ((await graphGate(deps, req, res)) !== undefined) return;
    const item = deps.media.get(String(req.query.mid ?? ''));
    if (!item) return sendMetaError(res, { status: 404, code: 100, message: 'Media not found' });
    res.setHeader('content-type', item.mimeType);
    res.setHeader('content-length', item.fileSize);
    res.end(item.bytes);
  });

  router.get('/:version/:mediaId', async (req, res, next) => {
    const { version, mediaId } = req.params;
    if (!isGraphVersion(version)) return next();
    if ((await graphGate(deps, req, res)) !== undefined) return;
    const item = deps.media.get(mediaId);
    if (!item) {
      return sendMetaError(res, {
        status: 400,
        code: 100,
        subcode: 33,
        message: `Unsupported get request. Object with ID '${mediaId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
      });
    }
    res.json({
      messaging_product: 'whatsapp',
      url: `${req.protocol}://${req.get('host')}/whatsapp_business/attachments/?mid=${item.id}`,
      mime_type: item.mimeType,
      sha256: item.sha256,
      file_size: item.fileSize,
      id: item.id,
    });
  });

  return router;
}

function describeIssues(error: z.ZodError, body: unknown): { message: string; details: string } {
  if (body === undefined) {
    return { message: '(#100) Invalid parameter', details: 'The request body is not valid JSON.' };
  }
  const parts = error.issues.map((issue) => {
    const param = issue.path.map(String).join('.') || 'body';
    return valueAt(body, issue.path) === undefined
      ? `The parameter ${param} is required.`
      : `Param ${param}: ${issue.message}`;
  });
  return { message: `(#100) ${parts[0]}`, details: parts.join(' ') };
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
