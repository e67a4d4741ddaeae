// Hybrid retrieval in one prepared statement over node-postgres (no ORM on the hot path): nearest
// chunks by cosine distance, best chunks by a BM25 score over the `indonesian` full-text stems, and
// chunks whose entry title names the query's topic, fused by reciprocal rank. Only chunks of the
// query's embedding model, of the village or global.
//
// The village filter comes first, everywhere: the village's own chunks are read through the btree
// on (village_id, embedding_model) and compared exactly (a village holds hundreds of chunks, not
// millions). Global chunks, which every village sees, are thousands: their vectors go through an HNSW
// index that holds only them, and their words through knowledge_global_postings, whose covering index
// answers both the IDF counts and the BM25 scores without a heap visit (migration 20261205150000).
// Other villages' chunks are never read, however many there are.
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
  /** Share of the query's IDF weight that the chunk's words carry (0 when no word is shared). */
  coverage: number;
}

export interface SearchParams {
  vector: string;
  model: string;
  /** The query's words (sanitised: letters and digits), typed and added, with their concepts. */
  terms: { word: string; concept: number; typed: boolean }[];
  villageId: string | null;
  candidates: number;
  topK: number;
  minSimilarity: number;
}

// BM25 (Robertson & Zaragoza) with the usual k1 = 1.2, b = 0.75. A chunk's term frequency is 1 when
// the stem occurs: chunks are short, and a title weight (BM25F-style, tf 3 in the title) ranked the
// development set worse (hit@1 0.839 against 0.885 without it): titles such as "Biaya layanan
// administrasi desa" lent their generic words the weight of a topic. IDF counts the chunks the
// village can see (global ones of every model: words do not depend on the model). The document
// length is the chunk's number of distinct lexemes, its average taken over the chunks that match.
const K1 = 1.2;
const B = 0.75;
// The relevance floor: a chunk stays when it is cosine-similar enough (KNOWLEDGE_MIN_SIMILARITY) or
// when it holds the query's words that carry at least 40% of the query's IDF weight. It only trims
// the list; the answer floor (knowledge-answer.ts) decides what the citizen is told. At 0.5, the
// answer floor's own bar, it dropped right entries from the top 3 that 0.4 keeps: development hit@3
// 0.962 -> 0.981 (registry set) and 0.989 -> 1.0 (demo set), answers and unanswerable unchanged.
const MIN_COVERAGE = 0.4;
// k = 60 is the constant of Cormack et al.'s reciprocal rank fusion (10, 30 and 100 ranked the
// development set within two questions of it). Chunks with equal scores share a rank in each list,
// so the fusion does not depend on their (random) ids.
const RRF_K = 60;
// The full-text rank counts 0.6 of the vector rank in the fusion: the vector side also sees character
// n-grams (typos, inflections) and the expanded query, BM25 only whole stems. Both development sets,
// with the floor at 0.1 (0.15 in use): MRR 0.949 / 0.799 at 1, 0.955 / 0.805 at 0.75, 0.958 / 0.805 at 0.6, 0.952 /
// 0.810 at 0.5; 1.5 and 2 ranked worse.
const BM25_WEIGHT = 0.6;
// Titles rank as a third list in the fusion, at 0.45 of the vector rank: a chunk's title score is the
// IDF weight of the query's concepts found in its entry's title, times the share of the title's words
// they cover, so a title the question names ("Alamat", "Lama proses", "Dokumen diperlukan") ranks
// first and a long title sharing one generic word does not. Unlike a title weight inside BM25 (see
// above), a title cannot outweigh the body's words there. Development sets, MRR demo / registry:
// 0.964 / 0.801 without it, 0.977 / 0.860 at 0.45, 0.969 / 0.859 at 0.5, 0.971 / 0.860 at 0.6,
// 0.977 / 0.851 at 0.8 and 1; at 0.6 without the covered share, 0.966 / 0.852.
const TITLE_WEIGHT = 0.45;
// A village's own entries are written for its citizens and say what holds there, so a global chunk
// needs 1 / 0.7 times the fused score of an own chunk to rank above it. A global chunk ranked first by
// both searches still beats an own chunk ranked below ~25th by both. Development set with 100,000
// filler chunks: hit@1 0.736 -> 0.805 (0.5, which all but always puts own chunks first, scored 0.828,
// but would answer from a loosely related own chunk rather than an exact global one).
// Ranks are taken over own and global chunks together, so many near-identical global chunks on a
// topic push an own chunk down: at 100,000 filler chunks (227 global copies per subject) development
// hit@3 falls to 0.954 (demo) / 0.924 (registry). Ranking each side on its own restored 1.0 / 0.981,
// but in a village with 8 entries of its own and the registry knowledge base global, the bot then
// answered rightly 50 (not 53) of 105 registry questions and 17 (not 22) of 108 in the second set,
// its own office hours or fees given for Disdukcapil's: merged ranks were kept (2026-12-06).
const GLOBAL_FACTOR = 0.7;

// A word added by query expansion (src/knowledge/related-words.ts) counts this much of the concept it
// stands for when the word the citizen typed is in the village's chunks too; when it is not, the added
// words are the concept's only expression there and count fully.
const RELATED_WEIGHT = 0.4;

// Terms arrive as three parallel arrays: the word, the number of its concept, and whether the citizen
// typed it. A concept weighs the IDF of the typed word when the village's chunks hold it, else of its
// rarest related word they hold, else of the typed word (an unknown word still weighs in the
// coverage); a chunk gains a concept's weight once, through its best-matching word.
const SQL = `
WITH terms AS MATERIALIZED (
  SELECT DISTINCT ON (u.concept, lexeme) u.concept, lexeme, u.typed
  FROM unnest($3::text[], $8::int[], $9::bool[]) AS u(word, concept, typed),
       unnest(tsvector_to_array(to_tsvector('indonesian', u.word))) lexeme
  ORDER BY u.concept, lexeme, u.typed DESC
),
own AS MATERIALIZED (
  SELECT id, search_text FROM knowledge_chunks WHERE village_id = $4 AND embedding_model = $2
),
total AS MATERIALIZED (
  SELECT (SELECT count(*) FROM own)
       + (SELECT count(*) FROM knowledge_chunks WHERE village_id IS NULL) AS n
),
lexemes AS MATERIALIZED (
  SELECT DISTINCT lexeme FROM terms
),
own_postings AS MATERIALIZED (
  SELECT o.id, o.dl, o.tl, x.lexeme, 'A' = ANY(x.weights) AS in_title
  FROM (
    -- Each matching chunk's lengths once, not once per word (OFFSET 0 keeps the subquery whole).
    SELECT c.id, c.search_text, length(c.search_text)::float8 AS dl,
           length(ts_filter(c.search_text, '{a}'))::float8 AS tl
    FROM own c, (SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery AS q FROM lexemes) query
    WHERE c.search_text @@ query.q
    OFFSET 0
  ) o
  CROSS JOIN LATERAL unnest(o.search_text) AS x(lexeme, positions, weights)
  WHERE x.lexeme IN (SELECT lexeme FROM lexemes)
),
df AS MATERIALIZED (
  SELECT l.lexeme,
         (SELECT count(*) FROM own_postings o WHERE o.lexeme = l.lexeme)
       + (SELECT count(*) FROM knowledge_global_postings p WHERE p.lexeme = l.lexeme) AS n
  FROM lexemes l
),
idf AS MATERIALIZED (
  SELECT df.lexeme, df.n, ln(1 + (total.n - df.n + 0.5)::float8 / (df.n + 0.5)) AS w FROM df, total
),
concepts AS MATERIALIZED (
  SELECT t.concept,
         coalesce(max(i.w) FILTER (WHERE t.typed AND i.n > 0), max(i.w) FILTER (WHERE i.n > 0),
                  max(i.w) FILTER (WHERE t.typed)) AS w,
         coalesce(bool_or(i.n > 0) FILTER (WHERE t.typed), false) AS typed_known
  FROM terms t JOIN idf i USING (lexeme)
  GROUP BY t.concept
),
weighted AS MATERIALIZED (
  SELECT t.lexeme, t.concept,
         CASE WHEN t.typed OR NOT c.typed_known THEN least(c.w, i.w) ELSE ${RELATED_WEIGHT} * least(c.w, i.w) END AS w
  FROM terms t JOIN idf i USING (lexeme) JOIN concepts c USING (concept)
  WHERE c.w IS NOT NULL
),
matches AS (
  SELECT o.id, true AS own, min(o.dl) AS dl, min(o.tl) AS tl, t.concept, max(t.w) AS w,
         max(t.w) FILTER (WHERE o.in_title) AS tw, count(*) FILTER (WHERE o.in_title) AS tm
  FROM own_postings o JOIN weighted t USING (lexeme)
  GROUP BY o.id, t.concept
  UNION ALL
  SELECT p.chunk_id, false, min(p.chunk_lexemes)::float8, min(p.title_lexemes)::float8, t.concept, max(t.w),
         max(t.w) FILTER (WHERE p.in_title), count(*) FILTER (WHERE p.in_title)
  FROM weighted t JOIN knowledge_global_postings p
    ON p.lexeme = t.lexeme AND p.embedding_model = $2 AND p.lexeme IS NOT NULL
  GROUP BY p.chunk_id, t.concept
),
hits AS MATERIALIZED (
  SELECT id, own, min(dl) AS dl, sum(w) AS w, sum(tw) * least(sum(tm) / greatest(min(tl), 1), 1) AS tw
  FROM matches GROUP BY id, own
),
stats AS MATERIALIZED (
  SELECT greatest(avg(dl), 1)::float8 AS avgdl, (SELECT sum(w) FROM concepts) AS idf_sum FROM hits
),
scored AS MATERIALIZED (
  SELECT h.id, h.own, h.w / a.idf_sum AS coverage, h.tw,
         h.w * ${K1 + 1} / (1 + ${K1} * (${1 - B} + ${B} * h.dl / a.avgdl)) AS s
  FROM hits h, stats a
),
bm25 AS (
  SELECT id, own, coverage, rank() OVER (ORDER BY s DESC) AS rank FROM (
    SELECT * FROM scored ORDER BY s DESC LIMIT $5
  ) top
),
titled AS (
  SELECT id, rank() OVER (ORDER BY tw DESC, s DESC) AS rank FROM (
    SELECT * FROM scored WHERE tw > 0 ORDER BY tw DESC, s DESC LIMIT $5
  ) top
),
vec AS (
  SELECT id, own, rank() OVER (ORDER BY d) AS rank FROM (
    (SELECT id, true AS own, embedding <=> $1::vector AS d FROM knowledge_chunks
     WHERE village_id = $4 AND embedding_model = $2 ORDER BY d LIMIT $5)
    UNION ALL
    (SELECT id, false, embedding <=> $1::vector AS d FROM knowledge_chunks
     WHERE village_id IS NULL AND embedding_model = $2 ORDER BY d LIMIT $5)
    ORDER BY d LIMIT $5
  ) nearest
),
fused AS (
  SELECT id, coalesce(bm25.coverage, 0) AS coverage,
         (coalesce(1.0::float8 / (${RRF_K} + vec.rank), 0) + ${BM25_WEIGHT} * coalesce(1.0::float8 / (${RRF_K} + bm25.rank), 0)
          + ${TITLE_WEIGHT} * coalesce(1.0::float8 / (${RRF_K} + titled.rank), 0))
         * CASE WHEN coalesce(vec.own, bm25.own) THEN 1 ELSE ${GLOBAL_FACTOR} END AS score
  FROM vec FULL OUTER JOIN bm25 USING (id) LEFT JOIN titled USING (id)
)
SELECT c.id AS "chunkId", c.entry_id AS "entryId", e.title, c.content, c.heading, c.position,
       e.category, c.village_id AS "villageId",
       1 - (c.embedding <=> $1::vector) AS similarity, fused.score AS score, fused.coverage AS coverage
FROM fused JOIN knowledge_chunks c ON c.id = fused.id JOIN knowledge_entries e ON e.id = c.entry_id
WHERE 1 - (c.embedding <=> $1::vector) >= $7 OR fused.coverage >= ${MIN_COVERAGE}
ORDER BY fused.score DESC, similarity DESC
LIMIT $6`;

export function createKnowledgeSearchRepository(db: Db) {
  const pool = sqlPoolOf(db);
  return {
    async search(p: SearchParams): Promise<SearchRow[]> {
      const { rows } = await pool.query<SearchRow>({
        name: 'knowledge_search_v5',
        text: SQL,
        values: [
          p.vector,
          p.model,
          p.terms.map((t) => t.word),
          p.villageId,
          p.candidates,
          p.topK,
          p.minSimilarity,
          p.terms.map((t) => t.concept),
          p.terms.map((t) => t.typed),
        ],
      });
      return rows;
    },
  };
}
