// The body of POST /simulator/citizens/{waId}/messages: exactly one of text, location, image or document.
import { z } from 'zod';

export const DEMO_PHONE_NUMBER_ID = '100000000000001';

export const WaId = z
  .string()
  .regex(/^\d{5,20}$/, 'must be the citizen number in digits, e.g. 6281234567890');

export const CitizenMessageBody = z
  .strictObject({
    text: z.string().min(1).max(4096).optional(),
    location: z
      .strictObject({
        latitude: z.number().min(-90).max(90),
        longitude: z.number().min(-180).max(180),
        name: z.string().max(256).optional(),
        address: z.string().max(512).optional(),
      })
      .optional(),
    image: z.strictObject({ caption: z.string().max(1024).optional() }).optional(),
    document: z
      .strictObject({
        caption: z.string().max(1024).optional(),
        filename: z.string().min(1).max(240).optional(),
      })
      .optional(),
    buttonReply: z
      .strictObject({ id: z.string().min(1).max(256), title: z.string().min(1).max(20) })
      .optional()
      .describe('the citizen taps a reply button of an interactive message (needs contextId)'),
    listReply: z
      .strictObject({
        id: z.string().min(1).max(200),
        title: z.string().min(1).max(24),
        description: z.string().max(72).optional(),
      })
      .optional()
      .describe('the citizen picks a row of an interactive list (needs contextId)'),
    name: z.string().min(1).max(100).optional().describe("the citizen's WhatsApp profile name"),
    phoneNumberId: z
      .string()
      .regex(/^\d{1,20}$/)
      .default(DEMO_PHONE_NUMBER_ID)
      .describe("the village's WhatsApp phone_number_id the citizen writes to"),
    contextId: z.string().min(1).optional().describe('the wamid this message replies to'),
  })
  .refine(
    (b) =>
      [b.text, b.location, b.image, b.document, b.buttonReply, b.listReply].filter((v) => v !== undefined)
        .length === 1,
    { message: 'give exactly one of text, location, image, document, buttonReply or listReply' },
  )
  .refine((b) => (b.buttonReply === undefined && b.listReply === undefined) || b.contextId !== undefined, {
    message: 'a buttonReply or listReply answers a message: give its wamid as contextId',
    path: ['contextId'],
  });

export type CitizenMessageBody = z.output<typeof CitizenMessageBody>;
