// Everything the simulator's routes and use cases share: its in-memory state, the webhook sender, the clock.
import type { Logger } from '@govconnect/service-kit';
import type { CitizenStore } from './state/citizen.store.ts';
import type { DeliveryLog } from './state/delivery-log.store.ts';
import type { FaultsStore } from './state/faults.store.ts';
import type { MediaStore } from './state/media.store.ts';
import type { SentLog } from './state/sent-log.store.ts';
import type { Timers } from './timers.ts';
import type { WebhookSender } from './webhooks/webhook-sender.ts';

export interface SimulatorDeps {
  citizens: CitizenStore;
  sentLog: SentLog;
  media: MediaStore;
  faults: FaultsStore;
  deliveries: DeliveryLog;
  sender: WebhookSender;
  timers: Timers;
  /** The Bearer token the Graph side requires; any non-empty token when undefined. */
  accessToken: string | undefined;
  statusDelayMs: number;
  /** Milliseconds since the epoch; replaceable so tests can move past the 24-hour window. */
  now: () => number;
  logger?: Logger;
}
