// Test harness: the channel service started in-process on a throwaway database and its own broker
// exchanges, plus helpers that build and sign webhooks the way Meta does.
import { createTestDatabase, type TestDatabase } from '@govconnect/db-migrate';
import type { Env } from '@govconnect/service-kit';
import { testEnv, testExchanges } from '@govconnect/service-host/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import amqp from 'amqplib';
import { startChannelService } from '../src/app.ts';
import { channelQueue } from '../src/consumers/channel.consumers.ts';
import { loadChannelConfig } from '../src/config.ts';
import { signBody } from '../src/domain/signature.ts';

export const APP_SECRET = 'test-app-secret';
export const INTERNAL_KEY = 'test-internal-key';

export const TESTDATA_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/testdata/whatsapp',
);

export type RunningChannel = Awaited<ReturnType<typeof startChannelService>>;

export interface Harness {
  database: TestDatabase;
  channel: RunningChannel;
  url: string;
  stop(): Promise<void>;
}

export async function startHarness(
  name: string,
  env: Env = {},
  databaseUrl?: (url: string) => string,
): Promise<Harness> {
  const database = await createTestDatabase(`channel_${name}`);
  // Media a test's webhooks may queue is kept out of the working tree.
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), `channel-${name}-media-`));
  const url = databaseUrl ? databaseUrl(database.url) : database.url;
  const config = loadChannelConfig(
    testEnv(url, {
      WHATSAPP_APP_SECRET: APP_SECRET,
      INTERNAL_API_KEY: INTERNAL_KEY,
      MEDIA_DIR: mediaDir,
      ...env,
    }),
  );
  const channel = await startChannelService(config, {
    messaging: { topology: testExchanges(`channel-${name}`) },
  });
  return {
    database,
    channel,
    url: channel.url,
    async stop() {
      await channel.stop();
      await database.drop();
      await deleteQueues(channel);
      rmSync(mediaDir, { recursive: true, force: true });
    },
  };
}

/** JSON as Meta sends it: non-ASCII escaped as lowercase \uXXXX (the bytes it signs). */
export function metaJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function postWebhook(
  url: string,
  body: string,
  secret = APP_SECRET,
  headers: Record<string, string> = {},
) {
  return fetch(`${url}/webhook/whatsapp`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': signBody(body, secret),
      ...headers,
    },
    body,
  });
}

/** A text-message webhook in Meta's shape. */
export function textWebhook(opts: {
  phoneNumberId?: string;
  waId: string;
  wamid: string;
  text: string;
  name?: string;
  at?: Date;
}) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: '6281100000001',
                phone_number_id: opts.phoneNumberId ?? '100000000000001',
              },
              contacts: [{ profile: { name: opts.name ?? 'Warga' }, wa_id: opts.waId }],
              messages: [
                {
                  from: opts.waId,
                  id: opts.wamid,
                  timestamp: String(Math.floor((opts.at ?? new Date()).getTime() / 1000)),
                  type: 'text',
                  text: { body: opts.text },
                },
              ],
            },
          },
        ],
      },
    ],
  };
}

export function internalFetch(url: string, pathname: string, init: RequestInit = {}) {
  return fetch(`${url}${pathname}`, {
    ...init,
    headers: {
      'x-internal-api-key': INTERNAL_KEY,
      'content-type': 'application/json',
      ...(init.headers ?? {}),
    },
  });
}

/** Deletes the queues the service declared under the test's exchange (they are durable). */
export async function deleteQueues(channel: RunningChannel): Promise<void> {
  const connection = await amqp.connect(process.env.TEST_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672');
  try {
    const ch = await connection.createChannel();
    for (const name of ['ai-replies', 'handoffs'] as const) {
      const queue = channelQueue(channel.messaging, name);
      for (const q of [
        queue,
        `${queue}.dlq`,
        ...[1000, 4000, 16000, 60000].map((d) => `${queue}.retry.${d}ms`),
      ])
        await ch.deleteQueue(q);
    }
    await ch.deleteExchange(channel.messaging.exchanges.exchange);
    await ch.deleteExchange(channel.messaging.exchanges.deadLetterExchange);
  } finally {
    await connection.close();
  }
}
