// Chunks still embedded by another model than the target, read in id order a batch at a time, and
// their new vectors written back with the target model's id in one transaction per batch: progress
// lives in the rows themselves, so an interrupted re-embed resumes where it stopped.
import type { Db } from './prisma-client.ts';

export interface ChunkToEmbed {
  id: string;
  title: string;
  heading: string | null;
  content: string;
}

export function createReembedRepository(db: Db) {
  return {
    async count(target: string, fromModel?: string): Promise<number> {
      const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM knowledge_chunks
         WHERE embedding_model <> $1 AND ($2::text IS NULL OR embedding_model = $2)`,
        target,
        fromModel ?? null,
      );
      return row?.n ?? 0;
    },

    nextBatch(target: string, fromModel: string | undefined, limit: number): Promise<ChunkToEmbed[]> {
      return db.$queryRawUnsafe<ChunkToEmbed[]>(
        `SELECT c.id, e.title, c.heading, c.content
         FROM knowledge_chunks c JOIN knowledge_entries e ON e.id = c.entry_id
         WHERE c.embedding_model <> $1 AND ($2::text IS NULL OR c.embedding_model = $2)
         ORDER BY c.id LIMIT $3`,
        target,
        fromModel ?? null,
        limit,
      );
    },

    async write(target: string, vectors: readonly { id: string; embedding: string }[]): Promise<void> {
      await db.$transaction(
        vectors.map((v) =>
          db.$executeRawUnsafe(
            `UPDATE knowledge_chunks SET embedding = $2::vector, embedding_model = $3 WHERE id = $1::uuid`,
            v.id,
            v.embedding,
            target,
          ),
        ),
      );
    },
  };
}
