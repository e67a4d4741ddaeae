// Knowledge entries and their chunks in gc_ai. Chunks carry pgvector and tsvector columns, which
// Prisma's client cannot write, so they go through parameterised raw SQL.
import { indexableText } from '../knowledge/normalisation.ts';
import type { Db } from './prisma-client.ts';

export interface KnowledgeEntry {
  id: string;
  villageId: string | null;
  title: string;
  content: string;
  category: string | null;
  source: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewChunk {
  position: number;
  heading?: string;
  content: string;
  embedding: string; // pgvector literal
}

export interface EntryInput {
  title: string;
  content: string;
  category?: string | null;
  villageId?: string | null;
  source?: string;
}

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export async function insertChunks(
  tx: Tx,
  entry: KnowledgeEntry,
  model: string,
  chunks: readonly NewChunk[],
) {
  for (const c of chunks) {
    // search_text indexes the retrieval-normalised words (slang spelled out, official names folded
    // to their abbreviations), as queries are: title weighted `A`, heading and body `D`.
    await tx.$executeRawUnsafe(
      `INSERT INTO knowledge_chunks (id, entry_id, village_id, position, heading, content, embedding_model, embedding, search_text)
       VALUES (gen_random_uuid(), $1::uuid, $2, $3, $4, $5, $6, $7::vector,
         setweight(to_tsvector('indonesian', $8), 'A') || to_tsvector('indonesian', $9))`,
      entry.id,
      entry.villageId,
      c.position,
      c.heading ?? null,
      c.content,
      model,
      c.embedding,
      indexableText(entry.title),
      indexableText(`${c.heading ?? ''}\n${c.content}`),
    );
  }
}

export function createKnowledgeRepository(db: Db) {
  return {
    async create(input: EntryInput, model: string, chunks: readonly NewChunk[]): Promise<KnowledgeEntry> {
      return db.$transaction(async (tx) => {
        const entry = await tx.knowledgeEntry.create({
          data: {
            title: input.title,
            content: input.content,
            category: input.category ?? null,
            villageId: input.villageId ?? null,
            source: input.source ?? 'manual',
          },
        });
        await insertChunks(tx, entry, model, chunks);
        return entry;
      });
    },

    async replace(id: string, input: EntryInput, model: string, chunks: readonly NewChunk[]) {
      return db.$transaction(async (tx) => {
        const entry = await tx.knowledgeEntry.update({
          where: { id },
          data: { title: input.title, content: input.content, category: input.category ?? null },
        });
        await tx.knowledgeChunk.deleteMany({ where: { entryId: id } });
        await insertChunks(tx, entry, model, chunks);
        return entry;
      });
    },

    find(id: string): Promise<KnowledgeEntry | null> {
      return db.knowledgeEntry.findUnique({ where: { id } });
    },

    findByTitle(villageId: string | null, title: string): Promise<KnowledgeEntry | null> {
      return db.knowledgeEntry.findFirst({ where: { villageId, title } });
    },

    list(filter: { villageId?: string; limit: number; offset: number }): Promise<KnowledgeEntry[]> {
      return db.knowledgeEntry.findMany({
        where: filter.villageId ? { OR: [{ villageId: filter.villageId }, { villageId: null }] } : {},
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: filter.limit,
        skip: filter.offset,
      });
    },

    async delete(id: string): Promise<boolean> {
      const { count } = await db.knowledgeEntry.deleteMany({ where: { id } });
      return count > 0;
    },

    async chunkCount(entryId: string): Promise<number> {
      return db.knowledgeChunk.count({ where: { entryId } });
    },
  };
}

export type KnowledgeRepository = ReturnType<typeof createKnowledgeRepository>;
