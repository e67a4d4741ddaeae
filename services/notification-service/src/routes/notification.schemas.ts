// zod schemas of the notification, template and on-duty routes.
import { ComplaintId, VillageId, WaId } from '@govconnect/contracts';
import { z } from 'zod';
import { NOTIFICATION_TYPES, TEMPLATE_TYPES } from '../domain/notification-types.ts';
import { decodeCursor } from '../use-cases/read-notifications.ts';

const WaTemplateName = z
  .string()
  .regex(/^[a-z0-9_]{1,512}$/, 'lowercase letters, digits and underscores, as Meta names templates');
const Language = z.string().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'a WhatsApp language code such as id or en_US');

export const IdempotencyHeaders = z.looseObject({
  'idempotency-key': z.string().min(1).max(200).optional(),
});

export const CreateNotificationBody = z.object({
  villageId: VillageId,
  to: WaId,
  text: z.string().trim().min(1).max(4096),
  audience: z.enum(['citizen', 'staff']).default('citizen'),
  complaintId: ComplaintId.optional(),
  /** Sent outside the 24-hour window; without it such a notification fails with 131047. */
  template: z
    .object({
      name: WaTemplateName,
      language: Language.default('id'),
      parameters: z.array(z.string().min(1).max(1000)).max(20).default([]),
    })
    .optional(),
});

export const IdParams = z.object({ id: z.uuid() });
export const VillageQuery = z.object({ villageId: VillageId });

export const ListQuery = z.object({
  villageId: VillageId,
  status: z.enum(['pending', 'sent', 'delivered', 'read', 'failed']).optional(),
  type: z.enum(NOTIFICATION_TYPES).optional(),
  audience: z.enum(['citizen', 'staff']).optional(),
  recipient: WaId.optional(),
  complaintId: ComplaintId.optional(),
  eventId: z.string().min(1).max(300).optional(),
  cursor: z
    .string()
    .optional()
    .transform((c, ctx) => {
      if (c === undefined) return undefined;
      const decoded = decodeCursor(c);
      if (!decoded) ctx.addIssue({ code: 'custom', message: 'not a cursor this API gave out' });
      return decoded ?? undefined;
    }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const StatusBody = z.object({
  villageId: VillageId,
  status: z
    .enum(['pending', 'failed'])
    .describe('pending: retry a failed one; failed: give up a pending one'),
  actor: z.string().trim().min(1).max(200),
  reason: z.string().trim().min(1).max(500).optional(),
});

export const TemplateParams = z.object({ type: z.enum(TEMPLATE_TYPES) });

export const TemplateBody = z.object({
  villageId: VillageId,
  body: z.string().trim().min(1).max(4096),
  waTemplate: z.object({
    name: WaTemplateName,
    language: Language,
    parameters: z.array(z.string().min(1).max(100)).max(20),
  }),
  actor: z.string().trim().min(1).max(200).optional(),
});

export const ActorQuery = VillageQuery.extend({ actor: z.string().trim().min(1).max(200).optional() });

export const OnDutyParams = z.object({ waId: WaId });
export const OnDutyBody = z.object({
  villageId: VillageId,
  name: z.string().trim().min(1).max(200),
  active: z.boolean().default(true),
});
