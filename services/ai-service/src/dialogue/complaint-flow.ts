// CREATE_COMPLAINT across turns: start a draft from what the first message already says, ask only
// for what is missing (a WhatsApp location or photo counts), confirm in one message, then file it
// with the case service under an Idempotency-Key derived from the draft.
import { extractAddress } from '../nlu/local/address.ts';
import { lexiconCategory } from '../nlu/local/category-lexicon.ts';
import { normalizeTokens } from '../nlu/local/normalize.ts';
import type { NluResult } from '../nlu/nlu-engine.ts';
import { missingSlot, type ComplaintDraft, type DialogueState } from './dialogue-state.ts';
import { CaseServiceUnavailableError, type DialoguePorts } from './ports.ts';
import { CONFIRM_CREATE_OPTIONS, replies } from './replies.ts';
import type { Reply, TurnContext, TurnInput, TurnOutcomeKind } from './turn.ts';
import { dropsIt, shortAnswer } from './words.ts';

export interface FlowStep {
  state: DialogueState;
  reply: Reply;
  outcome: TurnOutcomeKind;
}

const MIN_DESCRIPTION = 10;

/** What this turn adds to the draft; `changed` lists what it filled, for the acknowledgement. */
function fill(
  draft: ComplaintDraft,
  input: TurnInput,
  nlu: NluResult,
  asked: DialogueState['asked'],
  turnKey: string,
): { draft: ComplaintDraft; changed: string[] } {
  const next: ComplaintDraft = { ...draft, mediaIds: [...draft.mediaIds] };
  const changed: string[] = [];
  const text = input.text.trim();
  const tokens = normalizeTokens(text);

  if (input.location) {
    next.location = input.location;
    next.address ??= input.location.address ?? input.location.name;
    changed.push('lokasi');
  }
  const newMedia = input.mediaIds.filter((id) => !next.mediaIds.includes(id));
  if (newMedia.length) {
    next.mediaIds.push(...newMedia);
    changed.push('foto');
  }
  if (text) {
    const sureCategory = lexiconCategory(tokens);
    if (sureCategory && (!next.categorySure || asked === 'category' || sureCategory !== next.category)) {
      next.category = sureCategory;
      next.categorySure = true;
      changed.push('jenis masalah');
    } else if (!next.category && asked === 'category') {
      next.category =
        nlu.intent === 'CREATE_COMPLAINT' && nlu.slots.category ? nlu.slots.category : 'lainnya';
      changed.push('jenis masalah');
    }
    const address = extractAddress(tokens) ?? (asked === 'address' && text.length >= 3 ? text : undefined);
    if (address && address !== next.address) {
      next.address = address.slice(0, 500);
      changed.push('lokasi');
    }
    const describes = asked === 'description' || (!next.description && (asked === 'category' || !address));
    if (describes && text.length >= MIN_DESCRIPTION) {
      next.description = text.slice(0, 1000);
      changed.push('keterangan');
    }
  }
  if (changed.length) next.draftId = turnKey;
  return { draft: next, changed: [...new Set(changed)] };
}

/** Asks for the next missing slot, or sends the one confirmation message. */
function nextStep(draft: ComplaintDraft, state: DialogueState, prefix?: string): FlowStep {
  const missing = missingSlot(draft);
  const lead = prefix ? `${prefix} ` : '';
  if (missing) {
    const ask =
      missing === 'category'
        ? replies.askCategory()
        : missing === 'address'
          ? replies.askAddress()
          : replies.askDescription();
    return {
      state: { ...state, mode: 'collecting', draft, asked: missing },
      reply: { text: `${lead}${ask}` },
      outcome: 'answered',
    };
  }
  return {
    state: { ...state, mode: 'confirm_create', draft, asked: undefined },
    reply: {
      interactive: {
        kind: 'buttons',
        body: `${lead}${replies.confirmBody(draft)}`.slice(0, 1024),
        options: CONFIRM_CREATE_OPTIONS,
      },
    },
    outcome: 'answered',
  };
}

/** A new draft from the message that opened the complaint. */
export function startComplaint(
  state: DialogueState,
  input: TurnInput,
  nlu: NluResult,
  ctx: TurnContext,
): FlowStep {
  const tokens = normalizeTokens(input.text);
  const sure = lexiconCategory(tokens);
  const generic = nlu.intent !== 'CREATE_COMPLAINT';
  let draft: ComplaintDraft = {
    draftId: ctx.turnKey,
    category: sure ?? (generic ? undefined : nlu.slots.category),
    categorySure: Boolean(sure),
    address: generic ? undefined : nlu.slots.address,
    description:
      !generic && input.text.trim().length >= MIN_DESCRIPTION ? input.text.trim().slice(0, 1000) : undefined,
    mediaIds: [],
  };
  draft = fill(draft, { ...input, text: '' }, nlu, undefined, ctx.turnKey).draft; // location and photos
  return nextStep(draft, { ...state, failures: 0, cancelTarget: undefined });
}

/**
 * Continues a draft in progress. Returns undefined when the message is about something else (the
 * caller handles it and keeps the draft).
 */
export async function continueComplaint(
  ports: DialoguePorts,
  state: DialogueState,
  input: TurnInput,
  nlu: NluResult,
  ctx: TurnContext,
): Promise<FlowStep | undefined> {
  const draft = state.draft!;
  const answer = shortAnswer(input.text);
  const attachments = Boolean(input.location) || input.mediaIds.length > 0;
  const elsewhere =
    ['HUMAN_AGENT', 'CHECK_STATUS'].includes(nlu.intent) ||
    (nlu.intent === 'CANCEL_COMPLAINT' && nlu.slots.complaintId !== undefined);
  if (elsewhere && !attachments) return undefined;

  if (dropsIt(input.text) || (state.mode === 'confirm_create' && answer === 'no'))
    return {
      state: { ...state, mode: 'idle', draft: undefined, asked: undefined },
      reply: { text: replies.draftCancelled() },
      outcome: 'answered',
    };
  if (state.mode === 'confirm_create' && answer === 'yes') return submit(ports, state, ctx);
  if (answer === 'edit')
    return {
      state: { ...state, mode: 'collecting', asked: undefined },
      reply: { text: replies.askWhatToChange() },
      outcome: 'answered',
    };

  // A confident question or small talk that names no problem and no place is not an answer to the
  // draft's question (a description, though, may read like anything).
  const tokens = normalizeTokens(input.text);
  const chatting =
    ['KNOWLEDGE_QUERY', 'GREETING', 'THANKS'].includes(nlu.intent) &&
    nlu.confidence >= 0.8 &&
    !attachments &&
    state.asked !== 'description' &&
    !lexiconCategory(tokens) &&
    !extractAddress(tokens);
  if (chatting) return undefined;
  const { draft: next, changed } = fill(draft, input, nlu, state.asked, ctx.turnKey);
  const prefix = changed.length ? replies.draftNoted(changed.join(', ')) : undefined;
  return nextStep(next, state, prefix);
}

async function submit(ports: DialoguePorts, state: DialogueState, ctx: TurnContext): Promise<FlowStep> {
  const draft = state.draft!;
  try {
    const created = await ports.cases.create({
      draft,
      villageId: ctx.villageId,
      waId: ctx.waId,
      name: ctx.profileName,
      conversationId: ctx.conversationId,
      idempotencyKey: `ai:${ctx.conversationId ?? 'test'}:${draft.draftId}`,
    });
    return {
      state: { mode: 'idle', failures: 0 },
      reply: { text: replies.complaintCreated(created.complaintId) },
      outcome: 'answered',
    };
  } catch (err) {
    if (!(err instanceof CaseServiceUnavailableError)) throw err;
    return { state, reply: { text: replies.caseServiceDown() }, outcome: 'error' };
  }
}
