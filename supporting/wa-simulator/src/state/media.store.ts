// Media the simulator holds, by Meta-style numeric id, with the sha256 (base64, as Meta gives it) and size.
import { createHash } from 'node:crypto';
import type { SampleFile } from '../media/sample-media.ts';

export interface MediaItem {
  id: string;
  bytes: Buffer;
  mimeType: string;
  sha256: string;
  fileSize: number;
}

export class MediaStore {
  private readonly items = new Map<string, MediaItem>();
  private counter = 0;
  private readonly prefix = String(Math.floor(Math.random() * 9_000) + 1_000);

  add(file: SampleFile): MediaItem {
    this.counter += 1;
    const id = `${this.prefix}${String(this.counter).padStart(12, '0')}`;
    const item: MediaItem = {
      id,
      bytes: file.bytes,
      mimeType: file.mimeType,
      sha256: createHash('sha256').update(file.bytes).digest('base64'),
      fileSize: file.bytes.length,
    };
    this.items.set(id, item);
    return item;
  }

  get(id: string): MediaItem | undefined {
    return this.items.get(id);
  }

  clear(): void {
    this.items.clear();
  }
}
