// The ai service's configuration, parsed once from the environment at start.
import { hostConfigShape } from '@govconnect/service-host';
import { loadConfig, type Env } from '@govconnect/service-kit';

export const SERVICE_NAME = 'ai-service';

export const aiConfigShape = {
  ...hostConfigShape({ port: 3002, database: 'gc_ai' }),
};

export function loadAiConfig(env: Env = process.env) {
  return loadConfig(SERVICE_NAME, aiConfigShape, env);
}

export type AiConfig = ReturnType<typeof loadAiConfig>;
