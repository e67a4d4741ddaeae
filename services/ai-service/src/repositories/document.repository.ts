// Uploaded documents in gc_ai and the knowledge entry (same id, source `document`) holding their
// text. Status changes and chunk replacement happen in one transaction, so `ready` always means the
// chunks are in place and `failed` means none are.
import type { Db } from './prisma-client.ts';
import { insertChunks, type NewChunk, type Tx } from './knowledge.repository.ts';

export type DocumentStatus = 'received' | 'processing' | 'ready' | 'failed';

export interface KnowledgeDocument {
  id: string;
  villageId: string | null;
  filename: string;
  title: string;
  category: string | null;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  status: string;
  failureReason: string | null;
  chunkCount: number;
  createdAt: Date;
  updatedAt: Date;
  processedAt: Date | null;
}

export interface DocumentUpload {
  villageId: string | null;
  filename: string;
  title: string;
  category: string | null;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

export interface DocumentChunk {
  id: string;
  position: number;
  heading: string | null;
  content: string;
  embeddingModel: string;
}

async function removeEntry(tx: Tx, id: string) {
  await tx.knowledgeEntry.deleteMany({ where: { id } }); // its chunks go by cascade
}

export function createDocumentRepository(db: Db) {
  return {
    /**
     * The row an upload goes to, now `received`: the given document, or the village's document of
     * the same file name, or a new one. A lock on (village, name) keeps two uploads from both creating.
     */
    async receive(upload: DocumentUpload, documentId?: string) {
      return db.$transaction(async (tx) => {
        const data = { ...upload, status: 'received', failureReason: null };
        if (documentId) {
          const document = await tx.knowledgeDocument.update({ where: { id: documentId }, data });
          return { document, created: false };
        }
        await tx.$executeRawUnsafe(
          `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`,
          `document:${upload.villageId ?? ''}:${upload.filename}`,
        );
        const existing = await tx.knowledgeDocument.findFirst({
          where: { villageId: upload.villageId, filename: upload.filename },
          orderBy: { createdAt: 'asc' },
        });
        if (existing) {
          const document = await tx.knowledgeDocument.update({ where: { id: existing.id }, data });
          return { document, created: false };
        }
        return { document: await tx.knowledgeDocument.create({ data }), created: true };
      });
    },

    setStatus(id: string, status: DocumentStatus): Promise<KnowledgeDocument> {
      return db.knowledgeDocument.update({ where: { id }, data: { status } });
    },

    async fail(id: string, reason: string): Promise<KnowledgeDocument> {
      return db.$transaction(async (tx) => {
        await removeEntry(tx, id);
        return tx.knowledgeDocument.update({
          where: { id },
          data: {
            status: 'failed',
            failureReason: reason.slice(0, 1000),
            chunkCount: 0,
            processedAt: new Date(),
          },
        });
      });
    },

    /** Replaces the document's entry and chunks, and marks it ready. */
    async complete(document: KnowledgeDocument, text: string, model: string, chunks: readonly NewChunk[]) {
      return db.$transaction(async (tx) => {
        const fields = {
          title: document.title,
          content: text,
          category: document.category,
          villageId: document.villageId,
          source: 'document',
        };
        const entry = await tx.knowledgeEntry.upsert({
          where: { id: document.id },
          create: { id: document.id, ...fields },
          update: fields,
        });
        await tx.knowledgeChunk.deleteMany({ where: { entryId: document.id } });
        await insertChunks(tx, entry, model, chunks);
        return tx.knowledgeDocument.update({
          where: { id: document.id },
          data: { status: 'ready', failureReason: null, chunkCount: chunks.length, processedAt: new Date() },
        });
      });
    },

    find(id: string): Promise<KnowledgeDocument | null> {
      return db.knowledgeDocument.findUnique({ where: { id } });
    },

    list(filter: { villageId?: string; status?: string; limit: number; offset: number }) {
      return db.knowledgeDocument.findMany({
        where: {
          ...(filter.villageId ? { OR: [{ villageId: filter.villageId }, { villageId: null }] } : {}),
          ...(filter.status ? { status: filter.status } : {}),
        },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: filter.limit,
        skip: filter.offset,
      });
    },

    chunks(id: string): Promise<DocumentChunk[]> {
      return db.knowledgeChunk.findMany({
        where: { entryId: id },
        orderBy: { position: 'asc' },
        select: { id: true, position: true, heading: true, content: true, embeddingModel: true },
      });
    },

    async delete(id: string): Promise<boolean> {
      return db.$transaction(async (tx) => {
        await removeEntry(tx, id);
        const { count } = await tx.knowledgeDocument.deleteMany({ where: { id } });
        return count > 0;
      });
    },
  };
}
