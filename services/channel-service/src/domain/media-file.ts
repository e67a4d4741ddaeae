// What a media file may be: Meta's size limits per kind (applied to WhatsApp downloads and staff
// uploads alike), and the image types staff may upload, recognised by their first bytes.

const MB = 1024 * 1024;

/** Meta's limits per media type; staff uploads of images get the image limit too. */
export const MEDIA_LIMITS: Record<string, number> = {
  image: 5 * MB,
  audio: 16 * MB,
  video: 16 * MB,
  document: 100 * MB,
};

/** Limit of a kind outside the table (stickers): the smallest, the image one. */
export const limitOf = (kind: string): number => MEDIA_LIMITS[kind] ?? 5 * MB;

export const UPLOAD_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type UploadImageType = (typeof UPLOAD_IMAGE_TYPES)[number];

/** `image/JPEG; charset=x` -> `image/jpeg`: the media type alone, as the allow-list spells it. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export function isUploadImageType(type: string): type is UploadImageType {
  return (UPLOAD_IMAGE_TYPES as readonly string[]).includes(type);
}

const startsWith = (bytes: Buffer, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * The image type the bytes really are, by magic number, or undefined. The declared content-type is
 * the client's word; a file served back later with it must actually be that (a browser trusts it).
 */
export function sniffImageType(bytes: Buffer): UploadImageType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return undefined;
}
