// Hybrid retrieval in one SQL statement: nearest chunks by cosine distance (HNSW), best chunks by
// `indonesian` full-text rank (GIN), fused by reciprocal rank. Only chunks of the query's embedding
// model, of the village or global, are compared.
import type { Db } from './prisma-client.ts';

export interface SearchRow {
  chunkId: string;
  entryId: string;
  title: string;
  content: string;
  heading: string | null;
  position: number;
  category: string | null;
  villageId: string | null;
  similarity: number;
  score: number;
}

export interface SearchParams {
  vector: string;
  model: string;
  tsquery: string; // already sanitised: words joined by ' | ', or '' for none
  villageId: string | null;
  candidates: number;
  topK: number;
  minSimilarity: number;
}

// k = 60 is the constant of Cormack et al.'s reciprocal rank fusion.
// The full-text side reads the village's and the global chunks through the btree index and
// matches them one by one (a MATERIALIZED scope): per-tenant sets are small, while a corpus-wide GIN
// scan for a common word ("ktp") would read every village's postings.
const SQL = `
WITH vec AS (
  SELECT id, row_number() OVER (ORDER BY d, id) AS rank FROM (
    SELECT id, embedding <=> $1::vector AS d FROM knowledge_chunks
    WHERE embedding_model = $2 AND (village_id = $4 OR village_id IS NULL)
    ORDER BY d LIMIT $5
  ) nearest
),
scoped AS MATERIALIZED (
  SELECT id, search_text FROM knowledge_chunks WHERE village_id = $4 AND embedding_model = $2
  UNION ALL
  SELECT id, search_text FROM knowledge_chunks WHERE village_id IS NULL AND embedding_model = $2
),
fts AS (
  SELECT id, row_number() OVER (ORDER BY r DESC, id) AS rank FROM (
    SELECT id, ts_rank_cd(search_text, q) AS r
    FROM scoped, to_tsquery('indonesian', $3) q
    WHERE $3 <> '' AND search_text @@ q
    ORDER BY r DESC LIMIT $5
  ) matched
),
fused AS (
  SELECT id, coalesce(1.0 / (60 + vec.rank), 0) + coalesce(1.0 / (60 + fts.rank), 0) AS score
  FROM vec FULL OUTER JOIN fts USING (id)
)
SELECT c.id AS "chunkId", c.entry_id AS "entryId", e.title, c.content, c.heading, c.position,
       e.category, c.village_id AS "villageId",
       1 - (c.embedding <=> $1::vector) AS similarity, fused.score::float8 AS score
FROM fused JOIN knowledge_chunks c ON c.id = fused.id JOIN knowledge_entries e ON e.id = c.entry_id
WHERE 1 - (c.embedding <=> $1::vector) >= $7
ORDER BY fused.score DESC, similarity DESC
LIMIT $6`;

export function createKnowledgeSearchRepository(db: Db) {
  return {
    async search(p: SearchParams): Promise<SearchRow[]> {
      // HNSW with a filter: keep scanning past filtered-out neighbours (pgvector >= 0.8).
      const [, rows] = await db.$transaction([
        db.$executeRawUnsafe(`SET LOCAL hnsw.iterative_scan = relaxed_order`),
        db.$queryRawUnsafe<SearchRow[]>(
          SQL,
          p.vector,
          p.model,
          p.tsquery,
          p.villageId,
          p.candidates,
          p.topK,
          p.minSimilarity,
        ),
      ]);
      return rows;
    },
  };
}
