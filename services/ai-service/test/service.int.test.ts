import { describeHostedService } from '@govconnect/service-host/testing';
import { SCHEMA_PATH, startAiService } from '../src/app.ts';
import { loadAiConfig } from '../src/config.ts';

describeHostedService({
  service: 'ai-service',
  schemaPath: SCHEMA_PATH,
  loadConfig: loadAiConfig,
  start: (env, overrides) => startAiService(loadAiConfig(env), overrides),
});
