// Every event that crosses a service boundary: the envelope and one payload schema per routing key.
import { z } from 'zod';
import { ComplaintCategory, ComplaintId, ComplaintStatus, VillageId, WaId } from './domain.ts';

export const EXCHANGE = 'govconnect.events';
export const DEAD_LETTER_EXCHANGE = 'govconnect.dlx';

const WhatsAppMessageType = z.enum([
  'text',
  'image',
  'audio',
  'video',
  'document',
  'sticker',
  'location',
  'contacts',
  'interactive',
  'button',
  'reaction',
  'order',
  'system',
  'unsupported',
]);

export const InboundMessage = z.object({
  /** The WhatsApp message id (wamid). */
  id: z.string().min(1),
  type: WhatsAppMessageType,
  /** Text, caption, button title or list title: whatever the citizen said in words. */
  text: z.string().optional(),
  media: z
    .object({ id: z.string(), mimeType: z.string().optional(), caption: z.string().optional() })
    .optional(),
  location: z
    .object({
      latitude: z.number(),
      longitude: z.number(),
      name: z.string().optional(),
      address: z.string().optional(),
    })
    .optional(),
  /** The wamid this message replies to, if any. */
  contextId: z.string().optional(),
  timestamp: z.string().datetime(),
});
export type InboundMessage = z.infer<typeof InboundMessage>;

export const InteractiveReply = z.object({
  kind: z.enum(['buttons', 'list']),
  body: z.string().min(1).max(1024),
  options: z
    .array(z.object({ id: z.string().min(1).max(256), title: z.string().min(1).max(24) }))
    .min(1)
    .max(10),
});

export const eventPayloads = {
  'whatsapp.message.received': z.object({
    conversationId: z.string().min(1),
    waId: WaId,
    profileName: z.string().optional(),
    messages: z.array(InboundMessage).min(1),
  }),
  'whatsapp.message.status': z.object({
    wamid: z.string().min(1),
    recipientWaId: WaId.optional(),
    status: z.enum(['sent', 'delivered', 'read', 'failed']),
    errorCode: z.number().int().optional(),
    errorTitle: z.string().optional(),
    timestamp: z.string().datetime(),
  }),
  'ai.reply.ready': z
    .object({
      conversationId: z.string().min(1),
      to: WaId,
      text: z.string().min(1).max(4096).optional(),
      interactive: InteractiveReply.optional(),
      replyTo: z.string().optional(),
    })
    .refine((p) => (p.text === undefined) !== (p.interactive === undefined), {
      message: 'a reply carries either text or interactive, exactly one',
    }),
  'conversation.handoff.requested': z.object({
    conversationId: z.string().min(1),
    reason: z.enum(['citizen_asked', 'bot_stuck']),
    note: z.string().optional(),
  }),
  'conversation.takeover.started': z.object({
    conversationId: z.string().min(1),
    adminId: z.string().min(1),
  }),
  'conversation.takeover.ended': z.object({ conversationId: z.string().min(1), adminId: z.string().min(1) }),
  'complaint.created': z.object({
    complaintId: ComplaintId,
    villageId: VillageId,
    reporter: z.object({ waId: WaId.optional(), name: z.string().optional() }),
    category: ComplaintCategory,
    priority: z.enum(['normal', 'urgent']).optional(),
    conversationId: z.string().optional(),
    /** The reporter asked to stay unnamed, or confidential: staff-facing messages must not name them. */
    anonymous: z.boolean().optional(),
    confidential: z.boolean().optional(),
    /** An open complaint this one probably repeats (same category and place within 72 hours). */
    possibleDuplicateOf: ComplaintId.optional(),
  }),
  'complaint.status.updated': z.object({
    complaintId: ComplaintId,
    from: ComplaintStatus,
    to: ComplaintStatus,
    note: z.string().optional(),
    actor: z.string().min(1),
  }),
} as const;

export type EventType = keyof typeof eventPayloads;
export const EVENT_TYPES = Object.keys(eventPayloads) as EventType[];
export type EventPayload<T extends EventType> = z.infer<(typeof eventPayloads)[T]>;

/** The envelope as it travels: `payload` is checked against the schema of `type` separately. */
export const EventEnvelope = z.object({
  id: z.string().uuid(),
  type: z.string().min(1),
  occurredAt: z.string().datetime(),
  correlationId: z.string().min(1),
  villageId: VillageId,
  payload: z.unknown(),
});
export type EventEnvelope<T extends EventType = EventType> = Omit<
  z.infer<typeof EventEnvelope>,
  'type' | 'payload'
> & {
  type: T;
  payload: EventPayload<T>;
};

export class InvalidEventError extends Error {
  constructor(
    message: string,
    readonly issues: string[],
  ) {
    super(message);
    this.name = 'InvalidEventError';
  }
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

/** Parses a raw message into a typed envelope; throws InvalidEventError with readable issues. */
export function parseEnvelope(raw: unknown): EventEnvelope {
  const env = EventEnvelope.safeParse(raw);
  if (!env.success) throw new InvalidEventError('invalid event envelope', describeIssues(env.error));
  const type = env.data.type;
  if (!(type in eventPayloads))
    throw new InvalidEventError(`unknown event type ${type}`, [`type: unknown ${type}`]);
  const schema = eventPayloads[type as EventType];
  const payload = schema.safeParse(env.data.payload);
  if (!payload.success) throw new InvalidEventError(`invalid ${type} payload`, describeIssues(payload.error));
  return { ...env.data, type: type as EventType, payload: payload.data } as EventEnvelope;
}

/** Builds a new envelope, validating the payload so that nothing invalid is ever produced. */
export function createEnvelope<T extends EventType>(
  type: T,
  payload: EventPayload<T>,
  meta: { villageId: string; correlationId: string; id?: string; occurredAt?: Date },
): EventEnvelope<T> {
  const checked = eventPayloads[type].safeParse(payload);
  if (!checked.success) throw new InvalidEventError(`invalid ${type} payload`, describeIssues(checked.error));
  return {
    id: meta.id ?? crypto.randomUUID(),
    type,
    occurredAt: (meta.occurredAt ?? new Date()).toISOString(),
    correlationId: meta.correlationId,
    villageId: meta.villageId,
    payload: checked.data as EventPayload<T>,
  };
}
