// A batch of WhatsApp messages read as one turn: words in order (texts, captions, button and list
// titles), the last shared location, and the ids of photos and documents.
import type { InboundMessage } from '@govconnect/contracts';
import type { TurnInput } from '../dialogue/turn.ts';

const MEDIA_TYPES = new Set(['image', 'document', 'video']);

export function turnInputOf(messages: readonly InboundMessage[]): TurnInput {
  const words: string[] = [];
  const mediaIds: string[] = [];
  let location: TurnInput['location'];
  for (const m of messages) {
    // A location's text is its place name, which the location itself carries.
    const said = m.type === 'location' ? undefined : (m.text ?? m.media?.caption);
    if (said?.trim()) words.push(said.trim());
    if (m.location) location = { ...m.location };
    if (m.media && MEDIA_TYPES.has(m.type)) mediaIds.push(m.media.id);
  }
  return { text: words.join('\n').slice(0, 4000), location, mediaIds, messageCount: messages.length };
}
