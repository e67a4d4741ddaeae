// The four services as the deployment sees them: their config shapes, read from the code itself.
import { describeConfig, type ConfigEntry } from '@govconnect/service-kit';
import { aiConfigShape } from '../../services/ai-service/src/config.ts';
import { caseConfigShape } from '../../services/case-service/src/config.ts';
import { channelConfigShape } from '../../services/channel-service/src/config.ts';
import { notificationConfigShape } from '../../services/notification-service/src/config.ts';

export interface DeployedService {
  name: string;
  database: string;
  config: ConfigEntry[];
}

export const DEPLOYED_SERVICES: DeployedService[] = [
  { name: 'channel-service', database: 'gc_channel', config: describeConfig(channelConfigShape) },
  { name: 'ai-service', database: 'gc_ai', config: describeConfig(aiConfigShape) },
  { name: 'case-service', database: 'gc_case', config: describeConfig(caseConfigShape) },
  {
    name: 'notification-service',
    database: 'gc_notification',
    config: describeConfig(notificationConfigShape),
  },
];

export function defaultPort(service: DeployedService): number {
  const port = service.config.find((e) => e.key === 'PORT')?.defaultValue;
  if (!port) throw new Error(`${service.name} has no PORT default`);
  return Number(port);
}

/** Keys production cannot start without: secrets with a development default, and keys with no default. */
export function requiredInProduction(service: DeployedService): string[] {
  return service.config.filter((e) => e.secret || e.required).map((e) => e.key);
}
