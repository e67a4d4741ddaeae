// The one interface both NLU engines implement, and the shape POST /internal/nlu returns.
import type { Intent } from '@govconnect/contracts';

export interface NluSlots {
  category?: string;
  address?: string;
  description?: string;
  complaintId?: string;
}

export interface NluResult {
  intent: Intent;
  confidence: number;
  slots: NluSlots;
  engine: string;
}

export interface NluEngine {
  readonly name: string;
  understand(text: string, context?: { villageId?: string }): Promise<NluResult>;
}
