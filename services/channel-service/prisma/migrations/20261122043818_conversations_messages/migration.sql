-- CreateEnum
CREATE TYPE "conversation_status" AS ENUM ('bot', 'takeover', 'handoff_requested');

-- CreateTable
CREATE TABLE "conversations" (
    "id" UUID NOT NULL,
    "village_id" TEXT NOT NULL,
    "wa_id" TEXT NOT NULL,
    "profile_name" TEXT,
    "status" "conversation_status" NOT NULL DEFAULT 'bot',
    "unread_count" INTEGER NOT NULL DEFAULT 0,
    "last_inbound_at" TIMESTAMPTZ(3),
    "last_message_at" TIMESTAMPTZ(3),
    "handoff_reason" TEXT,
    "takeover_admin_id" TEXT,
    "takeover_admin_name" TEXT,
    "takeover_reason" TEXT,
    "takeover_started_at" TIMESTAMPTZ(3),
    "takeover_activity_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "conversations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "messages" (
    "id" UUID NOT NULL,
    "village_id" TEXT NOT NULL,
    "conversation_id" UUID NOT NULL,
    "wamid" TEXT,
    "direction" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "text" TEXT,
    "context_id" TEXT,
    "forwarded" BOOLEAN NOT NULL DEFAULT false,
    "content" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "error_code" INTEGER,
    "error_title" TEXT,
    "source_event_id" TEXT,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "message_status_events" (
    "wamid" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "village_id" TEXT NOT NULL,
    "error_code" INTEGER,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_status_events_pkey" PRIMARY KEY ("wamid","status")
);

-- CreateTable
CREATE TABLE "pending_batches" (
    "conversation_id" UUID NOT NULL,
    "village_id" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pending_batches_pkey" PRIMARY KEY ("conversation_id")
);

-- CreateIndex
CREATE INDEX "conversations_village_id_last_message_at_idx" ON "conversations"("village_id", "last_message_at");

-- CreateIndex
CREATE UNIQUE INDEX "conversations_village_id_wa_id_key" ON "conversations"("village_id", "wa_id");

-- CreateIndex
CREATE UNIQUE INDEX "messages_wamid_key" ON "messages"("wamid");

-- CreateIndex
CREATE UNIQUE INDEX "messages_source_event_id_key" ON "messages"("source_event_id");

-- CreateIndex
CREATE INDEX "messages_conversation_id_sent_at_id_idx" ON "messages"("conversation_id", "sent_at", "id");

-- CreateIndex
CREATE INDEX "pending_batches_due_at_idx" ON "pending_batches"("due_at");

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
