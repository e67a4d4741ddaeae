// The structured output Gemini must return (responseSchema mirrors `{intent, confidence, slots}` of
// the contract), and its parsing into an NluResult: anything that does not fit is `malformed`.
import { Type, type Schema } from '@google/genai';
import { ComplaintId, DEFAULT_COMPLAINT_CATEGORIES, INTENTS, Intent } from '@govconnect/contracts';
import { z } from 'zod';
import type { NluResult, NluSlots } from '../nlu-engine.ts';
import { GeminiError } from './gemini-call.ts';

export const NLU_RESPONSE_SCHEMA: Schema = {
  type: Type.OBJECT,
  properties: {
    intent: { type: Type.STRING, format: 'enum', enum: [...INTENTS] },
    confidence: { type: Type.NUMBER, minimum: 0, maximum: 1 },
    slots: {
      type: Type.OBJECT,
      properties: {
        category: { type: Type.STRING, format: 'enum', enum: [...DEFAULT_COMPLAINT_CATEGORIES] },
        address: { type: Type.STRING },
        description: { type: Type.STRING },
        complaintId: { type: Type.STRING, pattern: '^LAP-\\d{8}-\\d{3,}$' },
      },
      propertyOrdering: ['category', 'address', 'description', 'complaintId'],
    },
  },
  required: ['intent', 'confidence', 'slots'],
  propertyOrdering: ['intent', 'confidence', 'slots'],
};

const optionalText = z
  .string()
  .optional()
  .transform((s) => s?.replace(/\s+/g, ' ').trim().slice(0, 1000) || undefined);

const GeminiAnswer = z.object({
  intent: Intent,
  confidence: z.number().min(0).max(1),
  slots: z
    .object({
      category: optionalText,
      address: optionalText,
      description: optionalText,
      complaintId: optionalText,
    })
    .optional(),
});

/** The model's JSON text as an NluResult; throws GeminiError('malformed') when it does not fit. */
export function parseNluAnswer(text: string | undefined, finishReason?: string): NluResult {
  if (!text) {
    throw new GeminiError('malformed', `Gemini returned no text (finishReason ${finishReason ?? 'none'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new GeminiError('malformed', 'Gemini returned text that is not JSON');
  }
  const parsed = GeminiAnswer.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
    throw new GeminiError('malformed', `Gemini's answer does not fit the schema at ${where}`);
  }
  const { intent, confidence } = parsed.data;
  const raw: Partial<Record<keyof NluSlots, string>> = parsed.data.slots ?? {};
  const slots: NluSlots = {};
  // A complaint id the model made up in the wrong shape is dropped rather than trusted.
  if (raw.complaintId && ComplaintId.safeParse(raw.complaintId).success) slots.complaintId = raw.complaintId;
  if (intent === 'CREATE_COMPLAINT') {
    if (raw.category) slots.category = raw.category;
    if (raw.address) slots.address = raw.address;
    if (raw.description) slots.description = raw.description;
  }
  return { intent, confidence: Math.round(confidence * 1000) / 1000, slots, engine: 'gemini' };
}
