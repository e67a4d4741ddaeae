// Entry point: starts the ai service and stops it cleanly on SIGTERM / SIGINT.
import { runMain } from '@govconnect/service-host';
import { startAiService } from './app.ts';
import { loadAiConfig } from './config.ts';

await runMain(() => startAiService(loadAiConfig()));
