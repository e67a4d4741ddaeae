// Media files (internal key required, like every /internal route): staff upload a photo with
// POST /internal/media; GET /internal/media/:id is the only way to a stored file, uploaded or downloaded.
import { AppError, validate } from '@govconnect/service-kit';
import express, { type Express, type Request, type RequestHandler } from 'express';
import { createReadStream } from 'node:fs';
import { z } from 'zod';
import {
  isUploadImageType,
  limitOf,
  mediaTypeOf,
  UPLOAD_IMAGE_TYPES,
  type UploadImageType,
} from '../domain/media-file.ts';
import { createMediaRepository } from '../repositories/media.repository.ts';
import type { ChannelDeps } from '../use-cases/intake.types.ts';
import { uploadMedia } from '../use-cases/upload-media.ts';

/** The declared image type, or a 415 for a type we would not keep. */
function declaredImageType(req: Request): UploadImageType {
  const type = mediaTypeOf(req.get('content-type'));
  if (!isUploadImageType(type))
    throw new AppError({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      status: 415,
      message: `Upload one of ${UPLOAD_IMAGE_TYPES.join(', ')}; got ${type || 'no content-type'}.`,
      details: { accepted: UPLOAD_IMAGE_TYPES },
    });
  return type;
}

/** Refuses an unwanted type before a byte of the body is read. */
const imageTypeOnly: RequestHandler = (req, _res, next) => {
  declaredImageType(req);
  next();
};

export function mediaRoutes(app: Express, deps: ChannelDeps): void {
  const media = createMediaRepository(deps.db);

  app.post(
    '/internal/media',
    validate({
      query: z.object({ villageId: z.string().min(1).max(200) }),
      headers: z.looseObject({ 'x-uploaded-by': z.string().trim().min(1).max(200) }),
    }),
    imageTypeOnly,
    // This route only: the raw bytes, up to WhatsApp's image limit (larger is the shared 413 problem).
    express.raw({ type: [...UPLOAD_IMAGE_TYPES], limit: limitOf('image') }),
    async (req, res) => {
      const uploaded = await uploadMedia(deps, {
        villageId: req.query.villageId,
        uploadedBy: req.get('x-uploaded-by')!.trim(),
        mimeType: declaredImageType(req),
        // No body at all (no content-length) leaves req.body unset: that is an empty upload too.
        bytes: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
      });
      res.status(201).location(`/internal/media/${uploaded.mediaId}`).json(uploaded);
    },
  );

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
