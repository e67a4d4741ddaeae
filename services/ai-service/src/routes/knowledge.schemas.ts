// zod schemas of the knowledge routes' inputs.
import { VillageId } from '@govconnect/contracts';
import { z } from 'zod';

export const EntryBody = z.object({
  title: z.string().trim().min(1).max(300),
  content: z.string().trim().min(1).max(100_000),
  category: z.string().trim().min(1).max(100).optional(),
  villageId: VillageId.optional(),
});

export const ReplaceEntryBody = EntryBody.omit({ villageId: true });

export const EntryParams = z.object({ id: z.uuid() });

export const ListQuery = z.object({
  villageId: VillageId.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const SearchBody = z.object({
  query: z.string().trim().min(1).max(2000),
  villageId: VillageId.optional(),
  topK: z.number().int().min(1).max(50).optional(),
});
