// The one interface every embedding model implements. Each chunk records the model's id, and
// search only compares vectors made by the same model.

export interface EmbeddingModel {
  /** Stored with every chunk, e.g. `local-hash-v1`. */
  readonly id: string;
  readonly dimensions: number;
  embed(texts: readonly string[]): Promise<number[][]>;
}

/** pgvector's text form of a vector: `[0.1,0.2,...]`. */
export function toVectorLiteral(vector: readonly number[]): string {
  return `[${vector.join(',')}]`;
}
