// Hybrid retrieval in one prepared statement over node-postgres (no ORM on the hot path): nearest
// chunks by cosine distance and best chunks by a BM25 score over the `indonesian` full-text index,
// fused by reciprocal rank. Only chunks of the query's embedding model, of the village or global.
//
// The village filter comes first, everywhere: the village's own chunks are read through the btree
// on (village_id, embedding_model) and compared exactly (a village holds hundreds of chunks, not
// millions); global chunks go through partial indexes that hold only them (HNSW for vectors, GIN for
// words). Other villages' chunks are never read, however many there are.
import { sqlPoolOf, type Db } from './prisma-client.ts';

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

// BM25 (Robertson & Zaragoza) with the usual k1 = 1.2, b = 0.75. A chunk's term frequency is taken
// as 1 when the stem occurs, plus TITLE_WEIGHT when it occurs in the title (a BM25F-style field
// weight; titles are the `A`-weighted part of search_text). IDF counts the chunks the village can
// see (global ones of every model: words do not depend on the model, and the count then needs no
// heap visit). The document length is the chunk's number of distinct lexemes.
const K1 = 1.2;
const B = 0.75;
const TITLE_WEIGHT = 2;
// The relevance floor: a chunk stays when it is cosine-similar enough (KNOWLEDGE_MIN_SIMILARITY) or
// when it holds the query's words that carry at least half of the query's IDF weight.
const MIN_COVERAGE = 0.5;
// Global chunks that share a common word with the query can number thousands: only the best of them
// by PostgreSQL's own ts_rank (in C, cheap) are scored by BM25. The village's own are all scored.
const GLOBAL_LEXICAL_POOL = 200;

// k = 60 is the constant of Cormack et al.'s reciprocal rank fusion.
const SQL = `
WITH terms AS MATERIALIZED (
  SELECT DISTINCT ON (tq::text) tq, (tq::text || ':A')::tsquery AS tq_title
  FROM unnest(string_to_array($3, ' | ')) w, plainto_tsquery('indonesian', w) tq
  WHERE $3 <> '' AND numnode(tq) = 1
),
own AS MATERIALIZED (
  SELECT id, search_text FROM knowledge_chunks WHERE village_id = $4 AND embedding_model = $2
),
total AS MATERIALIZED (
  SELECT (SELECT count(*) FROM own)
       + (SELECT count(*) FROM knowledge_chunks WHERE village_id IS NULL) AS n
),
idf AS MATERIALIZED (
  SELECT t.tq, t.tq_title, ln(1 + (total.n - df.n + 0.5) / (df.n + 0.5)) AS w
  FROM terms t, total, LATERAL (
    SELECT (SELECT count(*) FROM own WHERE search_text @@ t.tq)
         + (SELECT count(*) FROM knowledge_chunks c WHERE c.village_id IS NULL AND c.search_text @@ t.tq) AS n
  ) df
),
matched AS MATERIALIZED (
  SELECT id, search_text FROM own WHERE $3 <> '' AND search_text @@ to_tsquery('indonesian', $3)
  UNION ALL
  (SELECT id, search_text FROM knowledge_chunks, to_tsquery('indonesian', $3) q
   WHERE village_id IS NULL AND embedding_model = $2 AND $3 <> '' AND search_text @@ q
   ORDER BY ts_rank(search_text, q) DESC LIMIT ${GLOBAL_LEXICAL_POOL})
),
hits AS (
  SELECT m.id, length(m.search_text) AS dl, idf.w, 1 + ${TITLE_WEIGHT} * (m.search_text @@ idf.tq_title)::int AS tf
  FROM matched m JOIN idf ON m.search_text @@ idf.tq
),
bm25 AS (
  SELECT id, coverage, row_number() OVER (ORDER BY s DESC, id) AS rank FROM (
    SELECT h.id, sum(h.w * h.tf * ${K1 + 1} / (h.tf + ${K1} * (${1 - B} + ${B} * h.dl / a.avgdl))) AS s,
           sum(h.w) / a.idf_sum AS coverage
    FROM hits h, (SELECT greatest(avg(length(search_text)), 1) AS avgdl, (SELECT sum(w) FROM idf) AS idf_sum FROM matched) a
    GROUP BY h.id, a.idf_sum ORDER BY s DESC LIMIT $5
  ) scored
),
vec AS (
  SELECT id, row_number() OVER (ORDER BY d, id) AS rank FROM (
    (SELECT id, embedding <=> $1::vector AS d FROM knowledge_chunks
     WHERE village_id = $4 AND embedding_model = $2 ORDER BY d LIMIT $5)
    UNION ALL
    (SELECT id, embedding <=> $1::vector AS d FROM knowledge_chunks
     WHERE village_id IS NULL AND embedding_model = $2 ORDER BY d LIMIT $5)
    ORDER BY d LIMIT $5
  ) nearest
),
fused AS (
  SELECT id, coalesce(1.0 / (60 + vec.rank), 0) + coalesce(1.0 / (60 + bm25.rank), 0) AS score,
         coalesce(bm25.coverage, 0) AS coverage
  FROM vec FULL OUTER JOIN bm25 USING (id)
)
SELECT c.id AS "chunkId", c.entry_id AS "entryId", e.title, c.content, c.heading, c.position,
       e.category, c.village_id AS "villageId",
       1 - (c.embedding <=> $1::vector) AS similarity, fused.score::float8 AS score
FROM fused JOIN knowledge_chunks c ON c.id = fused.id JOIN knowledge_entries e ON e.id = c.entry_id
WHERE 1 - (c.embedding <=> $1::vector) >= $7 OR fused.coverage >= ${MIN_COVERAGE}
ORDER BY fused.score DESC, similarity DESC
LIMIT $6`;

export function createKnowledgeSearchRepository(db: Db) {
  const pool = sqlPoolOf(db);
  return {
    async search(p: SearchParams): Promise<SearchRow[]> {
      const { rows } = await pool.query<SearchRow>({
        name: 'knowledge_search_v2',
        text: SQL,
        values: [p.vector, p.model, p.tsquery, p.villageId, p.candidates, p.topK, p.minSimilarity],
      });
      return rows;
    },
  };
}
