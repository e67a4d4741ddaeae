// What staff and the AI can send, and its Graph API request body (Meta's wire format).
import { InteractiveReply, WaId } from '@govconnect/contracts';
import { z } from 'zod';

export const OutboundTemplate = z.object({
  name: z.string().min(1),
  language: z.string().min(2).default('id'),
  components: z.array(z.looseObject({ type: z.string() })).optional(),
});

export const OutboundMedia = z
  .object({
    type: z.enum(['image', 'document', 'audio', 'video']),
    link: z.url().optional(),
    id: z.string().min(1).optional(),
    caption: z.string().max(1024).optional(),
    filename: z.string().optional(),
  })
  .refine((m) => (m.link === undefined) !== (m.id === undefined), {
    message: 'give exactly one of link or id',
  });

export const OutboundContent = z.object({
  text: z.string().min(1).max(4096).optional(),
  template: OutboundTemplate.optional(),
  interactive: InteractiveReply.optional(),
  media: OutboundMedia.optional(),
});
export type OutboundContent = z.infer<typeof OutboundContent>;

export const SendMessageBody = OutboundContent.extend({
  villageId: z.string().min(1),
  to: WaId,
  replyTo: z.string().optional(),
  adminId: z.string().min(1).max(200).optional(),
  /** Shown in the inbox under the message; the bot's messages have neither. */
  adminName: z.string().trim().min(1).max(200).optional(),
  /** Who sends it when no staff member does: notification-service says so; absent means the bot. */
  origin: z.enum(['notification']).optional(),
})
  .refine((b) => [b.text, b.template, b.interactive, b.media].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of text, template, interactive or media',
  })
  .refine((b) => b.adminName === undefined || b.adminId !== undefined, {
    message: 'adminName names the sender given by adminId',
    path: ['adminName'],
  })
  .refine((b) => b.origin === undefined || b.adminId === undefined, {
    message: 'a message sent by a staff member (adminId) has no other origin',
    path: ['origin'],
  });
export type SendMessageBody = z.infer<typeof SendMessageBody>;

export function kindOf(c: OutboundContent): 'text' | 'template' | 'interactive' | 'media' {
  if (c.template) return 'template';
  if (c.interactive) return 'interactive';
  if (c.media) return 'media';
  return 'text';
}

/** A short text for the inbox and history. */
export function summaryOf(c: OutboundContent): string | undefined {
  return (
    c.text ??
    c.interactive?.body ??
    c.media?.caption ??
    (c.template ? `[template ${c.template.name}]` : undefined)
  );
}

export function graphBody(to: string, c: OutboundContent, replyTo?: string): Record<string, unknown> {
  const base = {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    ...(replyTo ? { context: { message_id: replyTo } } : {}),
  };
  if (c.template) {
    const { name, language, components } = c.template;
    return {
      ...base,
      type: 'template',
      template: { name, language: { code: language }, ...(components ? { components } : {}) },
    };
  }
  if (c.media) {
    const { type, link, id, caption, filename } = c.media;
    return {
      ...base,
      type,
      [type]: {
        ...(link ? { link } : { id }),
        ...(caption ? { caption } : {}),
        ...(filename ? { filename } : {}),
      },
    };
  }
  if (c.interactive) {
    const { kind, body, options } = c.interactive;
    // Meta allows at most three reply buttons; more options become a list.
    if (kind === 'buttons' && options.length <= 3)
      return {
        ...base,
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: body },
          action: { buttons: options.map((o) => ({ type: 'reply', reply: o })) },
        },
      };
    return {
      ...base,
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: body },
        action: { button: 'Pilih', sections: [{ title: 'Pilihan', rows: options }] },
      },
    };
  }
  return { ...base, type: 'text', text: { body: c.text, preview_url: false } };
}
