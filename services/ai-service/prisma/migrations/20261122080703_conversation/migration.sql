-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "vector";

-- CreateTable
CREATE TABLE "dialogue_states" (
    "conversation_id" TEXT NOT NULL,
    "village_id" TEXT NOT NULL,
    "wa_id" TEXT,
    "state" JSONB NOT NULL,
    "takeover_by" TEXT,
    "takeover_at" TIMESTAMPTZ(3),
    "turns" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "dialogue_states_pkey" PRIMARY KEY ("conversation_id")
);

-- CreateTable
CREATE TABLE "conversation_turns" (
    "id" UUID NOT NULL,
    "village_id" TEXT NOT NULL,
    "conversation_id" TEXT NOT NULL,
    "event_id" UUID,
    "messages" INTEGER NOT NULL,
    "intent" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "outcome" TEXT NOT NULL,
    "resolved_by_bot" BOOLEAN NOT NULL,
    "handoff" BOOLEAN NOT NULL,
    "retrieval_attempted" BOOLEAN NOT NULL,
    "retrieval_hit" BOOLEAN NOT NULL,
    "latency_ms" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "conversation_turns_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "dialogue_states_village_id_idx" ON "dialogue_states"("village_id");

-- CreateIndex
CREATE INDEX "conversation_turns_village_id_created_at_idx" ON "conversation_turns"("village_id", "created_at");
