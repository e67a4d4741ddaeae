// Which of the four accepted formats an upload is, from its file name; the bytes are checked later
// (a `.pdf` that is not a PDF fails with a reason). Anything else is a 415.
export type DocumentFormat = 'pdf' | 'docx' | 'txt' | 'md';

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
  md: 'text/markdown',
};

const EXTENSIONS: Record<string, DocumentFormat> = {
  pdf: 'pdf',
  docx: 'docx',
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
};

const BY_MEDIA_TYPE = new Map(Object.entries(MEDIA_TYPES).map(([format, type]) => [type, format]));

/** The format of a file, from its extension or else its declared media type; undefined when neither is accepted. */
export function documentFormat(filename: string, mediaType?: string): DocumentFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  if (extension && EXTENSIONS[extension]) return EXTENSIONS[extension];
  const declared = mediaType?.split(';')[0]?.trim().toLowerCase();
  return declared ? (BY_MEDIA_TYPE.get(declared) as DocumentFormat | undefined) : undefined;
}

/** A readable title from a file name: `persyaratan-ktp_2026.pdf` -> `persyaratan ktp 2026`. */
export function titleFromFilename(filename: string): string {
  const stem = filename
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return stem || filename;
}
