// Processes one uploaded document: record it (received), read its text (processing), split it under
// its headings, embed the chunks and store them as the document's knowledge entry (ready). A file
// that cannot be read, or embeddings that fail, leave it `failed` with the reason, never a 500.
import { AppError, isAppError } from '@govconnect/service-kit';
import { createHash } from 'node:crypto';
import type { AiDeps } from '../deps.ts';
import { toVectorLiteral } from '../knowledge/embedding-model.ts';
import { documentFormat, MEDIA_TYPES, titleFromFilename } from '../knowledge/documents/document-format.ts';
import {
  DocumentUnreadableError,
  extractDocumentText,
} from '../knowledge/documents/extract-document-text.ts';
import { splitText } from '../knowledge/split-text.ts';
import { createDocumentRepository, type KnowledgeDocument } from '../repositories/document.repository.ts';

export interface DocumentUploadInput {
  filename: string;
  mediaType?: string;
  bytes: Uint8Array;
  villageId?: string;
  title?: string;
  category?: string;
  /** Replace this document instead of matching by file name. */
  documentId?: string;
}

type Deps = Pick<AiDeps, 'db' | 'embeddings' | 'config' | 'logger'>;

export async function processDocument(
  deps: Deps,
  input: DocumentUploadInput,
): Promise<{ document: KnowledgeDocument; created: boolean }> {
  const format = documentFormat(input.filename, input.mediaType);
  if (!format) {
    throw new AppError({
      code: 'UNSUPPORTED_DOCUMENT_TYPE',
      status: 415,
      message: `${input.filename} is not a PDF, DOCX, TXT or MD file.`,
      details: { accepted: ['.pdf', '.docx', '.txt', '.md'] },
    });
  }
  const repo = createDocumentRepository(deps.db);
  let villageId = input.villageId ?? null;
  if (input.documentId) {
    const existing = await repo.find(input.documentId);
    if (!existing) throw AppError.notFound('DOCUMENT_NOT_FOUND', `No document ${input.documentId}.`);
    villageId = existing.villageId; // a document stays in its village
  }
  const { document, created } = await repo.receive(
    {
      villageId,
      filename: input.filename,
      title: input.title ?? titleFromFilename(input.filename),
      category: input.category ?? null,
      mediaType: MEDIA_TYPES[format],
      sizeBytes: input.bytes.byteLength,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
    },
    input.documentId,
  );
  await repo.setStatus(document.id, 'processing');
  try {
    const text = await extractDocumentText(format, input.bytes);
    const pieces = await splitText(text);
    if (pieces.length > deps.config.DOCUMENT_MAX_CHUNKS) {
      throw new DocumentUnreadableError(
        `the document splits into ${pieces.length} chunks, more than DOCUMENT_MAX_CHUNKS (${deps.config.DOCUMENT_MAX_CHUNKS})`,
      );
    }
    const vectors = await deps.embeddings.embed(
      pieces.map((p) => [document.title, p.heading, p.content].filter(Boolean).join('\n')),
      'document',
    );
    const chunks = pieces.map((p, i) => ({ ...p, embedding: toVectorLiteral(vectors[i]!) }));
    return { document: await repo.complete(document, text, deps.embeddings.id, chunks), created };
  } catch (err) {
    const failed = await repo.fail(document.id, failureReason(err));
    deps.logger.warn('document processing failed', { documentId: failed.id, reason: failed.failureReason });
    const details = { documentId: failed.id, documentStatus: failed.status, reason: failed.failureReason };
    if (err instanceof DocumentUnreadableError) {
      throw AppError.unprocessable('DOCUMENT_UNREADABLE', `${input.filename}: ${err.message}.`, details);
    }
    if (isAppError(err)) {
      const { code, status, message } = err;
      throw new AppError({ code, status, message, details: { ...err.details, ...details }, cause: err });
    }
    throw err; // a bug, not the file's fault: a 500 with an errorId; the document says `failed`
  }
}

function failureReason(err: unknown): string {
  if (err instanceof DocumentUnreadableError || isAppError(err)) return err.message;
  return `processing failed: ${err instanceof Error ? err.message : String(err)}`;
}
