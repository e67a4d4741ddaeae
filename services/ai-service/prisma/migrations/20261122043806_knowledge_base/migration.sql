-- CreateTable
CREATE TABLE "knowledge_entries" (
    "id" UUID NOT NULL,
    "village_id" TEXT,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "category" TEXT,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "knowledge_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "knowledge_chunks" (
    "id" UUID NOT NULL,
    "entry_id" UUID NOT NULL,
    "village_id" TEXT,
    "position" INTEGER NOT NULL,
    "heading" TEXT,
    "content" TEXT NOT NULL,
    "embedding_model" TEXT NOT NULL,
    "embedding" vector(768) NOT NULL,
    "search_text" tsvector NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "knowledge_chunks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "knowledge_entries_village_id_idx" ON "knowledge_entries"("village_id");

-- CreateIndex
CREATE INDEX "knowledge_chunks_village_id_embedding_model_idx" ON "knowledge_chunks"("village_id", "embedding_model");

-- CreateIndex
CREATE INDEX "knowledge_chunks_search_text_idx" ON "knowledge_chunks" USING GIN ("search_text");

-- CreateIndex
CREATE UNIQUE INDEX "knowledge_chunks_entry_id_position_key" ON "knowledge_chunks"("entry_id", "position");

-- AddForeignKey
ALTER TABLE "knowledge_chunks" ADD CONSTRAINT "knowledge_chunks_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "knowledge_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written, because Prisma has no HNSW index type: approximate nearest neighbours by cosine
-- distance. The predicate always holds (the column is NOT NULL, and every search filters on the model):
-- it makes this a partial index, which Prisma's diff leaves alone, so the schema shows no drift.
CREATE INDEX "knowledge_chunks_embedding_hnsw_idx" ON "knowledge_chunks" USING hnsw ("embedding" vector_cosine_ops) WHERE "embedding_model" IS NOT NULL;
