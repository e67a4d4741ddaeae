// Media files on the local disk: MEDIA_DIR/<village>/<media id>, one place for WhatsApp downloads and
// staff uploads, so GET /internal/media/:id serves both the same way.
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface StoredFile {
  path: string;
  sizeBytes: number;
  /** Hex, as GET /internal/media/:id sends it in x-content-sha256. */
  sha256: string;
}

export const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export function createMediaStore(mediaDir: string) {
  return {
    async write(villageId: string, mediaId: string, bytes: Buffer): Promise<StoredFile> {
      const dir = path.resolve(mediaDir, villageId);
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, mediaId);
      await writeFile(file, bytes);
      return { path: file, sizeBytes: bytes.length, sha256: sha256Hex(bytes) };
    },

    /** Removes a file whose row could not be written, so no file is kept that nothing points to. */
    async remove(file: string): Promise<void> {
      await rm(file, { force: true });
    },
  };
}
