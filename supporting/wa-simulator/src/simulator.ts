// startSimulator: the simulator in-process (tests, benchmark) or behind main.ts (npm start, demos).
import { createLogger, serveHttp, type Logger } from '@govconnect/service-kit';
import { createSimulatorApp } from './app.ts';
import type { SimulatorDeps } from './deps.ts';
import { CitizenStore } from './state/citizen.store.ts';
import { DeliveryLog } from './state/delivery-log.store.ts';
import { FaultsStore } from './state/faults.store.ts';
import { MediaStore } from './state/media.store.ts';
import { SentLog } from './state/sent-log.store.ts';
import { Timers } from './timers.ts';
import { WebhookSender } from './webhooks/webhook-sender.ts';

export interface SimulatorOptions {
  /** 0 (the default) picks any free port. */
  port?: number;
  host?: string;
  /** The channel service's POST /webhook/whatsapp. */
  webhookUrl: string;
  /** Signs every webhook (X-Hub-Signature-256). */
  appSecret: string;
  /** The Bearer token the Graph side requires; any non-empty token when unset. */
  accessToken?: string;
  /** Delay before each of the sent / delivered / read status webhooks; default 50 ms. */
  statusDelayMs?: number;
  /** Clock in ms since the epoch; tests replace it to move past the 24-hour window. */
  now?: () => number;
  /** Where the simulator logs; errors only to stdout when unset. */
  logger?: Logger;
}

export interface RunningSimulator {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const logger = options.logger ?? createLogger({ service: 'wa-simulator', level: 'error' });
  const faults = new FaultsStore();
  const deliveries = new DeliveryLog();
  const deps: SimulatorDeps = {
    citizens: new CitizenStore(),
    sentLog: new SentLog(),
    media: new MediaStore(),
    faults,
    deliveries,
    sender: new WebhookSender({
      webhookUrl: options.webhookUrl,
      appSecret: options.appSecret,
      faults,
      log: deliveries,
      logger,
    }),
    timers: new Timers(),
    accessToken: options.accessToken || undefined,
    statusDelayMs: options.statusDelayMs ?? 50,
    now: options.now ?? Date.now,
    logger,
  };
  const app = createSimulatorApp(deps, logger);
  const http = await serveHttp(app, options.port ?? 0, options.host, {
    drainTimeoutMs: 2_000,
    keepAliveTimeoutMs: 10_000,
  });
  return {
    url: http.url,
    port: http.port,
    async stop() {
      deps.timers.stop();
      await http.stop();
      await deps.sender.close();
    },
  };
}
