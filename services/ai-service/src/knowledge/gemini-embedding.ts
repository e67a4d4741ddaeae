// Gemini embeddings (gemini-embedding-001 by default) at 768 dimensions, the size of the chunks'
// vector column: texts redacted, sent in batches of 100 (the API's limit) through the breaker and
// the retry policy, and L2-normalised (Google's advice below 3072 dimensions). A failure is a 503.
import type { GoogleGenAI } from '@google/genai';
import { AppError, redactString } from '@govconnect/service-kit';
import type { CircuitBreaker } from '../nlu/gemini/circuit-breaker.ts';
import { callGemini, GeminiError, toGeminiError, type GeminiCallOptions } from '../nlu/gemini/gemini-call.ts';
import type { EmbeddingModel, EmbeddingPurpose } from './embedding-model.ts';
import { EMBEDDING_DIMENSIONS } from './local-embedding.ts';

export const GEMINI_EMBED_BATCH = 100;

export interface GeminiEmbeddingOptions {
  model: string;
  call: GeminiCallOptions;
  breaker: CircuitBreaker;
}

export class GeminiEmbeddingModel implements EmbeddingModel {
  readonly id: string;
  readonly dimensions = EMBEDDING_DIMENSIONS;

  constructor(
    private readonly ai: GoogleGenAI,
    private readonly options: GeminiEmbeddingOptions,
  ) {
    this.id = options.model;
  }

  async embed(texts: readonly string[], purpose: EmbeddingPurpose = 'document'): Promise<number[][]> {
    const vectors: number[][] = [];
    try {
      for (let i = 0; i < texts.length; i += GEMINI_EMBED_BATCH) {
        vectors.push(...(await this.batch(texts.slice(i, i + GEMINI_EMBED_BATCH), purpose)));
      }
    } catch (err) {
      const failure = toGeminiError(err);
      throw AppError.unavailable(
        'EMBEDDING_UNAVAILABLE',
        `Gemini embeddings failed (${failure.reason}): ${failure.message}`,
        { reason: failure.reason },
        failure,
      );
    }
    return vectors;
  }

  private batch(texts: readonly string[], purpose: EmbeddingPurpose): Promise<number[][]> {
    const { model, call, breaker } = this.options;
    return breaker.run(async () => {
      const response = await callGemini(
        (signal) =>
          this.ai.models.embedContent({
            model,
            contents: texts.map(redactString),
            config: {
              outputDimensionality: this.dimensions,
              taskType: purpose === 'query' ? 'RETRIEVAL_QUERY' : 'RETRIEVAL_DOCUMENT',
              abortSignal: signal,
            },
          }),
        call,
      );
      const embeddings = response.embeddings ?? [];
      if (embeddings.length !== texts.length) {
        throw new GeminiError(
          'malformed',
          `Gemini returned ${embeddings.length} embeddings for ${texts.length} texts`,
        );
      }
      return embeddings.map((e) => normalise(e.values, this.dimensions));
    });
  }
}

function normalise(values: number[] | undefined, dimensions: number): number[] {
  if (!values || values.length !== dimensions || !values.every(Number.isFinite)) {
    throw new GeminiError('malformed', `Gemini returned an embedding that is not ${dimensions} numbers`);
  }
  const norm = Math.sqrt(values.reduce((sum, x) => sum + x * x, 0)) || 1;
  return values.map((x) => x / norm);
}
