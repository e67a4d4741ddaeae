// The channel service as the bench runs it: in its own process, on the bench's database, with the
// real broker under exchanges of its own (so no running system receives the bench's events).
import { startChannelService } from '../services/channel-service/src/app.ts';
import { loadChannelConfig } from '../services/channel-service/src/config.ts';
import { seedDemoVillage } from '../services/channel-service/src/use-cases/seed-demo-village.ts';

const [databaseUrl, rabbitmqUrl, appSecret, exchangePrefix, extraEnv] = process.argv.slice(2);
/** Channel settings the bench varies (e.g. INTAKE_CONCURRENCY), as a JSON object. */
const benchEnv = JSON.parse(extraEnv ?? '{}') as Record<string, string>;
const config = loadChannelConfig({
  NODE_ENV: 'development',
  LOG_LEVEL: 'warn',
  PORT: '0',
  HOST: '127.0.0.1',
  DATABASE_URL: databaseUrl,
  RABBITMQ_URL: rabbitmqUrl,
  WHATSAPP_APP_SECRET: appSecret,
  ...benchEnv,
});
const channel = await startChannelService(config, {
  messaging: {
    topology: { exchange: `${exchangePrefix}.events`, deadLetterExchange: `${exchangePrefix}.dlx` },
  },
});
await seedDemoVillage(channel.db);
process.stdout.write(`${JSON.stringify({ url: channel.url })}\n`);
process.on('SIGTERM', () => {
  void channel.stop().then(() => process.exit(0));
});
