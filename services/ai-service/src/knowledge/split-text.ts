// Splits an entry's text into retrievable chunks with @langchain/textsplitters, keeping the
// heading each chunk falls under (markdown `#` lines) so a chunk still says what it is about.
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';

export interface TextChunk {
  position: number;
  heading?: string;
  content: string;
}

const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 800, chunkOverlap: 100 });

function sections(text: string): { heading?: string; body: string }[] {
  const out: { heading?: string; body: string }[] = [];
  let current: { heading?: string; lines: string[] } = { lines: [] };
  for (const line of text.split('\n')) {
    const heading = /^#{1,6}\s+(.+)$/.exec(line.trim());
    if (heading) {
      if (current.lines.join('').trim())
        out.push({ heading: current.heading, body: current.lines.join('\n') });
      current = { heading: heading[1]!.trim(), lines: [] };
    } else current.lines.push(line);
  }
  if (current.lines.join('').trim()) out.push({ heading: current.heading, body: current.lines.join('\n') });
  return out;
}

export async function splitText(text: string): Promise<TextChunk[]> {
  const chunks: TextChunk[] = [];
  for (const section of sections(text)) {
    for (const piece of await splitter.splitText(section.body.trim())) {
      chunks.push({
        position: chunks.length,
        ...(section.heading ? { heading: section.heading } : {}),
        content: piece,
      });
    }
  }
  return chunks;
}
