-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('pending', 'sent', 'delivered', 'read', 'failed');

-- CreateTable
CREATE TABLE "notification_villages" (
    "id" TEXT NOT NULL,
    "seeded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_villages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_templates" (
    "id" UUID NOT NULL,
    "village_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "wa_template_name" TEXT NOT NULL,
    "wa_template_language" TEXT NOT NULL,
    "wa_template_params" TEXT[],
    "updated_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_templates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "on_duty_staff" (
    "id" UUID NOT NULL,
    "village_id" TEXT NOT NULL,
    "wa_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "on_duty_staff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint_contacts" (
    "complaint_id" TEXT NOT NULL,
    "village_id" TEXT NOT NULL,
    "reporter_wa_id" TEXT,
    "reporter_name" TEXT,
    "category" TEXT NOT NULL,
    "priority" TEXT NOT NULL,
    "confidential" BOOLEAN NOT NULL,
    "anonymous" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "complaint_contacts_pkey" PRIMARY KEY ("complaint_id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "village_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "event_occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "correlation_id" TEXT NOT NULL,
    "complaint_id" TEXT,
    "template_id" UUID,
    "rendered_text" TEXT NOT NULL,
    "wa_template" JSONB,
    "sent_as" TEXT,
    "force_template" BOOLEAN NOT NULL DEFAULT false,
    "status" "NotificationStatus" NOT NULL DEFAULT 'pending',
    "error_code" INTEGER,
    "failure_reason" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),
    "send_key" TEXT,
    "wamid" TEXT,
    "channel_message_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_attempt_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),
    "read_at" TIMESTAMPTZ(3),
    "failed_at" TIMESTAMPTZ(3),
    "dead_lettered_at" TIMESTAMPTZ(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "early_receipts" (
    "wamid" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "error_code" INTEGER,
    "error_title" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "early_receipts_pkey" PRIMARY KEY ("wamid","status")
);

-- CreateIndex
CREATE UNIQUE INDEX "notification_templates_village_id_type_key" ON "notification_templates"("village_id", "type");

-- CreateIndex
CREATE UNIQUE INDEX "on_duty_staff_village_id_wa_id_key" ON "on_duty_staff"("village_id", "wa_id");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_wamid_key" ON "notifications"("wamid");

-- CreateIndex
CREATE INDEX "notifications_status_next_attempt_at_idx" ON "notifications"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "notifications_village_id_recipient_last_attempt_at_idx" ON "notifications"("village_id", "recipient", "last_attempt_at");

-- CreateIndex
CREATE INDEX "notifications_village_id_created_at_idx" ON "notifications"("village_id", "created_at");

-- CreateIndex
CREATE INDEX "notifications_complaint_id_idx" ON "notifications"("complaint_id");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_event_id_recipient_key" ON "notifications"("event_id", "recipient");

-- CreateIndex
CREATE INDEX "early_receipts_received_at_idx" ON "early_receipts"("received_at");
