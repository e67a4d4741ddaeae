// Turns one message of Meta's webhook into what we store and what the AI receives: its type, the
// words the citizen said (text, caption, button or list title), media, location, reply context.
import { InboundMessage as InboundEvent } from '@govconnect/contracts';
import type { z } from 'zod';
import type { WebhookMessage } from './webhook-payload.ts';

export type InboundEventMessage = z.infer<typeof InboundEvent>;

export const MEDIA_TYPES = ['image', 'audio', 'video', 'document', 'sticker'] as const;

/** Types the AI understands (the contract's enum); others (edit, revoke, ...) are stored only. */
const EVENT_TYPES = new Set<string>(InboundEvent.shape.type.options);

/** Every type Meta sends that we name: the contract's, plus the ones only stored. */
const KNOWN_TYPES = [...InboundEvent.shape.type.options, 'edit', 'revoke'];

export interface MappedMessage {
  wamid: string;
  from: string;
  type: string;
  text?: string;
  contextId?: string;
  forwarded: boolean;
  sentAt: Date;
  media?: { id: string; mimeType?: string; sha256?: string; caption?: string };
  location?: { latitude: number; longitude: number; name?: string; address?: string };
  content: WebhookMessage;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' ? (v as Obj) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function typeOf(m: WebhookMessage): string {
  if (m.type) return m.type;
  return KNOWN_TYPES.find((t) => t in m) ?? 'unsupported';
}

function textOf(m: WebhookMessage, type: string): string | undefined {
  const part = obj(m[type]);
  switch (type) {
    case 'text':
      return str(part?.body);
    case 'button':
      return str(part?.text) ?? str(part?.payload);
    case 'interactive': {
      const reply = obj(part?.[str(part?.type) ?? '']) ?? obj(part?.button_reply) ?? obj(part?.list_reply);
      return str(reply?.title);
    }
    case 'reaction':
      return str(part?.emoji);
    case 'location':
      return str(part?.name) ?? str(part?.address);
    case 'system':
      return str(part?.body);
    case 'order':
      return str(part?.text);
    default:
      return str(part?.caption);
  }
}

export function mapMessage(m: WebhookMessage): MappedMessage {
  const type = typeOf(m);
  const part = obj(m[type]);
  const mapped: MappedMessage = {
    wamid: m.id,
    from: m.from,
    type,
    text: textOf(m, type),
    contextId: m.context?.id,
    forwarded: Boolean(m.context?.forwarded || m.context?.frequently_forwarded),
    sentAt: new Date(Number(m.timestamp) * 1000),
    content: m,
  };
  if ((MEDIA_TYPES as readonly string[]).includes(type) && str(part?.id)) {
    mapped.media = {
      id: str(part?.id)!,
      mimeType: str(part?.mime_type),
      sha256: str(part?.sha256),
      caption: str(part?.caption),
    };
  }
  const latitude = num(part?.latitude);
  const longitude = num(part?.longitude);
  if (type === 'location' && latitude !== undefined && longitude !== undefined) {
    mapped.location = { latitude, longitude, name: str(part?.name), address: str(part?.address) };
  }
  return mapped;
}

/** Whether the AI gets this message (a type of the contract); edits, revokes etc. are stored only. */
export function isForAi(type: string): boolean {
  return EVENT_TYPES.has(type);
}

/** The message as it travels in whatsapp.message.received. */
export function toEventMessage(m: {
  wamid: string;
  type: string;
  text?: string | null;
  contextId?: string | null;
  sentAt: Date;
  media?: MappedMessage['media'];
  location?: MappedMessage['location'];
}): InboundEventMessage {
  return {
    id: m.wamid,
    type: m.type as InboundEventMessage['type'],
    ...(m.text ? { text: m.text } : {}),
    ...(m.media ? { media: { id: m.media.id, mimeType: m.media.mimeType, caption: m.media.caption } } : {}),
    ...(m.location ? { location: m.location } : {}),
    ...(m.contextId ? { contextId: m.contextId } : {}),
    timestamp: m.sentAt.toISOString(),
  };
}
