// Intent and slots of one message, with no side effects (POST /internal/nlu).
import type { AiDeps } from '../deps.ts';
import type { NluResult } from '../nlu/nlu-engine.ts';

export function understandMessage(
  deps: Pick<AiDeps, 'nlu'>,
  text: string,
  villageId?: string,
): Promise<NluResult> {
  return deps.nlu.understand(text, { villageId });
}
