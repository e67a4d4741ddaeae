import { describeHostedService } from '@govconnect/service-host/testing';
import { SCHEMA_PATH, startNotificationService } from '../src/app.ts';
import { loadNotificationConfig } from '../src/config.ts';

describeHostedService({
  service: 'notification-service',
  schemaPath: SCHEMA_PATH,
  loadConfig: loadNotificationConfig,
  start: (env, overrides) => startNotificationService(loadNotificationConfig(env), overrides),
});
