// Entry point: starts the channel service and stops it cleanly on SIGTERM / SIGINT.
import { runMain } from '@govconnect/service-host';
import { startChannelService } from './app.ts';
import { loadChannelConfig } from './config.ts';

await runMain(() => startChannelService(loadChannelConfig()));
