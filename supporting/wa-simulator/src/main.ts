// Runs the simulator standalone (port 3010 by default) until SIGTERM / SIGINT.
import { ConfigError, createLogger } from '@govconnect/service-kit';
import { loadSimulatorConfig } from './config.ts';
import { startSimulator } from './simulator.ts';

let config;
try {
  config = loadSimulatorConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(1);
}
const logger = createLogger({ service: 'wa-simulator', level: config.LOG_LEVEL });
const simulator = await startSimulator({
  port: config.SIMULATOR_PORT,
  host: config.SIMULATOR_HOST,
  webhookUrl: config.CHANNEL_WEBHOOK_URL,
  appSecret: config.WHATSAPP_APP_SECRET,
  accessToken: config.WHATSAPP_ACCESS_TOKEN,
  statusDelayMs: config.STATUS_DELAY_MS,
  logger,
});
logger.info('listening', { port: simulator.port, webhookUrl: config.CHANNEL_WEBHOOK_URL });

const stop = () => {
  logger.info('stopping');
  void simulator.stop().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
