// Multinomial logistic regression over sparse binary features, trained by plain SGD with a seeded
// shuffle, so the same training set always gives the same model. Pure TypeScript, no native code.

export interface LabelledExample<L extends string> {
  features: readonly string[];
  label: L;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class SoftmaxClassifier<L extends string> {
  private constructor(
    readonly labels: readonly L[],
    private readonly vocabulary: Map<string, number>,
    private readonly weights: Float64Array, // [feature][label], row-major
    private readonly bias: Float64Array,
  ) {}

  static train<L extends string>(
    examples: readonly LabelledExample<L>[],
    options: TrainOptions = {},
  ): SoftmaxClassifier<L> {
    const { epochs = 25, learningRate = 0.3, l2 = 1e-5, seed = 42 } = options;
    const labels = [...new Set(examples.map((e) => e.label))].sort();
    const vocabulary = new Map<string, number>();
    for (const e of examples)
      for (const f of e.features) if (!vocabulary.has(f)) vocabulary.set(f, vocabulary.size);
    const k = labels.length;
    const model = new SoftmaxClassifier(
      labels,
      vocabulary,
      new Float64Array(vocabulary.size * k),
      new Float64Array(k),
    );
    const encoded = examples.map((e) => ({ ids: model.encode(e.features), y: labels.indexOf(e.label) }));
    const random = mulberry32(seed);
    const order = encoded.map((_, i) => i);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const rate = learningRate / (1 + epoch * 0.2);
      for (const index of order) model.step(encoded[index]!, rate, l2);
    }
    return model;
  }

  private encode(features: readonly string[]): number[] {
    const ids: number[] = [];
    for (const f of features) {
      const id = this.vocabulary.get(f);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }

  private scores(ids: readonly number[]): Float64Array {
    const k = this.labels.length;
    const z = Float64Array.from(this.bias);
    const scale = ids.length ? 1 / Math.sqrt(ids.length) : 0;
    for (const id of ids) for (let c = 0; c < k; c++) z[c]! += this.weights[id * k + c]! * scale;
    const max = Math.max(...z);
    let sum = 0;
    for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c]! - max);
    for (let c = 0; c < k; c++) z[c]! /= sum;
    return z;
  }

  private step(example: { ids: number[]; y: number }, rate: number, l2: number): void {
    const k = this.labels.length;
    const p = this.scores(example.ids);
    const scale = example.ids.length ? 1 / Math.sqrt(example.ids.length) : 0;
    for (let c = 0; c < k; c++) {
      const gradient = p[c]! - (c === example.y ? 1 : 0);
      this.bias[c]! -= rate * gradient;
      for (const id of example.ids) {
        const w = id * k + c;
        this.weights[w]! -= rate * (gradient * scale + l2 * this.weights[w]!);
      }
    }
  }

  /** Every label with its probability, best first, and how many of the features the model knows. */
  predict(features: readonly string[]): { ranked: { label: L; probability: number }[]; known: number } {
    const ids = this.encode(features);
    const p = this.scores(ids);
    const ranked = this.labels
      .map((label, c) => ({ label, probability: p[c]! }))
      .sort((a, b) => b.probability - a.probability);
    return { ranked, known: features.length ? ids.length / features.length : 0 };
  }
}
