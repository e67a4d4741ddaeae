// Identifiers in Meta's formats: wamids ("wamid." + base64) and fbtrace ids for error bodies.
import { randomBytes } from 'node:crypto';

// One random prefix per process and a counter: unique, and cheap enough for thousands of sends a second.
const processTag = randomBytes(6).toString('hex').toUpperCase();
let counter = 0;

/** A wamid like Meta's: "wamid." followed by base64 that carries the citizen's number. */
export function newWamid(waId: string): string {
  counter += 1;
  const raw = `${waId}\u0015\u0002\u0000\u0012\u0018\u0014${processTag}${counter.toString(16).toUpperCase().padStart(8, '0')}`;
  return `wamid.HBgM${Buffer.from(raw, 'latin1').toString('base64')}`;
}

export function fbtraceId(): string {
  return randomBytes(8).toString('base64url');
}
