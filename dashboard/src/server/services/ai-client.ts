// ai-service's internal API as the dashboard uses it: knowledge entries, documents, the stateless
// test of the bot, analytics. ai-service keys entries and documents by id alone, so callers check
// the owner village (domain/access.ts mayChangeKnowledge) before any change.
import type { AiAnalytics } from '../../domain/analytics.ts';
import type { BotTrial, DocumentChunk, KnowledgeDocument, KnowledgeEntry } from '../../domain/knowledge.ts';
import { readServiceJson, serviceFetch, serviceJson, UpstreamProblem } from './internal-fetch.ts';

const enc = encodeURIComponent;

export interface EntryInput {
  title: string;
  content: string;
  category?: string;
}

export const aiClient = {
  async entries(villageId: string): Promise<KnowledgeEntry[]> {
    const all: KnowledgeEntry[] = [];
    // Paged by 200 (the route's maximum); a village's base is a few hundred entries at most.
    for (let offset = 0; offset < 2000; offset += 200) {
      const page = await serviceJson<{ entries: KnowledgeEntry[] }>(
        'ai',
        `/internal/knowledge?villageId=${enc(villageId)}&limit=200&offset=${offset}`,
      );
      all.push(...page.entries);
      if (page.entries.length < 200) break;
    }
    return all;
  },
  entry(id: string) {
    return serviceJson<KnowledgeEntry & { chunks: number }>('ai', `/internal/knowledge/${enc(id)}`);
  },
  createEntry(villageId: string | null, input: EntryInput) {
    return serviceJson<{ id: string }>('ai', '/internal/knowledge', {
      method: 'POST',
      body: { ...input, ...(villageId ? { villageId } : {}) },
    });
  },
  replaceEntry(id: string, input: EntryInput) {
    return serviceJson<{ id: string }>('ai', `/internal/knowledge/${enc(id)}`, {
      method: 'PUT',
      body: input,
    });
  },
  deleteEntry(id: string) {
    return serviceJson<Record<string, never>>('ai', `/internal/knowledge/${enc(id)}`, { method: 'DELETE' });
  },
  documents(villageId: string) {
    return serviceJson<{ documents: KnowledgeDocument[] }>(
      'ai',
      `/internal/documents?villageId=${enc(villageId)}&limit=200`,
    );
  },
  document(id: string) {
    return serviceJson<KnowledgeDocument & { chunks: DocumentChunk[] }>(
      'ai',
      `/internal/documents/${enc(id)}`,
    );
  },
  deleteDocument(id: string) {
    return serviceJson<Record<string, never>>('ai', `/internal/documents/${enc(id)}`, { method: 'DELETE' });
  },
  /** Multipart to `POST /internal/documents/process`; processing is synchronous, the answer is the document. */
  async uploadDocument(form: FormData): Promise<KnowledgeDocument> {
    let res: Response;
    try {
      res = await serviceFetch('ai', '/internal/documents/process', { method: 'POST', body: form });
    } catch (err) {
      throw new UpstreamProblem(502, 'UPSTREAM_UNREACHABLE', 'Layanan ai tidak dapat dihubungi.', {
        cause: String(err),
      });
    }
    return readServiceJson<KnowledgeDocument>('ai', res);
  },
  analytics(villageId: string, from: Date, to: Date) {
    const params = new URLSearchParams({ villageId, from: from.toISOString(), to: to.toISOString() });
    return serviceJson<AiAnalytics>('ai', `/internal/analytics?${params}`);
  },
  tryBot(villageId: string, text: string) {
    return serviceJson<BotTrial>('ai', '/internal/process-message', {
      method: 'POST',
      body: { villageId, text },
    });
  },
};
