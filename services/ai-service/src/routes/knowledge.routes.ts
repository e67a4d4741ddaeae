// Knowledge base routes: entries CRUD and hybrid search, for the dashboard and the dialogue.
import { AppError, validate } from '@govconnect/service-kit';
import { Router } from 'express';
import type { AiDeps } from '../deps.ts';
import { createKnowledgeRepository } from '../repositories/knowledge.repository.ts';
import { createKnowledgeEntry, replaceKnowledgeEntry } from '../use-cases/save-knowledge-entry.ts';
import { searchKnowledge } from '../use-cases/search-knowledge.ts';
import * as s from './knowledge.schemas.ts';

export function knowledgeRoutes(deps: AiDeps): Router {
  const router = Router();
  const repo = createKnowledgeRepository(deps.db);

  router.post('/knowledge/search', validate({ body: s.SearchBody }), async (req, res) => {
    res.json({ results: await searchKnowledge(deps, req.body) });
  });

  router.post('/knowledge', validate({ body: s.EntryBody }), async (req, res) => {
    const entry = await createKnowledgeEntry(deps, req.body);
    res.status(201).json({ id: entry.id });
  });

  router.get('/knowledge', validate({ query: s.ListQuery }), async (req, res) => {
    res.json({ entries: await repo.list(req.query) });
  });

  router.get('/knowledge/:id', validate({ params: s.EntryParams }), async (req, res) => {
    const entry = await repo.find(req.params.id);
    if (!entry) throw AppError.notFound('KNOWLEDGE_ENTRY_NOT_FOUND', `No knowledge entry ${req.params.id}.`);
    res.json({ ...entry, chunks: await repo.chunkCount(entry.id) });
  });

  router.put(
    '/knowledge/:id',
    validate({ params: s.EntryParams, body: s.ReplaceEntryBody }),
    async (req, res) => {
      const entry = await replaceKnowledgeEntry(deps, req.params.id, req.body);
      res.json({ id: entry.id });
    },
  );

  router.delete('/knowledge/:id', validate({ params: s.EntryParams }), async (req, res) => {
    if (!(await repo.delete(req.params.id))) {
      throw AppError.notFound('KNOWLEDGE_ENTRY_NOT_FOUND', `No knowledge entry ${req.params.id}.`);
    }
    res.status(204).end();
  });

  return router;
}
