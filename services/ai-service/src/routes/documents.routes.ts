// Knowledge documents: upload (PDF, DOCX, TXT, MD) with processing, list, read with chunks, delete.
import { AppError, validate } from '@govconnect/service-kit';
import { Router } from 'express';
import type { AiDeps } from '../deps.ts';
import { createDocumentRepository } from '../repositories/document.repository.ts';
import { processDocument } from '../use-cases/process-document.ts';
import { documentUpload } from './document-upload.middleware.ts';
import * as s from './documents.schemas.ts';

export function documentRoutes(deps: AiDeps): Router {
  const router = Router();
  const repo = createDocumentRepository(deps.db);

  router.post(
    '/documents/process',
    documentUpload(deps.config.DOCUMENT_MAX_BYTES),
    validate({ body: s.UploadFields }),
    async (req, res) => {
      if (!req.file) {
        throw AppError.badRequest('DOCUMENT_FILE_MISSING', 'The upload has no part named "file".');
      }
      const { document, created } = await processDocument(deps, {
        ...req.body,
        filename: req.file.originalname,
        mediaType: req.file.mimetype,
        bytes: req.file.buffer,
      });
      res
        .status(created ? 201 : 200)
        .location(`/internal/documents/${document.id}`)
        .json(document);
    },
  );

  router.get('/documents', validate({ query: s.DocumentListQuery }), async (req, res) => {
    res.json({ documents: await repo.list(req.query) });
  });

  router.get('/documents/:id', validate({ params: s.DocumentParams }), async (req, res) => {
    const document = await repo.find(req.params.id);
    if (!document) throw AppError.notFound('DOCUMENT_NOT_FOUND', `No document ${req.params.id}.`);
    res.json({ ...document, chunks: await repo.chunks(document.id) });
  });

  router.delete('/documents/:id', validate({ params: s.DocumentParams }), async (req, res) => {
    if (!(await repo.delete(req.params.id))) {
      throw AppError.notFound('DOCUMENT_NOT_FOUND', `No document ${req.params.id}.`);
    }
    res.status(204).end();
  });

  return router;
}
