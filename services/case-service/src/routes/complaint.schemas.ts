// zod schemas of the complaint routes' bodies, params and queries.
import { ComplaintCategory, ComplaintId, ComplaintStatus, VillageId, WaId } from '@govconnect/contracts';
import { z } from 'zod';

export const CreateComplaintBody = z.object({
  villageId: VillageId,
  reporter: z.object({
    waId: WaId.optional(),
    name: z.string().trim().min(1).max(200).optional(),
    anonymous: z.boolean().default(false),
    confidential: z.boolean().default(false),
  }),
  category: ComplaintCategory,
  description: z.string().trim().min(5).max(4000),
  address: z.string().trim().min(1).max(500).optional(),
  location: z
    .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
    .optional(),
  mediaIds: z.array(z.string().min(1).max(200)).max(20).default([]),
  priority: z.enum(['normal', 'urgent']).optional(),
  source: z.enum(['whatsapp', 'dashboard']).default('whatsapp'),
  conversationId: z.string().min(1).max(200).optional(),
  actor: z.string().min(1).max(200).optional(),
});

export const IdempotencyHeaders = z.object({
  'idempotency-key': z.string().min(1).max(255).optional(),
});

export const ComplaintParams = z.object({ id: ComplaintId });
export const VillageQuery = z.object({ villageId: VillageId });

export const UpdateComplaintBody = z.object({
  villageId: VillageId,
  status: ComplaintStatus,
  actor: z.string().trim().min(1).max(200),
  note: z.string().trim().min(1).max(2000).optional(),
  photoMediaId: z.string().min(1).max(200).optional(),
  reporterWaId: WaId.optional(),
});

export const CitizenParams = z.object({ waId: WaId });
export const CitizenQuery = z.object({
  villageId: VillageId,
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const MergeComplaintBody = z.object({
  villageId: VillageId,
  actor: z.string().trim().min(1).max(200),
  into: ComplaintId.optional(),
  note: z.string().trim().min(1).max(2000).optional(),
});
