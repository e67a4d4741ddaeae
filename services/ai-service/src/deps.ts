// What the ai service's routes and use cases receive: the host's deps plus its NLU and embeddings.
import type { ServiceDeps } from '@govconnect/service-host';
import type { AiConfig } from './config.ts';
import type { EmbeddingModel } from './knowledge/embedding-model.ts';
import type { NluEngine } from './nlu/nlu-engine.ts';
import type { Db } from './repositories/prisma-client.ts';

export interface AiDeps extends Omit<ServiceDeps<Db>, 'config'> {
  config: AiConfig;
  nlu: NluEngine;
  embeddings: EmbeddingModel;
}
