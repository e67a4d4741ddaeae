// Entry point: starts the case service and stops it cleanly on SIGTERM / SIGINT.
import { runMain } from '@govconnect/service-host';
import { startCaseService } from './app.ts';
import { loadCaseConfig } from './config.ts';

await runMain(() => startCaseService(loadCaseConfig()));
