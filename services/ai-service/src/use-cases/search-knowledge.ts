// Hybrid knowledge search (POST /internal/knowledge/search): embed the query with the configured
// model, fuse vector and full-text ranks, keep what clears the relevance floor.
import type { AiDeps } from '../deps.ts';
import { toVectorLiteral } from '../knowledge/embedding-model.ts';
import { queryConcepts } from '../knowledge/related-words.ts';
import {
  createKnowledgeSearchRepository,
  type SearchParams,
} from '../repositories/knowledge-search.repository.ts';

export interface KnowledgeHit {
  id: string;
  title: string;
  content: string;
  score: number;
  similarity: number;
  /** Share of the query's IDF weight carried by words the chunk holds (0 to 1): a lexical match's strength. */
  coverage: number;
  source: {
    entryId: string;
    title: string;
    position: number;
    heading: string | null;
    category: string | null;
    villageId: string | null;
  };
}

/** The full-text terms of a query: each topic word (normalised as chunks are) and its related words. */
export function fullTextTerms(query: string): SearchParams['terms'] {
  return queryConcepts(query).flatMap((c, concept) => [
    { word: c.word, concept, typed: true },
    ...c.related.map((word) => ({ word, concept, typed: false })),
  ]);
}

export async function searchKnowledge(
  deps: Pick<AiDeps, 'db' | 'embeddings' | 'config'>,
  input: { query: string; villageId?: string; topK?: number },
): Promise<KnowledgeHit[]> {
  const [vector] = await deps.embeddings.embed([input.query], 'query');
  const rows = await createKnowledgeSearchRepository(deps.db).search({
    vector: toVectorLiteral(vector!),
    model: deps.embeddings.id,
    terms: fullTextTerms(input.query),
    villageId: input.villageId ?? null,
    candidates: deps.config.KNOWLEDGE_CANDIDATES,
    topK: input.topK ?? 5,
    minSimilarity: deps.config.KNOWLEDGE_MIN_SIMILARITY,
  });
  return rows.map((r) => ({
    id: r.chunkId,
    title: r.title,
    content: r.content,
    score: Math.round(r.score * 1e6) / 1e6,
    similarity: Math.round(r.similarity * 1e4) / 1e4,
    coverage: Math.round(r.coverage * 1e4) / 1e4,
    source: {
      entryId: r.entryId,
      title: r.title,
      position: r.position,
      heading: r.heading,
      category: r.category,
      villageId: r.villageId,
    },
  }));
}
