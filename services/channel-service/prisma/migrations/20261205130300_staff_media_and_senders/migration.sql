-- Staff uploads are media without a message or a WhatsApp media id, marked with who uploaded them.
-- AlterTable
ALTER TABLE "media" ADD COLUMN     "uploaded_by" TEXT,
ALTER COLUMN "message_id" DROP NOT NULL,
ALTER COLUMN "wa_media_id" DROP NOT NULL;

-- Who sent each outbound message: a staff member, or null for the bot.
-- AlterTable
ALTER TABLE "messages" ADD COLUMN     "admin_id" TEXT,
ADD COLUMN     "admin_name" TEXT;
