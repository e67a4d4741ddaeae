// GET /internal/media/:id: the only way to a stored media file (internal key required).
import { AppError, validate } from '@govconnect/service-kit';
import type { Express } from 'express';
import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { createMediaRepository } from '../repositories/media.repository.ts';
import type { ChannelDeps } from '../use-cases/intake.types.ts';

export function mediaRoutes(app: Express, deps: ChannelDeps): void {
  const media = createMediaRepository(deps.db);
  app.get('/internal/media/:id', validate({ params: z.object({ id: z.uuid() }) }), async (req, res) => {
    const row = await media.find(req.params.id);
    if (!row) throw AppError.notFound('MEDIA_NOT_FOUND', `No media ${req.params.id}.`);
    if (row.status !== 'stored' || !row.path)
      throw AppError.conflict('MEDIA_NOT_AVAILABLE', `The media is ${row.status}.`, {
        status: row.status,
        attempts: row.attempts,
        lastError: row.lastError,
      });
    res.setHeader('content-type', row.mimeType ?? 'application/octet-stream');
    if (row.sizeBytes !== null) res.setHeader('content-length', String(row.sizeBytes));
    res.setHeader('x-content-sha256', row.sha256 ?? '');
    await new Promise<void>((resolve, reject) => {
      createReadStream(row.path!).on('error', reject).on('end', resolve).pipe(res);
    });
  });
}
