-- Hand-written (Prisma has no HNSW index type and does not diff partial indexes, so the schema shows
-- no drift). Knowledge search filters by village before it ranks: the chunks of a village are read
-- through the btree on (village_id, embedding_model) and compared exactly, and global chunks, which every
-- village sees, get their own partial indexes, so a search never walks the chunks of other villages.

-- The corpus-wide HNSW index made a filtered search scan past every other village neighbours.
DROP INDEX IF EXISTS "knowledge_chunks_embedding_hnsw_idx";

-- Approximate nearest neighbours by cosine distance among global chunks only.
CREATE INDEX "knowledge_chunks_global_embedding_hnsw_idx" ON "knowledge_chunks" USING hnsw ("embedding" vector_cosine_ops) WHERE "village_id" IS NULL;

-- Full-text postings of global chunks only (IDF counts and candidates of the BM25 side).
CREATE INDEX "knowledge_chunks_global_search_text_idx" ON "knowledge_chunks" USING GIN ("search_text") WHERE "village_id" IS NULL;
