// The offline NLU engine: exact rules first (complaint ids, pure greetings, thanks and goodbyes), then an
// intent classifier trained at start from data/nlu/train, then slot extraction. No network.
import type { Intent } from '@govconnect/contracts';
import type { NluEngine, NluResult, NluSlots } from '../nlu-engine.ts';
import { extractAddress } from './address.ts';
import { lexiconCategory } from './category-lexicon.ts';
import { SoftmaxClassifier } from './classifier.ts';
import { featuresOf } from './features.ts';
import { normalizeTokens } from './normalize.ts';
import { findComplaintId, intentForComplaintId, mentionsComplaint } from './rules.ts';
import { smallTalkIntent } from './small-talk.ts';
import { augment, loadTrainingSet, type TrainingUtterance } from './training-set.ts';

export interface LocalNluOptions {
  /** Below this probability the message is out of scope (UNKNOWN). */
  minConfidence?: number;
  /** Below this share of features the model has seen, the message is out of scope. */
  minKnownFeatures?: number;
}

const ENGINE = 'local';
const COMPLAINT_ONLY: ReadonlySet<Intent> = new Set(['CANCEL_COMPLAINT', 'CHECK_STATUS']);

export class LocalNlu implements NluEngine {
  readonly name = ENGINE;

  private constructor(
    private readonly intents: SoftmaxClassifier<Intent>,
    private readonly categories: SoftmaxClassifier<string>,
    private readonly options: Required<LocalNluOptions>,
  ) {}

  /** Trains both classifiers; deterministic, about a second for the shipped set on one idle core. */
  static train(
    set: readonly TrainingUtterance[] = loadTrainingSet(),
    options: LocalNluOptions = {},
  ): LocalNlu {
    const examples = augment(set).map((u) => ({ ...u, features: featuresOf(u.text) }));
    const intents = SoftmaxClassifier.train(examples.map((e) => ({ features: e.features, label: e.intent })));
    const complaints = examples.filter((e) => e.category);
    const categories = SoftmaxClassifier.train(
      complaints.map((e) => ({ features: e.features, label: e.category! })),
    );
    return new LocalNlu(intents, categories, { minConfidence: 0.5, minKnownFeatures: 0.4, ...options });
  }

  classify(text: string): { intent: Intent; confidence: number } {
    const tokens = normalizeTokens(text);
    if (findComplaintId(text))
      return { intent: intentForComplaintId(text, tokens.join(' ')), confidence: 0.99 };
    const smallTalk = smallTalkIntent(tokens);
    if (smallTalk) return { intent: smallTalk, confidence: 0.99 };
    const { ranked, known } = this.intents.predict(featuresOf(text));
    // Only complaints can be cancelled or tracked here, so without one those two intents are ruled
    // out and the rest share their probability: "batalkan alarm" is out of scope, while "cara
    // membatalkan akta" is still a question.
    const candidates = mentionsComplaint(tokens)
      ? ranked
      : ranked.filter((r) => !COMPLAINT_ONLY.has(r.label));
    const share = candidates.reduce((sum, r) => sum + r.probability, 0);
    const best = { label: candidates[0]!.label, probability: candidates[0]!.probability / share };
    if (known < this.options.minKnownFeatures || best.probability < this.options.minConfidence) {
      return { intent: 'UNKNOWN', confidence: round(1 - best.probability * known) };
    }
    return { intent: best.label, confidence: round(best.probability) };
  }

  async understand(text: string): Promise<NluResult> {
    const { intent, confidence } = this.classify(text);
    return { intent, confidence, slots: this.slots(text, intent), engine: ENGINE };
  }

  private slots(text: string, intent: Intent): NluSlots {
    const slots: NluSlots = {};
    const complaintId = findComplaintId(text);
    if (complaintId) slots.complaintId = complaintId;
    if (intent !== 'CREATE_COMPLAINT') return slots;
    const tokens = normalizeTokens(text);
    slots.category = lexiconCategory(tokens) ?? this.categories.predict(featuresOf(text)).ranked[0]!.label;
    const address = extractAddress(tokens);
    if (address) slots.address = address;
    slots.description = text.replace(/\s+/g, ' ').trim().slice(0, 1000);
    return slots;
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
