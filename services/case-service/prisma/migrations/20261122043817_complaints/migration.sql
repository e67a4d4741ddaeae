-- CreateTable
CREATE TABLE "case_villages" (
    "id" TEXT NOT NULL,
    "seeded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_villages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint_day_counters" (
    "day" TEXT NOT NULL,
    "last_value" INTEGER NOT NULL,

    CONSTRAINT "complaint_day_counters_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "complaints" (
    "id" TEXT NOT NULL,
    "village_id" TEXT NOT NULL,
    "reporter_wa_id" TEXT,
    "reporter_name" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "address" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "media_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "priority" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "conversation_id" TEXT,
    "possible_duplicate_of" TEXT,
    "merged_into" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verified_at" TIMESTAMPTZ(3),
    "resolved_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "verification_due_at" TIMESTAMPTZ(3) NOT NULL,
    "resolution_due_at" TIMESTAMPTZ(3) NOT NULL,
    -- Hand-edited: generated from description and address for Indonesian full-text search.
    "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('indonesian'::regconfig, description || ' ' || coalesce(address, ''))) STORED,

    CONSTRAINT "complaints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint_history" (
    "id" BIGSERIAL NOT NULL,
    "complaint_id" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "from_status" TEXT,
    "to_status" TEXT NOT NULL,
    "note" TEXT,
    "photo_media_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "complaint_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_keys" (
    "village_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "complaint_id" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("village_id","key")
);

-- CreateTable
CREATE TABLE "categories" (
    "village_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "default_priority" TEXT NOT NULL,
    "verify_sla_hours" INTEGER NOT NULL,
    "resolve_sla_hours" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "categories_pkey" PRIMARY KEY ("village_id","slug")
);

-- CreateTable
CREATE TABLE "holidays" (
    "village_id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "holidays_pkey" PRIMARY KEY ("village_id","date")
);

-- CreateIndex
CREATE INDEX "complaints_village_id_created_at_id_idx" ON "complaints"("village_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "complaints_village_id_status_idx" ON "complaints"("village_id", "status");

-- CreateIndex
CREATE INDEX "complaints_village_id_reporter_wa_id_idx" ON "complaints"("village_id", "reporter_wa_id");

-- CreateIndex
CREATE INDEX "complaints_search_vector_idx" ON "complaints" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "complaint_history_complaint_id_id_idx" ON "complaint_history"("complaint_id", "id");

-- AddForeignKey
ALTER TABLE "complaint_history" ADD CONSTRAINT "complaint_history_complaint_id_fkey" FOREIGN KEY ("complaint_id") REFERENCES "complaints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

