// A status change's photo goes to channel-service, the one store of media files
// (`POST /internal/media`); the complaint's history keeps the media id it returns.
import { photoProblem } from '../domain/status-photo.ts';
import type { Access } from './http/current-user.ts';
import { serviceFetch, UpstreamProblem } from './services/internal-fetch.ts';

export interface Photo {
  type: string;
  bytes: ArrayBuffer;
}

/** A photo from a multipart form field, checked, or a 400 that says what is wrong with it. */
export async function photoFromForm(value: FormDataEntryValue | null): Promise<Photo | undefined> {
  if (value === null || typeof value === 'string' || value.size === 0) return undefined;
  const reason = photoProblem(value);
  if (reason) throw new UpstreamProblem(400, 'BAD_PHOTO', reason, {});
  return { type: value.type, bytes: await value.arrayBuffer() };
}

export async function storePhoto(a: Access, photo: Photo): Promise<string> {
  const res = await serviceFetch('channel', `/internal/media?villageId=${encodeURIComponent(a.villageId)}`, {
    method: 'POST',
    headers: { 'content-type': photo.type, 'x-uploaded-by': a.user.userId },
    body: photo.bytes,
  });
  const body = (await res.json().catch(() => ({}))) as { mediaId?: string; detail?: string };
  if (res.status === 201 && body.mediaId) return body.mediaId;
  if (res.status === 413) throw new UpstreamProblem(400, 'BAD_PHOTO', 'Foto paling besar 5 MB.', {});
  if (res.status === 415)
    throw new UpstreamProblem(400, 'BAD_PHOTO', 'Isi berkas bukan foto JPEG, PNG, atau WebP.', {});
  throw new UpstreamProblem(502, 'PHOTO_NOT_STORED', 'Foto gagal disimpan; status belum diubah.', {
    reason: body.detail ?? `channel-service ${res.status}`,
  });
}
