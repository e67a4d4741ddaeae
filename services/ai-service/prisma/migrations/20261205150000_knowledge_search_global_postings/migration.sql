-- Knowledge search at scale. Global chunks (visible to every village) are thousands, and a question's
-- common words ("desa", "hari") matched most of them: counting their IDF and ranking them through the
-- GIN index meant visiting one heap page per matching chunk (~30 ms at 100,000 chunks). Their words
-- now also live in a narrow postings table read by index-only scans, kept by a trigger.

-- CreateTable
CREATE TABLE "knowledge_global_postings" (
    "chunk_id" UUID NOT NULL,
    "lexeme" TEXT NOT NULL,
    "embedding_model" TEXT NOT NULL,
    "chunk_lexemes" INTEGER NOT NULL,

    CONSTRAINT "knowledge_global_postings_pkey" PRIMARY KEY ("chunk_id","lexeme")
);

-- AddForeignKey
ALTER TABLE "knowledge_global_postings" ADD CONSTRAINT "knowledge_global_postings_chunk_id_fkey" FOREIGN KEY ("chunk_id") REFERENCES "knowledge_chunks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written from here (Prisma has no INCLUDE columns, triggers or storage parameters, and the index is
-- partial, with a predicate that always holds, so Prisma's diff leaves it alone).

-- A word's postings in one index range, with all that BM25 needs: document frequency and scoring
-- without a heap visit.
CREATE INDEX "knowledge_global_postings_lexeme_idx" ON "knowledge_global_postings" ("lexeme", "embedding_model") INCLUDE ("chunk_id", "chunk_lexemes") WHERE "lexeme" IS NOT NULL;

-- One row per distinct word of each global chunk, with the chunk's number of distinct words (BM25's
-- document length). Chunks are replaced rather than edited, but a re-embed changes their model.
-- The body is an E'' string with \073 for each semicolon: the migration runner (Prisma's pg adapter)
-- splits a script at every semicolon, even one inside dollar quotes or a comment.
CREATE FUNCTION "knowledge_global_postings_sync"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' THEN
    DELETE FROM knowledge_global_postings WHERE chunk_id = OLD.id\073
  END IF\073
  IF NEW.village_id IS NULL THEN
    INSERT INTO knowledge_global_postings (chunk_id, lexeme, embedding_model, chunk_lexemes)
    SELECT NEW.id, w.lexeme, NEW.embedding_model, length(NEW.search_text)
    FROM unnest(NEW.search_text) w\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "knowledge_chunks_global_postings"
AFTER INSERT OR UPDATE OF "village_id", "embedding_model", "search_text" ON "knowledge_chunks"
FOR EACH ROW EXECUTE FUNCTION "knowledge_global_postings_sync"();

INSERT INTO "knowledge_global_postings" ("chunk_id", "lexeme", "embedding_model", "chunk_lexemes")
SELECT c."id", w.lexeme, c."embedding_model", length(c."search_text")
FROM "knowledge_chunks" c, unnest(c."search_text") w
WHERE c."village_id" IS NULL;

-- Global words are read from the postings now.
DROP INDEX IF EXISTS "knowledge_chunks_global_search_text_idx";

-- Keep a chunk's vector (3 KB) in the row instead of TOAST: ranking a village's own chunks exactly
-- read five pages per chunk to reassemble it. Rows stay under a page (chunks are at most ~800
-- characters). Applies to rows written from now on: older rows move in as they are re-saved.
ALTER TABLE "knowledge_chunks" SET (toast_tuple_target = 8160);
