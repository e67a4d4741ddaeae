-- Knowledge search ranks entry titles as a third list: a global chunk's postings say which of its words
-- are title words (weight A in search_text) and how many words its title has, as a village's own
-- chunks say through their tsvector.

-- AlterTable
ALTER TABLE "knowledge_global_postings" ADD COLUMN     "in_title" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "title_lexemes" INTEGER NOT NULL DEFAULT 0;

-- Hand-written from here (see 20261205150000_knowledge_search_global_postings).

-- The covering index carries the title columns too, so scoring stays an index-only scan.
DROP INDEX "knowledge_global_postings_lexeme_idx";
CREATE INDEX "knowledge_global_postings_lexeme_idx" ON "knowledge_global_postings" ("lexeme", "embedding_model") INCLUDE ("chunk_id", "chunk_lexemes", "in_title", "title_lexemes") WHERE "lexeme" IS NOT NULL;

CREATE OR REPLACE FUNCTION "knowledge_global_postings_sync"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' THEN
    DELETE FROM knowledge_global_postings WHERE chunk_id = OLD.id\073
  END IF\073
  IF NEW.village_id IS NULL THEN
    INSERT INTO knowledge_global_postings (chunk_id, lexeme, embedding_model, chunk_lexemes, in_title, title_lexemes)
    SELECT NEW.id, w.lexeme, NEW.embedding_model, length(NEW.search_text), ''A'' = ANY(w.weights),
           length(ts_filter(NEW.search_text, ''{a}''))
    FROM unnest(NEW.search_text) w\073
  END IF\073
  RETURN NULL\073
END';

UPDATE "knowledge_global_postings" p
SET "in_title" = 'A' = ANY(w.weights), "title_lexemes" = length(ts_filter(c."search_text", '{a}'))
FROM "knowledge_chunks" c, unnest(c."search_text") w
WHERE c."id" = p."chunk_id" AND w.lexeme = p."lexeme";
