// Entry point: starts the notification service and stops it cleanly on SIGTERM / SIGINT.
import { runMain } from '@govconnect/service-host';
import { startNotificationService } from './app.ts';
import { loadNotificationConfig } from './config.ts';

await runMain(() => startNotificationService(loadNotificationConfig()));
