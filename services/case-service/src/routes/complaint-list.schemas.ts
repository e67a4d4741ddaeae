// zod schemas of the list and stats queries.
import { ComplaintCategory, ComplaintStatus, VillageId, WaId } from '@govconnect/contracts';
import { z } from 'zod';

/** A comma-separated list in a query parameter: `status=RECEIVED,VERIFIED`. */
const csv = <T extends z.ZodType<string, string>>(item: T) =>
  z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
        : v,
    z.array(item).min(1),
  );

export const ListComplaintsQuery = z.object({
  villageId: VillageId,
  status: csv(ComplaintStatus).optional(),
  category: csv(ComplaintCategory).optional(),
  priority: z.enum(['normal', 'urgent']).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  overdue: z.stringbool().optional(),
  reporter: WaId.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  sort: z.enum(['createdAt', 'updatedAt', 'resolutionDueAt']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(500).optional(),
});

export const StatsQuery = z.object({
  villageId: VillageId,
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});
