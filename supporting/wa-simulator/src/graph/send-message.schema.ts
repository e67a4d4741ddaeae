// Meta's request body for POST /{version}/{phone_number_id}/messages, for the message types GovConnect sends.
// Objects are loose: Meta accepts many optional fields the simulator does not need to understand.
import { z } from 'zod';

const Media = z.looseObject({
  id: z.string().min(1).optional(),
  link: z.url().optional(),
  caption: z.string().max(1024).optional(),
  filename: z.string().optional(),
});

const MediaRef = Media.refine((m) => m.id !== undefined || m.link !== undefined, {
  message: 'must have an id or a link',
});

export const SendMessageBody = z
  .looseObject({
    messaging_product: z.literal('whatsapp'),
    recipient_type: z.enum(['individual', 'group']).default('individual'),
    to: z.string().regex(/^\+?[0-9 ()-]{5,24}$/, 'must be a phone number'),
    type: z.enum(['text', 'template', 'interactive', 'image', 'document', 'audio', 'video']).default('text'),
    context: z.looseObject({ message_id: z.string().min(1) }).optional(),
    biz_opaque_callback_data: z.string().max(512).optional(),
    text: z
      .looseObject({ body: z.string().min(1).max(4096), preview_url: z.boolean().optional() })
      .optional(),
    template: z
      .looseObject({
        name: z.string().min(1).max(512),
        language: z.looseObject({ code: z.string().min(2) }),
        components: z.array(z.looseObject({ type: z.string() })).optional(),
      })
      .optional(),
    interactive: z
      .looseObject({
        type: z.string().min(1),
        body: z.looseObject({ text: z.string().max(4096) }).optional(),
        action: z.looseObject({}),
      })
      .optional(),
    image: MediaRef.optional(),
    document: MediaRef.optional(),
    audio: MediaRef.optional(),
    video: MediaRef.optional(),
  })
  .superRefine((body, ctx) => {
    if (body[body.type] === undefined) {
      ctx.addIssue({ code: 'custom', path: [body.type], message: `is required for type ${body.type}` });
    }
  });

export type SendMessageBody = z.output<typeof SendMessageBody>;

/** Marking a citizen's message as read (optionally with a typing indicator) goes to the same route. */
export const MarkReadBody = z.looseObject({
  messaging_product: z.literal('whatsapp'),
  status: z.literal('read'),
  message_id: z.string().min(1),
  typing_indicator: z.looseObject({ type: z.literal('text') }).optional(),
});

/** What a citizen would see of a sent message, as one line of text. */
export function previewText(body: SendMessageBody): string {
  switch (body.type) {
    case 'text':
      return body.text?.body ?? '';
    case 'template': {
      const params = (body.template?.components ?? []).flatMap((c) =>
        Array.isArray(c.parameters)
          ? c.parameters.map((p: { text?: unknown }) => (typeof p.text === 'string' ? p.text : ''))
          : [],
      );
      return `[template ${body.template?.name}]${params.length ? ` ${params.filter(Boolean).join(' | ')}` : ''}`;
    }
    case 'interactive':
      return body.interactive?.body?.text ?? '';
    default: {
      const media = body[body.type] as { caption?: string; link?: string; id?: string } | undefined;
      return media?.caption ?? media?.link ?? media?.id ?? '';
    }
  }
}
