// Starts a simulator wired to a local webhook receiver, with helpers to call its HTTP API.
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../src/index.ts';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.ts';

export const APP_SECRET = 'test-app-secret';
export const TOKEN = 'test-access-token';
export const PHONE_NUMBER_ID = '100000000000001';

export interface Harness {
  sim: RunningSimulator;
  channel: WebhookReceiver;
  graphSend(body: unknown, token?: string): Promise<Response>;
  citizenSays(waId: string, body: unknown): Promise<Response>;
  json<T = unknown>(path: string, init?: RequestInit): Promise<T>;
  stop(): Promise<void>;
}

export async function startHarness(options: Partial<SimulatorOptions> = {}): Promise<Harness> {
  const channel = await startWebhookReceiver(APP_SECRET);
  const sim = await startSimulator({
    webhookUrl: channel.url,
    appSecret: APP_SECRET,
    accessToken: TOKEN,
    statusDelayMs: 5,
    ...options,
  });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${sim.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    sim,
    channel,
    graphSend: (body, token = TOKEN) =>
      post(`/v23.0/${PHONE_NUMBER_ID}/messages`, body, { authorization: `Bearer ${token}` }),
    citizenSays: (waId, body) => post(`/simulator/citizens/${waId}/messages`, body),
    async json<T>(path: string, init?: RequestInit) {
      const res = await fetch(`${sim.url}${path}`, init);
      return (await res.json()) as T;
    },
    async stop() {
      await sim.stop();
      await channel.close();
    },
  };
}

export function textTo(to: string, body = 'Halo dari desa') {
  return { messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'text', text: { body } };
}
