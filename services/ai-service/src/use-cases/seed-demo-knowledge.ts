// The demo knowledge base of Desa Sukamaju (data/knowledge/desa-sukamaju.json), so `npm start`
// answers real questions. Safe to run again: an entry with the same title is replaced.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AiDeps } from '../deps.ts';
import { createKnowledgeRepository } from '../repositories/knowledge.repository.ts';
import { createKnowledgeEntry, replaceKnowledgeEntry } from './save-knowledge-entry.ts';

export const DEMO_VILLAGE_ID = 'desa-sukamaju';
const DEMO_FILE = fileURLToPath(new URL('../../data/knowledge/desa-sukamaju.json', import.meta.url));

const DemoEntries = z.array(z.object({ title: z.string(), category: z.string(), content: z.string() }));

export function demoKnowledge() {
  return DemoEntries.parse(JSON.parse(readFileSync(DEMO_FILE, 'utf8')));
}

export async function seedDemoKnowledge(deps: Pick<AiDeps, 'db' | 'embeddings'>): Promise<number> {
  const repo = createKnowledgeRepository(deps.db);
  const entries = demoKnowledge();
  for (const e of entries) {
    const input = { ...e, villageId: DEMO_VILLAGE_ID };
    const existing = await repo.findByTitle(DEMO_VILLAGE_ID, e.title);
    if (existing) await replaceKnowledgeEntry(deps, existing.id, input);
    else await createKnowledgeEntry(deps, input);
  }
  return entries.length;
}
