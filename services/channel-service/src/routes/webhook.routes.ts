// GET/POST /webhook/whatsapp: Meta's verification handshake and its signed deliveries. The signature
// is checked over the raw bytes before the payload is looked at; a 200 means the webhook is stored.
import { AppError, Counter, parse } from '@govconnect/service-kit';
import type { ErrorRequestHandler, Express, Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { verifySignature } from '../domain/signature.ts';
import { sqlJson } from '../repositories/sql-json.ts';
import { WebhookPayload } from '../domain/webhook-payload.ts';
import type { ChannelDeps } from '../use-cases/intake.types.ts';
import type { Intake } from '../use-cases/receive-webhook.ts';

export const WEBHOOK_PATH = '/webhook/whatsapp';

function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function webhookRoutes(app: Express, deps: ChannelDeps, intake: Intake): void {
  const signatureFailures = new Counter({
    name: 'channel_webhook_signature_failures_total',
    help: 'webhook deliveries refused with 401: X-Hub-Signature-256 missing or wrong',
    registers: [deps.metrics.registry],
  });
  const checkSignature = (req: Request): void => {
    const raw = req.rawBody ?? Buffer.alloc(0);
    if (!verifySignature(raw, req.get('x-hub-signature-256'), deps.config.WHATSAPP_APP_SECRET)) {
      signatureFailures.inc();
      throw AppError.unauthorized(
        'INVALID_SIGNATURE',
        'X-Hub-Signature-256 is missing or does not match the body.',
      );
    }
  };

  // A body that is not JSON fails in the body parser, before our route: the signature still comes
  // first, so an unsigned sender learns nothing about what we would have accepted.
  const bodyErrors: ErrorRequestHandler = (err, req, _res, next) => {
    if (req.method === 'POST' && (err as { type?: string }).type === 'entity.parse.failed') {
      try {
        checkSignature(req);
      } catch (sigErr) {
        next(sigErr);
        return;
      }
    }
    next(err);
  };
  app.use(WEBHOOK_PATH, bodyErrors);

  app.get(WEBHOOK_PATH, (req, res) => {
    const mode = req.query['hub.mode'];
    const challenge = req.query['hub.challenge'];
    if (mode !== 'subscribe' || typeof challenge !== 'string')
      throw AppError.badRequest(
        'INVALID_HANDSHAKE',
        'Expected hub.mode=subscribe with hub.challenge and hub.verify_token.',
      );
    if (!sameToken(req.query['hub.verify_token'], deps.config.WHATSAPP_VERIFY_TOKEN))
      throw AppError.forbidden('WRONG_VERIFY_TOKEN', 'hub.verify_token does not match.');
    res.type('text/plain').send(challenge);
  });

  app.post(WEBHOOK_PATH, async (req, res) => {
    checkSignature(req);
    // U+0000 is valid JSON but PostgreSQL cannot store it; cheap to look for in the raw bytes.
    const body: unknown = req.rawBody?.includes('\\u0000') ? JSON.parse(sqlJson(req.body)) : req.body;
    const payload = parse(WebhookPayload, body, 'body');
    const outcome = await intake.receive(payload);
    res.status(200).json(outcome);
  });
}
