// The one interface every embedding model implements. Each chunk records the model's id, and
// search only compares vectors made by the same model.

export type EmbeddingPurpose = 'document' | 'query';

export interface EmbeddingModel {
  /** Stored with every chunk, e.g. `gemini-embedding-001`. */
  readonly id: string;
  readonly dimensions: number;
  /** `purpose` lets a model embed queries and documents differently (Gemini's task types). */
  embed(texts: readonly string[], purpose?: EmbeddingPurpose): Promise<number[][]>;
}

/** pgvector's text form of a vector: `[0.1,0.2,...]`. */
export function toVectorLiteral(vector: readonly number[]): string {
  return `[${vector.join(',')}]`;
}
