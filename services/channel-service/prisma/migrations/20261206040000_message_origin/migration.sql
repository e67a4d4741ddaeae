-- Outbound messages say who sent them when it was not a staff member: "notification" for the
-- messages of notification-service, null for the bot's replies.

-- AlterTable
ALTER TABLE "messages" ADD COLUMN     "origin" TEXT;
