// zod schemas of the document routes' inputs (the upload's text fields arrive as strings).
import { VillageId } from '@govconnect/contracts';
import { z } from 'zod';

const blankAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const UploadFields = z.object({
  villageId: z.preprocess(blankAsUnset, VillageId.optional()),
  title: z.preprocess(blankAsUnset, z.string().trim().min(1).max(300).optional()),
  category: z.preprocess(blankAsUnset, z.string().trim().min(1).max(100).optional()),
  documentId: z.preprocess(blankAsUnset, z.uuid().optional()),
});

export const DocumentParams = z.object({ id: z.uuid() });

export const DocumentListQuery = z.object({
  villageId: VillageId.optional(),
  status: z.enum(['received', 'processing', 'ready', 'failed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
