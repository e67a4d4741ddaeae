// Text of a PDF (unpdf's pdf.js) as markdown: lines set clearly larger than the body text become
// `#` / `##` / `###` headings, so the splitter keeps each chunk under its heading.
import { getDocumentProxy } from 'unpdf';

interface Line {
  text: string;
  size: number;
}

interface TextItem {
  str: string;
  height: number;
  hasEOL: boolean;
}

async function pageLines(pdf: Awaited<ReturnType<typeof getDocumentProxy>>, page: number): Promise<Line[]> {
  const content = await (await pdf.getPage(page)).getTextContent();
  const lines: Line[] = [];
  let text = '';
  let size = 0;
  for (const item of content.items as TextItem[]) {
    if (typeof item.str !== 'string') continue;
    text += item.str;
    if (item.str.trim()) size = Math.max(size, Math.round(item.height * 10) / 10);
    if (item.hasEOL) {
      if (text.trim()) lines.push({ text: text.trim(), size });
      text = '';
      size = 0;
    }
  }
  if (text.trim()) lines.push({ text: text.trim(), size });
  return lines;
}

/** The font size most characters are set in. */
function bodySize(lines: readonly Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

export function linesToMarkdown(lines: readonly Line[]): string {
  const body = bodySize(lines);
  const headingSizes = [...new Set(lines.filter((l) => isHeading(l, body)).map((l) => l.size))]
    .sort((a, b) => b - a)
    .slice(0, 3);
  const out: string[] = [];
  for (const line of lines) {
    const level = isHeading(line, body) ? headingSizes.indexOf(line.size) + 1 : 0;
    if (level > 0) out.push('', `${'#'.repeat(level)} ${line.text}`, '');
    else out.push(line.text);
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function isHeading(line: Line, body: number): boolean {
  return body > 0 && line.size >= body * 1.15 && line.text.length <= 120;
}

export async function extractPdf(bytes: Uint8Array): Promise<string> {
  // pdf.js refuses a Node Buffer and may transfer what it gets: hand it a copy as a plain Uint8Array.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const lines: Line[] = [];
    for (let page = 1; page <= pdf.numPages; page++) lines.push(...(await pageLines(pdf, page)));
    return linesToMarkdown(lines);
  } finally {
    await pdf.destroy();
  }
}
