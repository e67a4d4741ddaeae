import { describeHostedService } from '@govconnect/service-host/testing';
import { SCHEMA_PATH, startCaseService } from '../src/app.ts';
import { loadCaseConfig } from '../src/config.ts';

describeHostedService({
  service: 'case-service',
  schemaPath: SCHEMA_PATH,
  loadConfig: loadCaseConfig,
  start: (env, overrides) => startCaseService(loadCaseConfig(env), overrides),
});
