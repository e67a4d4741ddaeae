// The webhook's edges: the handshake, signatures over raw bytes, malformed and oversized bodies,
// unknown numbers, replays (also concurrent ones), and the conversation each message lands in.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../src/domain/signature.ts';
import { createPrismaClient, type Db } from '../src/repositories/prisma-client.ts';
import { seedDemoVillage } from '../src/use-cases/seed-demo-village.ts';
import {
  metaJson,
  postWebhook,
  startHarness,
  TESTDATA_DIR,
  textWebhook,
  type Harness,
} from './channel-harness.ts';

let h: Harness;
let db: Db;
let seq = 0;
const wamid = () => `wamid.intake-${process.pid}-${++seq}`;

async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${h.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(name));
  return line ? Number(line.split(' ').pop()) : 0;
}

beforeAll(async () => {
  h = await startHarness('intake', { WHATSAPP_VERIFY_TOKEN: 'verify-me' });
  db = createPrismaClient(h.database.url);
  await seedDemoVillage(db);
});

afterAll(async () => {
  await db?.$disconnect();
  await h?.stop();
});

describe('GET /webhook/whatsapp (verification handshake)', () => {
  it('when Meta subscribes with the right token, then the challenge is echoed as plain text', async () => {
    const res = await fetch(
      `${h.url}/webhook/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444`,
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('1158201444');
  });

  it('when the token is wrong, then it is 403 problem+json', async () => {
    const res = await fetch(
      `${h.url}/webhook/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1`,
    );
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('POST /webhook/whatsapp', () => {
  it('when the signature is missing or made with another secret, then it is 401, counted, and nothing is stored', async () => {
    const before = await metric('channel_webhook_signature_failures_total');
    const body = metaJson(textWebhook({ waId: '6281234500001', wamid: wamid(), text: 'halo' }));
    expect((await postWebhook(h.url, body, 'wrong-secret')).status).toBe(401);
    const unsigned = await fetch(`${h.url}/webhook/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(unsigned.status).toBe(401);
    expect(await metric('channel_webhook_signature_failures_total')).toBe(before + 2);
    expect(await db.message.count({ where: { text: 'halo' } })).toBe(0);
  });

  it('when the body is signed over Meta’s \\uXXXX-escaped bytes, then it verifies and the text is stored unescaped', async () => {
    const id = wamid();
    const res = await postWebhook(
      h.url,
      metaJson(
        textWebhook({
          waId: '6281234500002',
          wamid: id,
          text: 'Jalan rusak di dekat masjid — みどりいろ, pâtes',
        }),
      ),
    );
    expect(res.status).toBe(200);
    expect((await db.message.findUnique({ where: { wamid: id } }))?.text).toBe(
      'Jalan rusak di dekat masjid — みどりいろ, pâtes',
    );
  });

  it('when the body is not JSON, then it is 400 problem+json if signed and 401 if not', async () => {
    const bad = '{"object": "whatsapp_business_account", "entry": [';
    const signed = await postWebhook(h.url, bad);
    expect(signed.status).toBe(400);
    expect(signed.headers.get('content-type')).toContain('application/problem+json');
    expect((await postWebhook(h.url, bad, 'wrong')).status).toBe(401);
  });

  it('when a signed body is not sent as JSON, then it is 415 saying what was expected; unsigned, it is 401', async () => {
    const body = metaJson(textWebhook({ waId: '6281234500002', wamid: wamid(), text: 'halo' }));
    const asForm = await postWebhook(h.url, body, undefined, { 'content-type': 'text/plain' });
    expect(asForm.status).toBe(415);
    expect(await asForm.json()).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      detail: 'Expected Content-Type application/json (UTF-8), got text/plain.',
    });
    const latin1 = await postWebhook(h.url, body, undefined, {
      'content-type': 'application/json; charset=iso-8859-1',
    });
    expect(latin1.status).toBe(415);
    expect((await postWebhook(h.url, body, 'wrong', { 'content-type': 'text/plain' })).status).toBe(401);
    const withCharset = await postWebhook(h.url, body, undefined, {
      'content-type': 'application/json; charset=UTF-8',
    });
    expect(withCharset.status).toBe(200);
  });

  it('when the JSON is not a WhatsApp webhook, then it is 400 naming the fields, never a 500', async () => {
    for (const body of [
      { object: 'page', entry: [] },
      {
        object: 'whatsapp_business_account',
        entry: [{ changes: [{ field: 'messages', value: { metadata: {} } }] }],
      },
      {
        object: 'whatsapp_business_account',
        entry: [
          {
            changes: [
              {
                field: 'messages',
                value: { metadata: { phone_number_id: '100000000000001' }, messages: [{ id: 'x' }] },
              },
            ],
          },
        ],
      },
      [1, 2],
    ]) {
      const res = await postWebhook(h.url, typeof body === 'string' ? body : JSON.stringify(body));
      expect(res.status).toBe(400);
      const problem = (await res.json()) as { code: string; errors: unknown[] };
      expect(problem.code).toBe('VALIDATION_FAILED');
    }
    // Bare JSON scalars are refused by the strict body parser, still as a 400.
    expect((await postWebhook(h.url, 'null')).status).toBe(400);
  });

  it('when a text carries a NUL character (valid JSON, not storable in PostgreSQL), then it is stored without it', async () => {
    const id = wamid();
    const res = await postWebhook(
      h.url,
      metaJson(textWebhook({ waId: '6281234500007', wamid: id, text: 'a\u0000b' })),
    );
    expect(res.status).toBe(200);
    expect((await db.message.findUniqueOrThrow({ where: { wamid: id } })).text).toBe('ab');
  });

  it('when the number belongs to no village, then it is 200, counted, logged and stored nowhere', async () => {
    const before = await metric('channel_webhook_unknown_number_total');
    const id = wamid();
    const res = await postWebhook(
      h.url,
      metaJson(textWebhook({ phoneNumberId: '999999999999', waId: '6281234500003', wamid: id, text: 'x' })),
    );
    expect(res.status).toBe(200);
    expect(await metric('channel_webhook_unknown_number_total')).toBe(before + 1);
    expect(await db.message.count({ where: { wamid: id } })).toBe(0);
  });

  it('when a webhook is just under 3 MB, then it is stored; when it is over, then it is 413 problem+json', async () => {
    const id = wamid();
    const big = metaJson(
      textWebhook({ waId: '6281234500004', wamid: id, text: 'a'.repeat(3 * 1024 * 1024 - 2000) }),
    );
    expect((await postWebhook(h.url, big)).status).toBe(200);
    expect(await db.message.count({ where: { wamid: id } })).toBe(1);
    const tooBig = metaJson(
      textWebhook({ waId: '6281234500004', wamid: wamid(), text: 'a'.repeat(3 * 1024 * 1024) }),
    );
    const res = await postWebhook(h.url, tooBig);
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('when the same webhook arrives 40 times at once, then one message is stored and the unread count is 1', async () => {
    const id = wamid();
    const body = metaJson(
      textWebhook({ waId: '6281234500005', wamid: id, text: 'sekali saja', name: 'Budi' }),
    );
    const statuses = await Promise.all(
      Array.from({ length: 40 }, () => postWebhook(h.url, body).then((r) => r.status)),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(await db.message.count({ where: { wamid: id } })).toBe(1);
    const conversation = await db.conversation.findUniqueOrThrow({
      where: { villageId_waId: { villageId: 'desa-sukamaju', waId: '6281234500005' } },
    });
    expect(conversation).toMatchObject({ unreadCount: 1, profileName: 'Budi', status: 'bot' });
  });

  it('when a citizen sends two messages, then one conversation holds both, with the unread count and the 24-hour window', async () => {
    const at = new Date(Date.now() - 60_000);
    await postWebhook(
      h.url,
      metaJson(
        textWebhook({
          waId: '6281234500006',
          wamid: wamid(),
          text: 'satu',
          at: new Date(at.getTime() - 5_000),
        }),
      ),
    );
    await postWebhook(
      h.url,
      metaJson(textWebhook({ waId: '6281234500006', wamid: wamid(), text: 'dua', at })),
    );
    const conversation = await db.conversation.findUniqueOrThrow({
      where: { villageId_waId: { villageId: 'desa-sukamaju', waId: '6281234500006' } },
      include: { messages: true },
    });
    expect(conversation.unreadCount).toBe(2);
    expect(conversation.lastInboundAt?.getTime()).toBe(Math.floor(at.getTime() / 1000) * 1000);
    expect(conversation.messages.map((m) => m.text).sort()).toEqual(['dua', 'satu']);
  });
});

const VECTORS = path.join(TESTDATA_DIR, 'signature-vectors.json');

describe.skipIf(!existsSync(VECTORS))('Meta’s real signed request', () => {
  it('when it is posted byte for byte to a service with that app secret, then it is accepted', async () => {
    const [vector] = JSON.parse(readFileSync(VECTORS, 'utf8')) as {
      app_secret: string;
      raw_body: string;
      x_hub_signature_256: string;
    }[];
    const other = await startHarness('vector', { WHATSAPP_APP_SECRET: vector!.app_secret });
    try {
      const res = await fetch(`${other.url}/webhook/whatsapp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': vector!.x_hub_signature_256 },
        body: vector!.raw_body,
      });
      expect(res.status).toBe(200);
      expect(signBody(vector!.raw_body, vector!.app_secret)).toBe(vector!.x_hub_signature_256);
    } finally {
      await other.stop();
    }
  });
});
