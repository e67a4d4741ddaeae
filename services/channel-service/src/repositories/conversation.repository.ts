// Conversations: found or opened for a citizen, read with their 24-hour window and takeover state.
import { conversationIdFor } from '../domain/conversation-id.ts';
import type { Conversation } from '../generated/prisma/client.ts';
import type { Db } from './prisma-client.ts';

export type ConversationRow = Conversation;

export function createConversationRepository(db: Db) {
  return {
    findById(id: string): Promise<ConversationRow | null> {
      return db.conversation.findUnique({ where: { id } });
    },

    /** The citizen's conversation in the village, opened if they never wrote. */
    ensure(villageId: string, waId: string): Promise<ConversationRow> {
      return db.conversation.upsert({
        where: { villageId_waId: { villageId, waId } },
        create: { id: conversationIdFor(villageId, waId), villageId, waId },
        update: {},
      });
    },

    async touchTakeover(id: string): Promise<void> {
      await db.conversation.updateMany({
        where: { id, status: 'takeover' },
        data: { takeoverActivityAt: new Date() },
      });
    },
  };
}
