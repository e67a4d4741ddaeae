// A stand-in for the channel service's POST /webhook/whatsapp: verifies X-Hub-Signature-256 over the raw
// bytes, records every delivery, and answers with a status the test chooses.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  raw: string;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- webhook JSON, inspected by tests
  signatureValid: boolean;
  headers: Record<string, string | string[] | undefined>;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** The HTTP status the next deliveries get; 200 by default. */
  respondWith(status: number): void;
  statuses(wamid: string): string[];
  waitFor(predicate: (all: ReceivedWebhook[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(appSecret: string): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let status = 200;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const expected = `sha256=${createHmac('sha256', appSecret).update(raw).digest('hex')}`;
      const given = String(req.headers['x-hub-signature-256'] ?? '');
      const signatureValid =
        given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
      received.push({
        raw: raw.toString('utf8'),
        body: JSON.parse(raw.toString('utf8')),
        signatureValid,
        headers: req.headers,
      });
      res.statusCode = status;
      res.end(status === 200 ? 'EVENT_RECEIVED' : 'nope');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const statuses = (wamid: string) =>
    received.flatMap((r) =>
      (r.body.entry?.[0]?.changes?.[0]?.value?.statuses ?? [])
        .filter((s: { id: string }) => s.id === wamid)
        .map((s: { status: string }) => s.status),
    );

  return {
    url: `http://127.0.0.1:${port}/webhook/whatsapp`,
    received,
    respondWith: (next) => {
      status = next;
    },
    statuses,
    async waitFor(predicate, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > deadline) throw new Error(`timed out; received ${received.length} webhooks`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
