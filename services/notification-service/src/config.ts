// The notification service's configuration, parsed once from the environment at start.
import { hostConfigShape } from '@govconnect/service-host';
import { loadConfig, type Env } from '@govconnect/service-kit';

export const SERVICE_NAME = 'notification-service';

export const notificationConfigShape = {
  ...hostConfigShape({ port: 3004, database: 'gc_notification' }),
};

export function loadNotificationConfig(env: Env = process.env) {
  return loadConfig(SERVICE_NAME, notificationConfigShape, env);
}

export type NotificationConfig = ReturnType<typeof loadNotificationConfig>;
