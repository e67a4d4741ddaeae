// The knowledge base as the dashboard shows it: which uploads are accepted, how entries and documents
// are grouped, and the Indonesian words for a document's processing status. Pure, for pages and tests.
export const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'txt', 'md'] as const;
export const DOCUMENT_ACCEPT = '.pdf,.docx,.txt,.md';
/** ai-service's default DOCUMENT_MAX_BYTES; the service checks again. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

export interface KnowledgeEntry {
  id: string;
  villageId: string | null;
  title: string;
  content: string;
  category: string | null;
  source: string;
  createdAt: string;
  updatedAt: string;
}

export type DocumentStatus = 'received' | 'processing' | 'ready' | 'failed';

export interface KnowledgeDocument {
  id: string;
  villageId: string | null;
  filename: string;
  title: string;
  category: string | null;
  mediaType: string;
  sizeBytes: number;
  status: DocumentStatus;
  failureReason: string | null;
  chunkCount: number | null;
  createdAt: string;
  updatedAt: string;
  processedAt: string | null;
}

export interface DocumentChunk {
  id: string;
  position: number;
  heading: string | null;
  content: string;
  embeddingModel: string;
}

/** ai-service's process-message answer, as the test box shows it. */
export interface BotTrial {
  reply: string;
  interactive?: unknown;
  handoff?: { reason: string };
  trace: {
    intent: string;
    confidence: number;
    outcome: string;
    sources: { entryId: string; title: string; similarity: number; score: number }[];
    timingsMs?: Record<string, number>;
  };
}

/** The entries the bot found, once each (several chunks of one entry are one source), best first. */
export function distinctSources(sources: BotTrial['trace']['sources']) {
  const best = new Map<string, { entryId: string; title: string; similarity: number; chunks: number }>();
  for (const s of sources) {
    const seen = best.get(s.entryId);
    if (seen) {
      seen.chunks += 1;
      seen.similarity = Math.max(seen.similarity, s.similarity);
    } else best.set(s.entryId, { entryId: s.entryId, title: s.title, similarity: s.similarity, chunks: 1 });
  }
  return [...best.values()].sort((a, b) => b.similarity - a.similarity);
}

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  received: 'Diterima',
  processing: 'Diproses',
  ready: 'Siap dipakai bot',
  failed: 'Gagal diproses',
};

/** Why an upload is refused before it leaves the dashboard, or null when it may go on. */
export function uploadProblem(filename: string, sizeBytes: number): string | null {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  if (!filename.includes('.') || !(DOCUMENT_EXTENSIONS as readonly string[]).includes(ext))
    return 'Jenis berkas tidak didukung. Unggah PDF, DOCX, TXT atau MD.';
  if (sizeBytes === 0) return 'Berkas kosong.';
  if (sizeBytes > DOCUMENT_MAX_BYTES) return 'Berkas terlalu besar (maksimal 10 MB).';
  return null;
}

/**
 * Entries written by hand, the village's first, then global ones. An uploaded document is also an
 * entry (same id, source "document"): it is listed with the documents, not here, and changed by
 * uploading it again.
 */
export function manualEntries(entries: KnowledgeEntry[]): KnowledgeEntry[] {
  return entries
    .filter((e) => e.source !== 'document')
    .sort(
      (a, b) =>
        Number(a.villageId === null) - Number(b.villageId === null) || a.title.localeCompare(b.title, 'id'),
    );
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1).replace('.', ',')} KB`;
  return `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
