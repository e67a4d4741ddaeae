// Accepts a business message like the Cloud API: a wamid now, then status webhooks (sent, delivered, read),
// or a `failed` 131047 when a free-form message is outside the citizen's 24-hour window.
import type { SimulatorDeps } from '../deps.ts';
import { newWamid } from '../ids.ts';
import type { DeliveryStatus } from '../state/citizen.store.ts';
import { REENGAGEMENT_ERROR, statusWebhook, type StatusUpdate } from '../webhooks/webhook-payloads.ts';
import { previewText, type SendMessageBody } from './send-message.schema.ts';

export function sendMessage(
  deps: SimulatorDeps,
  phoneNumberId: string,
  body: SendMessageBody,
  asReceived: unknown,
) {
  const waId = body.to.replace(/\D/g, '');
  const wamid = newWamid(waId);
  const nowMs = deps.now();
  const template = body.type === 'template';
  const inWindow = template || deps.citizens.windowOpen(phoneNumberId, waId, nowMs);
  deps.citizens.addReceived(waId, {
    wamid,
    type: body.type,
    text: previewText(body),
    at: new Date(nowMs).toISOString(),
    status: 'accepted',
    phoneNumberId,
    request: asReceived,
  });
  const update: Omit<StatusUpdate, 'status' | 'timestampSec'> = {
    phoneNumberId,
    waId,
    wamid,
    category: template ? 'utility' : 'service',
    bizOpaqueCallbackData: body.biz_opaque_callback_data,
  };
  scheduleStatuses(deps, update, inWindow ? ['sent', 'delivered', 'read'] : ['failed']);
  return {
    wamid,
    response: {
      messaging_product: 'whatsapp',
      contacts: [{ input: body.to, wa_id: waId }],
      messages: [template ? { id: wamid, message_status: 'accepted' } : { id: wamid }],
    },
  };
}

type Outcome = Exclude<DeliveryStatus, 'accepted'>;

function scheduleStatuses(
  deps: SimulatorDeps,
  update: Omit<StatusUpdate, 'status' | 'timestampSec'>,
  remaining: Outcome[],
): void {
  const [status, ...rest] = remaining;
  if (!status) return;
  deps.timers.after(deps.statusDelayMs, async () => {
    const errors = status === 'failed' ? [REENGAGEMENT_ERROR] : undefined;
    deps.citizens.setStatus(update.wamid, status, errors);
    const timestampSec = Math.floor(deps.now() / 1000);
    await deps.sender.deliver(
      { kind: 'status', wamid: update.wamid, status },
      statusWebhook({ ...update, status, timestampSec, errors }),
    );
    scheduleStatuses(deps, update, rest);
  });
}
