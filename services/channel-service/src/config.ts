// The channel service's configuration, parsed once from the environment at start.
import { hostConfigShape } from '@govconnect/service-host';
import { loadConfig, type Env } from '@govconnect/service-kit';

export const SERVICE_NAME = 'channel-service';

export const channelConfigShape = {
  ...hostConfigShape({ port: 3001, database: 'gc_channel' }),
};

export function loadChannelConfig(env: Env = process.env) {
  return loadConfig(SERVICE_NAME, channelConfigShape, env);
}

export type ChannelConfig = ReturnType<typeof loadChannelConfig>;
