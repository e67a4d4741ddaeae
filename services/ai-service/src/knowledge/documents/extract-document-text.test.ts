import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFormat, titleFromFilename } from './document-format.ts';
import { DocumentUnreadableError, extractDocumentText } from './extract-document-text.ts';
import { htmlToMarkdown } from './extract-docx.ts';
import { linesToMarkdown } from './extract-pdf.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url)));

describe('documentFormat', () => {
  it.each([
    ['Syarat KTP.PDF', undefined, 'pdf'],
    ['a.docx', undefined, 'docx'],
    ['catatan.markdown', undefined, 'md'],
    ['tanpa-ekstensi', 'text/plain; charset=utf-8', 'txt'],
    ['foto.jpg', 'image/jpeg', undefined],
    ['lama.doc', 'application/msword', undefined],
  ])('when the file is %s (%s), then the format is %s', (name, type, format) => {
    expect(documentFormat(name, type)).toBe(format);
  });

  it('when a title is made from a file name, then separators become spaces', () => {
    expect(titleFromFilename('persyaratan-ktp_2026.pdf')).toBe('persyaratan ktp 2026');
  });
});

describe('text extraction', () => {
  it('when PDF lines are set larger than the body, then they become headings by size', () => {
    const md = linesToMarkdown([
      { text: 'Judul Besar', size: 24 },
      { text: 'Isi paragraf yang cukup panjang untuk menjadi teks badan dokumen.', size: 12 },
      { text: 'Subjudul', size: 18 },
      { text: 'Isi lain yang juga cukup panjang untuk menjadi teks badan.', size: 12 },
    ]);
    expect(md).toBe(
      '# Judul Besar\n\nIsi paragraf yang cukup panjang untuk menjadi teks badan dokumen.\n\n## Subjudul\n\nIsi lain yang juga cukup panjang untuk menjadi teks badan.',
    );
  });

  it('when DOCX html is converted, then headings, list items and entities survive', () => {
    expect(
      htmlToMarkdown('<h2>Syarat &amp; Biaya</h2><ul><li>KTP</li><li>KK</li></ul><p>Gratis&nbsp;!</p>'),
    ).toBe('## Syarat & Biaya\n\n- KTP\n- KK\n\nGratis !');
  });

  it('when the LibreOffice PDF fixture is read, then its headings are markdown headings', async () => {
    const text = await extractDocumentText('pdf', fixture('peminjaman-balai-desa.pdf'));
    expect(text).toMatch(/^# Peminjaman Balai Desa Sukamaju$/m);
    expect(text).toMatch(/^## Biaya Sewa Balai Desa$/m);
    expect(text).toContain('Rp250.000 per hari');
  });

  it('when the LibreOffice DOCX fixture is read, then its headings and list are markdown', async () => {
    const text = await extractDocumentText('docx', fixture('bank-sampah.docx'));
    expect(text).toMatch(/^## Jadwal Penimbangan$/m);
    expect(text).toMatch(/^- Kardus, kertas bekas, dan koran$/m);
  });

  it('when a PDF is truncated, then it is unreadable with a reason, not a crash', async () => {
    const bytes = fixture('peminjaman-balai-desa.pdf').subarray(0, 2000);
    await expect(extractDocumentText('pdf', bytes)).rejects.toBeInstanceOf(DocumentUnreadableError);
  });

  it('when a text file is not UTF-8, then it is unreadable', async () => {
    await expect(extractDocumentText('txt', new Uint8Array([0xc3, 0x28, 0x41]))).rejects.toThrow(/not UTF-8/);
  });
});
