import { describe, expect, it } from 'vitest';
import {
  distinctSources,
  formatBytes,
  manualEntries,
  uploadProblem,
  type KnowledgeEntry,
} from './knowledge.ts';

const entry = (over: Partial<KnowledgeEntry>): KnowledgeEntry => ({
  id: 'e',
  villageId: 'desa-a',
  title: 'T',
  content: 'isi',
  category: null,
  source: 'manual',
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
  ...over,
});

describe('knowledge shaping', () => {
  it('when a file is PDF, DOCX, TXT or MD of a sane size, then it may be uploaded', () => {
    for (const name of ['a.pdf', 'B.DOCX', 'c.txt', 'catatan.md'])
      expect(uploadProblem(name, 100)).toBeNull();
  });

  it('when a file is another type, empty or over 10 MB, then the reason is given in Indonesian', () => {
    expect(uploadProblem('foto.jpg', 100)).toContain('tidak didukung');
    expect(uploadProblem('tanpa-ekstensi', 100)).toContain('tidak didukung');
    expect(uploadProblem('a.pdf', 0)).toBe('Berkas kosong.');
    expect(uploadProblem('a.pdf', 10 * 1024 * 1024 + 1)).toContain('terlalu besar');
  });

  it('when entries are listed, then documents are left out and the village comes before global, by title', () => {
    const list = manualEntries([
      entry({ id: '1', title: 'Zonasi', villageId: null }),
      entry({ id: '2', title: 'KTP' }),
      entry({ id: '3', title: 'Akta', source: 'document' }),
      entry({ id: '4', title: 'Akta kelahiran' }),
    ]);
    expect(list.map((e) => e.id)).toEqual(['4', '2', '1']);
  });

  it('when sizes are shown, then they read as Indonesian numbers', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3,0 MB');
  });

  it('when the bot found several chunks of one entry, then the entry is one source with its best similarity', () => {
    const src = (entryId: string, similarity: number) => ({
      entryId,
      title: entryId.toUpperCase(),
      similarity,
      score: 0,
    });
    expect(distinctSources([src('a', 0.4), src('b', 0.5), src('a', 0.7)])).toEqual([
      { entryId: 'a', title: 'A', similarity: 0.7, chunks: 2 },
      { entryId: 'b', title: 'B', similarity: 0.5, chunks: 1 },
    ]);
  });
});
