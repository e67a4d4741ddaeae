// A conversation's id follows from (village, citizen): a name-based UUID (version 5 layout over
// SHA-1). Intake can then store a message and create its conversation in one statement.
import { createHash } from 'node:crypto';

const NAMESPACE = 'govconnect:conversation:';

export function conversationIdFor(villageId: string, waId: string): string {
  const bytes = createHash('sha1').update(`${NAMESPACE}${villageId}\u0000${waId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
