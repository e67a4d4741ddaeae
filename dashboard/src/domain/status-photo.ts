// The optional photo of a status change (for example the repaired road): what the dashboard accepts
// before sending it on to channel-service, which stores every media file of the system.
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** The same limit as a citizen's WhatsApp image. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** Why a file cannot be attached, in Indonesian, or null when it can. */
export function photoProblem(file: { type: string; size: number }): string | null {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type))
    return 'Foto harus berupa JPEG, PNG, atau WebP.';
  if (file.size === 0) return 'Berkas foto kosong.';
  if (file.size > PHOTO_MAX_BYTES) return 'Foto paling besar 5 MB.';
  return null;
}
