// Re-embeds every chunk (or only those of `fromModel`) with the configured embedding model, in
// batches; each batch is committed on its own, so running it again after a failure resumes.
import type { AiDeps } from '../deps.ts';
import { toVectorLiteral } from '../knowledge/embedding-model.ts';
import { createReembedRepository } from '../repositories/reembed.repository.ts';

export interface ReembedOptions {
  fromModel?: string;
  batchSize: number;
  onBatch?: (progress: { done: number; total: number }) => void;
}

export async function reembedChunks(
  deps: Pick<AiDeps, 'db' | 'embeddings'>,
  options: ReembedOptions,
): Promise<{ reembedded: number; model: string }> {
  const repo = createReembedRepository(deps.db);
  const target = deps.embeddings.id;
  const total = await repo.count(target, options.fromModel);
  let done = 0;
  for (;;) {
    const batch = await repo.nextBatch(target, options.fromModel, options.batchSize);
    if (batch.length === 0) break;
    // The same text save-knowledge-entry and process-document embed: title, heading, content.
    const vectors = await deps.embeddings.embed(
      batch.map((c) => [c.title, c.heading, c.content].filter(Boolean).join('\n')),
      'document',
    );
    await repo.write(
      target,
      batch.map((c, i) => ({ id: c.id, embedding: toVectorLiteral(vectors[i]!) })),
    );
    done += batch.length;
    options.onBatch?.({ done, total });
  }
  return { reembedded: done, model: target };
}
