// Meta's WhatsApp Cloud API webhook, as zod schemas: strict on what we rely on (ids, numbers,
// timestamps), loose on the rest, because Meta adds fields without notice.
import { z } from 'zod';

const UnixSeconds = z.string().regex(/^\d{1,12}$/, 'a Unix timestamp in seconds, as a string');

const MetaError = z.looseObject({
  code: z.number().int(),
  title: z.string().optional(),
  message: z.string().optional(),
});

export const WebhookMessage = z.looseObject({
  from: z.string().min(1),
  id: z.string().min(1),
  timestamp: UnixSeconds,
  type: z.string().min(1).optional(),
  context: z
    .looseObject({
      id: z.string().optional(),
      from: z.string().optional(),
      forwarded: z.boolean().optional(),
      frequently_forwarded: z.boolean().optional(),
    })
    .optional(),
  errors: z.array(MetaError).optional(),
});
export type WebhookMessage = z.infer<typeof WebhookMessage>;

export const WebhookStatus = z.looseObject({
  id: z.string().min(1),
  status: z.string().min(1),
  timestamp: UnixSeconds,
  recipient_id: z.string().optional(),
  errors: z.array(MetaError).optional(),
});
export type WebhookStatus = z.infer<typeof WebhookStatus>;

export const MessagesValue = z.looseObject({
  messaging_product: z.literal('whatsapp').optional(),
  metadata: z.looseObject({
    phone_number_id: z.string().min(1),
    display_phone_number: z.string().optional(),
  }),
  contacts: z
    .array(
      z.looseObject({
        wa_id: z.string().optional(),
        profile: z.looseObject({ name: z.string().optional() }).optional(),
      }),
    )
    .optional(),
  messages: z.array(WebhookMessage).optional(),
  statuses: z.array(WebhookStatus).optional(),
});
export type MessagesValue = z.infer<typeof MessagesValue>;

const Change = z.looseObject({ field: z.string().min(1), value: z.looseObject({}) });

export const WebhookPayload = z.looseObject({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(z.looseObject({ id: z.string().optional(), changes: z.array(Change) })),
});
export type WebhookPayload = z.infer<typeof WebhookPayload>;
