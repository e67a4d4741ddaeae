import { describeHostedService } from '@govconnect/service-host/testing';
import { SCHEMA_PATH, startChannelService } from '../src/app.ts';
import { loadChannelConfig } from '../src/config.ts';

describeHostedService({
  service: 'channel-service',
  schemaPath: SCHEMA_PATH,
  loadConfig: loadChannelConfig,
  start: (env, overrides) => startChannelService(loadChannelConfig(env), overrides),
});
