// A staff member's photo (for example the repaired road, attached to a complaint's status change):
// checked (known village, not empty, an image of the type it claims to be, within WhatsApp's image
// limit), kept under MEDIA_DIR like downloaded media and recorded as a stored media row of no message.
import { AppError } from '@govconnect/service-kit';
import { limitOf, sniffImageType, type UploadImageType } from '../domain/media-file.ts';
import { createMediaRepository } from '../repositories/media.repository.ts';
import { createMediaStore } from '../repositories/media-store.ts';
import type { ChannelDeps } from './intake.types.ts';

export interface UploadInput {
  villageId: string;
  uploadedBy: string;
  mimeType: UploadImageType;
  bytes: Buffer;
}

export interface UploadedMedia {
  mediaId: string;
  mimeType: UploadImageType;
  sizeBytes: number;
  sha256: string;
}

type Deps = Pick<ChannelDeps, 'db' | 'config' | 'logger' | 'villageById'>;

export async function uploadMedia(deps: Deps, input: UploadInput): Promise<UploadedMedia> {
  const { bytes } = input;
  if (bytes.length === 0) throw AppError.badRequest('EMPTY_BODY', 'The request has no file in its body.');
  // The route's body limit is the same; this keeps the rule true whoever calls the use case.
  const limit = limitOf('image');
  if (bytes.length > limit)
    throw new AppError({
      code: 'PAYLOAD_TOO_LARGE',
      status: 413,
      message: `The image is larger than the ${limit} byte limit.`,
      details: { limitBytes: limit },
    });
  const actual = sniffImageType(bytes);
  if (actual !== input.mimeType)
    throw new AppError({
      code: 'CONTENT_MISMATCH',
      status: 415,
      message: actual
        ? `The file is ${actual}, not the declared ${input.mimeType}.`
        : `The file is not ${input.mimeType} (its first bytes are no JPEG, PNG or WebP signature).`,
      details: { declared: input.mimeType, detected: actual ?? null },
    });
  // Checked before anything is written: the village id is also a directory name under MEDIA_DIR.
  const village = await deps.villageById(input.villageId);
  if (!village) throw AppError.notFound('VILLAGE_NOT_FOUND', `No village ${input.villageId}.`);

  const id = crypto.randomUUID();
  const store = createMediaStore(deps.config.MEDIA_DIR);
  const file = await store.write(village.id, id, bytes);
  try {
    await createMediaRepository(deps.db).createUploaded({
      id,
      villageId: village.id,
      uploadedBy: input.uploadedBy,
      kind: 'image',
      mimeType: input.mimeType,
      ...file,
    });
  } catch (err) {
    await store.remove(file.path);
    throw err;
  }
  deps.logger.info('staff media uploaded', {
    mediaId: id,
    villageId: village.id,
    uploadedBy: input.uploadedBy,
    sizeBytes: file.sizeBytes,
  });
  return { mediaId: id, mimeType: input.mimeType, sizeBytes: file.sizeBytes, sha256: file.sha256 };
}
