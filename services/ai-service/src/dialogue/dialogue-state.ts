// The dialogue's memory of one conversation, stored as JSON in dialogue_states.state: what the bot
// is waiting for, the complaint being drafted, and how often in a row it failed to help.
import { z } from 'zod';

export const Location = z.object({
  latitude: z.number(),
  longitude: z.number(),
  name: z.string().optional(),
  address: z.string().optional(),
});
export type Location = z.infer<typeof Location>;

export const ComplaintDraft = z.object({
  /** Changes whenever the draft changes; the case service's Idempotency-Key is derived from it. */
  draftId: z.string().min(1),
  category: z.string().optional(),
  /** The category came from a clear word (the lexicon) or the citizen's answer, not a guess. */
  categorySure: z.boolean().default(false),
  address: z.string().optional(),
  description: z.string().optional(),
  location: Location.optional(),
  mediaIds: z.array(z.string()).default([]),
});
export type ComplaintDraft = z.infer<typeof ComplaintDraft>;

export const DialogueMode = z.enum(['idle', 'collecting', 'confirm_create', 'confirm_cancel']);
export type DialogueMode = z.infer<typeof DialogueMode>;

export const DialogueState = z.object({
  mode: DialogueMode.default('idle'),
  draft: ComplaintDraft.optional(),
  /** The slot the last reply asked for, so a bare answer ("gg mawar rt 3") fills it. */
  asked: z.enum(['category', 'address', 'description']).optional(),
  /** The complaint the citizen is asked to confirm cancelling. */
  cancelTarget: z.string().optional(),
  /** Turns in a row the bot could not help (not understood, nothing found); two mean a handoff. */
  failures: z.number().int().min(0).default(0),
});
export type DialogueState = z.infer<typeof DialogueState>;

export function initialState(): DialogueState {
  return { mode: 'idle', failures: 0 };
}

/** Reads a stored state; anything unreadable (an older shape) starts the dialogue afresh. */
export function readState(raw: unknown): DialogueState {
  const parsed = DialogueState.safeParse(raw);
  return parsed.success ? parsed.data : initialState();
}

/** What is still missing before the draft can be confirmed, in the order the bot asks for it. */
export function missingSlot(draft: ComplaintDraft): 'category' | 'description' | 'address' | undefined {
  if (!draft.category) return 'category';
  if (!draft.description || draft.description.length < 10) return 'description';
  if (!draft.address && !draft.location) return 'address';
  return undefined;
}
