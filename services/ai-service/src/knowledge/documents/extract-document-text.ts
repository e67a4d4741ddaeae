// The text of an uploaded document, as markdown-ish text the splitter understands. A file that
// cannot be read (corrupt, encrypted, not what its name says, no text) is a DocumentUnreadableError
// with a reason fit for the dashboard, never a crash.
import type { DocumentFormat } from './document-format.ts';
import { extractDocx } from './extract-docx.ts';
import { extractPdf } from './extract-pdf.ts';

export class DocumentUnreadableError extends Error {
  override readonly name = 'DocumentUnreadableError';
}

const PDF_MAGIC = '%PDF-';
const ZIP_MAGIC = 'PK\u0003\u0004';

function startsWith(bytes: Uint8Array, magic: string): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes(magic);
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new DocumentUnreadableError('the file is not UTF-8 text');
  }
}

async function extract(format: DocumentFormat, bytes: Uint8Array): Promise<string> {
  switch (format) {
    case 'pdf':
      if (!startsWith(bytes, PDF_MAGIC)) throw new DocumentUnreadableError('the file is not a PDF');
      return extractPdf(bytes);
    case 'docx':
      if (!startsWith(bytes, ZIP_MAGIC)) throw new DocumentUnreadableError('the file is not a DOCX document');
      return extractDocx(bytes);
    case 'txt':
    case 'md':
      if (bytes.includes(0)) throw new DocumentUnreadableError('the file is binary, not text');
      return decodeText(bytes).replace(/\r\n?/g, '\n');
  }
}

export async function extractDocumentText(format: DocumentFormat, bytes: Uint8Array): Promise<string> {
  let text: string;
  try {
    text = await extract(format, bytes);
  } catch (err) {
    if (err instanceof DocumentUnreadableError) throw err;
    const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    throw new DocumentUnreadableError(`the ${format.toUpperCase()} file could not be read (${detail})`);
  }
  if (!text.trim()) {
    throw new DocumentUnreadableError(
      format === 'pdf'
        ? 'no text found in the PDF (a scanned image? OCR is not supported)'
        : 'the document holds no text',
    );
  }
  return text;
}
