-- The batch flusher reads the pending inbound messages of the conversations it claims. Through the
-- (conversation_id, sent_at, id) index it visited every message those conversations ever had, so its
-- transaction, which holds the batch rows intake waits on, grew with the history: 20 to 47 ms per
-- 100 conversations after 50,000 messages in the intake bench. Only pending rows are in this index.
-- Declared in SQL only: Prisma has no partial indexes (schema.prisma says so at the model).
CREATE INDEX "messages_pending_idx" ON "messages" ("conversation_id", "sent_at", "created_at")
  WHERE "direction" = 'inbound' AND "status" = 'pending';
