// A citizen writes to a village: build the Cloud API webhook Meta would send, sign it, post it to the
// channel service and wait for its answer. The message also opens the citizen's 24-hour window.
import type { SimulatorDeps } from '../deps.ts';
import { newWamid } from '../ids.ts';
import { samplePdf, samplePng } from '../media/sample-media.ts';
import { inboundMessageWebhook, type InboundContent } from '../webhooks/webhook-payloads.ts';
import type { CitizenMessageBody } from './citizen-message.schema.ts';

const PNG = samplePng();
const PDF = samplePdf();

export interface CitizenSendResult {
  wamid: string;
  channelStatus?: number;
  error?: string;
}

export async function sendCitizenMessage(
  deps: SimulatorDeps,
  waId: string,
  body: CitizenMessageBody,
): Promise<CitizenSendResult> {
  const wamid = newWamid(waId);
  const nowMs = deps.now();
  const content = buildContent(deps, body);
  const message = {
    wamid,
    type: content.type,
    text: describe(content),
    at: new Date(nowMs).toISOString(),
    phoneNumberId: body.phoneNumberId,
    channelStatus: undefined as number | undefined,
  };
  deps.citizens.addSent(waId, message, nowMs);
  const payload = inboundMessageWebhook({
    phoneNumberId: body.phoneNumberId,
    waId,
    name: body.name ?? `Warga ${waId.slice(-4)}`,
    wamid,
    timestampSec: Math.floor(nowMs / 1000),
    content,
    contextId: body.contextId,
  });
  const outcome = await deps.sender.deliver({ kind: 'message', wamid }, payload);
  message.channelStatus = outcome.channelStatus;
  return { wamid, ...outcome };
}

function buildContent(deps: SimulatorDeps, body: CitizenMessageBody): InboundContent {
  if (body.text !== undefined) return { type: 'text', text: { body: body.text } };
  if (body.location) return { type: 'location', location: body.location };
  if (body.buttonReply) {
    return { type: 'interactive', interactive: { type: 'button_reply', button_reply: body.buttonReply } };
  }
  if (body.listReply) {
    return { type: 'interactive', interactive: { type: 'list_reply', list_reply: body.listReply } };
  }
  if (body.image) {
    const media = deps.media.add(PNG);
    const image = { mime_type: media.mimeType, sha256: media.sha256, id: media.id };
    return { type: 'image', image: body.image.caption ? { caption: body.image.caption, ...image } : image };
  }
  const media = deps.media.add(PDF);
  const document = {
    ...(body.document?.caption ? { caption: body.document.caption } : {}),
    filename: body.document?.filename ?? 'dokumen.pdf',
    mime_type: media.mimeType,
    sha256: media.sha256,
    id: media.id,
  };
  return { type: 'document', document };
}

function describe(content: InboundContent): string {
  switch (content.type) {
    case 'text':
      return content.text.body;
    case 'location': {
      const { latitude, longitude, name } = content.location;
      return `${name ? `${name} ` : ''}(${latitude}, ${longitude})`;
    }
    case 'interactive':
      return content.interactive.type === 'button_reply'
        ? content.interactive.button_reply.title
        : content.interactive.list_reply.title;
    case 'image':
      return content.image.caption ?? '[foto]';
    case 'document':
      return content.document.caption ?? content.document.filename;
  }
}
