// Creates or replaces a knowledge entry: split its text, embed every chunk, store entry and chunks
// in one transaction (re-saving replaces the old chunks).
import { AppError } from '@govconnect/service-kit';
import type { AiDeps } from '../deps.ts';
import { toVectorLiteral } from '../knowledge/embedding-model.ts';
import { splitText } from '../knowledge/split-text.ts';
import {
  createKnowledgeRepository,
  type EntryInput,
  type KnowledgeEntry,
  type NewChunk,
} from '../repositories/knowledge.repository.ts';

type Deps = Pick<AiDeps, 'db' | 'embeddings'>;

async function chunksOf(deps: Deps, input: EntryInput): Promise<NewChunk[]> {
  const pieces = await splitText(input.content);
  const vectors = await deps.embeddings.embed(
    pieces.map((p) => [input.title, p.heading, p.content].filter(Boolean).join('\n')),
  );
  return pieces.map((p, i) => ({ ...p, embedding: toVectorLiteral(vectors[i]!) }));
}

export async function createKnowledgeEntry(deps: Deps, input: EntryInput): Promise<KnowledgeEntry> {
  const chunks = await chunksOf(deps, input);
  return createKnowledgeRepository(deps.db).create(input, deps.embeddings.id, chunks);
}

export async function replaceKnowledgeEntry(
  deps: Deps,
  id: string,
  input: EntryInput,
): Promise<KnowledgeEntry> {
  const repo = createKnowledgeRepository(deps.db);
  const existing = await repo.find(id);
  if (!existing) throw AppError.notFound('KNOWLEDGE_ENTRY_NOT_FOUND', `No knowledge entry ${id}.`);
  const merged = { ...input, villageId: existing.villageId };
  return repo.replace(id, merged, deps.embeddings.id, await chunksOf(deps, merged));
}
