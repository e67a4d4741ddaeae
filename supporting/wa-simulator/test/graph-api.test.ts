// The Graph API side: Meta's send-message contract, status webhooks, auth, validation and the 24-hour window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE_NUMBER_ID, startHarness, textTo, TOKEN, type Harness } from './support/harness.ts';

let h: Harness;
let nowMs = Date.now();

beforeAll(async () => {
  h = await startHarness({ now: () => nowMs });
});
afterAll(() => h.stop());

async function citizenWrites(waId: string) {
  const res = await h.citizenSays(waId, { text: 'Halo' });
  expect(res.status).toBe(200);
}

describe('POST /{version}/{phone_number_id}/messages', () => {
  it('when a text goes to a citizen who wrote recently, then it answers with a wamid and posts signed sent, delivered, read', async () => {
    await citizenWrites('6281200000001');
    const res = await h.graphSend(textTo('6281200000001', 'Laporan Anda diterima'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { messages: { id: string }[] };
    expect(body).toEqual({
      messaging_product: 'whatsapp',
      contacts: [{ input: '6281200000001', wa_id: '6281200000001' }],
      messages: [{ id: expect.stringMatching(/^wamid\./) }],
    });
    const wamid = body.messages[0]!.id;
    await h.channel.waitFor(() => h.channel.statuses(wamid).length === 3);
    expect(h.channel.statuses(wamid)).toEqual(['sent', 'delivered', 'read']);
    const statusHooks = h.channel.received.filter((r) => r.raw.includes(wamid));
    expect(statusHooks.every((r) => r.signatureValid)).toBe(true);
    const inbox = await h.json<{ wamid: string; type: string; text: string; status: string }[]>(
      '/simulator/citizens/6281200000001/inbox',
    );
    expect(inbox).toEqual([
      expect.objectContaining({ wamid, type: 'text', text: 'Laporan Anda diterima', status: 'read' }),
    ]);
  });

  it('when the recipient is given with a plus sign, then wa_id is its digits', async () => {
    await citizenWrites('6281200000002');
    const res = await h.graphSend(textTo('+6281200000002'));
    const body = (await res.json()) as { contacts: unknown[] };
    expect(body.contacts).toEqual([{ input: '+6281200000002', wa_id: '6281200000002' }]);
  });

  it('when the citizen never wrote, then a text is accepted but fails with 131047 Re-engagement message', async () => {
    const res = await h.graphSend(textTo('6281200000003'));
    expect(res.status).toBe(200);
    const wamid = ((await res.json()) as { messages: { id: string }[] }).messages[0]!.id;
    await h.channel.waitFor(() => h.channel.statuses(wamid).length === 1);
    await new Promise((r) => setTimeout(r, 30));
    expect(h.channel.statuses(wamid)).toEqual(['failed']);
    const hook = h.channel.received.find((r) => r.raw.includes(wamid))!;
    const status = hook.body.entry[0].changes[0].value.statuses[0];
    expect(status.errors[0]).toMatchObject({ code: 131047, title: 'Re-engagement message' });
    const inbox = await h.json<{ status: string }[]>('/simulator/citizens/6281200000003/inbox');
    expect(inbox[0]!.status).toBe('failed');
  });

  it('when the citizen last wrote more than 24 hours ago, then a text fails with 131047 but a template is delivered', async () => {
    await citizenWrites('6281200000004');
    nowMs += 24 * 3600 * 1000 + 1000;
    try {
      const text = await h.graphSend(textTo('6281200000004'));
      const textId = ((await text.json()) as { messages: { id: string }[] }).messages[0]!.id;
      const template = await h.graphSend({
        messaging_product: 'whatsapp',
        to: '6281200000004',
        type: 'template',
        template: {
          name: 'status_laporan',
          language: { code: 'id' },
          components: [{ type: 'body', parameters: [{ type: 'text', text: 'LAP-20261122-001' }] }],
        },
      });
      const templateBody = (await template.json()) as { messages: { id: string; message_status: string }[] };
      expect(templateBody.messages[0]!.message_status).toBe('accepted');
      const templateId = templateBody.messages[0]!.id;
      await h.channel.waitFor(() => h.channel.statuses(templateId).length === 3);
      expect(h.channel.statuses(textId)).toEqual(['failed']);
      expect(h.channel.statuses(templateId)).toEqual(['sent', 'delivered', 'read']);
      const inbox = await h.json<{ wamid: string; text: string }[]>(
        '/simulator/citizens/6281200000004/inbox',
      );
      expect(inbox.find((m) => m.wamid === templateId)!.text).toBe(
        '[template status_laporan] LAP-20261122-001',
      );
    } finally {
      nowMs = Date.now();
    }
  });

  it('when the token is missing or wrong, then it answers 401 with code 190', async () => {
    for (const token of ['', 'wrong-token']) {
      const res = await h.graphSend(textTo('6281200000005'), token);
      expect(res.status).toBe(401);
      const body = (await res.json()) as { error: Record<string, unknown> };
      expect(body.error).toMatchObject({ type: 'OAuthException', code: 190, fbtrace_id: expect.any(String) });
    }
  });

  it('when the body misses messaging_product or the text, then it answers 400 with code 100', async () => {
    const missing = await h.graphSend({ to: '6281200000006', type: 'text', text: { body: 'x' } });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { code: number; message: string } }).error).toMatchObject({
      code: 100,
      message: '(#100) The parameter messaging_product is required.',
    });
    const noText = await h.graphSend({ messaging_product: 'whatsapp', to: '6281200000006', type: 'text' });
    expect(noText.status).toBe(400);
    const notJson = await h.graphSend('{not json');
    expect(notJson.status).toBe(400);
  });

  it('when interactive, image and document messages are sent, then each is accepted and lands in the inbox', async () => {
    await citizenWrites('6281200000007');
    const bodies = [
      {
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Apakah laporan sudah benar?' },
          action: { buttons: [{ type: 'reply', reply: { id: 'ya', title: 'Ya' } }] },
        },
      },
      { type: 'image', image: { link: 'https://example.org/peta.png', caption: 'Peta desa' } },
      { type: 'document', document: { link: 'https://example.org/surat.pdf', filename: 'surat.pdf' } },
    ];
    for (const b of bodies) {
      const res = await h.graphSend({ messaging_product: 'whatsapp', to: '6281200000007', ...b });
      expect(res.status).toBe(200);
    }
    const inbox = await h.json<{ type: string; text: string }[]>('/simulator/citizens/6281200000007/inbox');
    expect(inbox.map((m) => [m.type, m.text])).toEqual([
      ['interactive', 'Apakah laporan sudah benar?'],
      ['image', 'Peta desa'],
      ['document', 'https://example.org/surat.pdf'],
    ]);
  });

  it('when sends arrive, then GET /simulator/sent lists each raw body with its time and outcome', async () => {
    const raw = JSON.stringify(textTo('6281200000008', 'dicatat'));
    await h.graphSend(raw);
    await h.graphSend(raw, 'wrong');
    const sent = await h.json<{ raw: string; status: number; at: string; phoneNumberId: string }[]>(
      '/simulator/sent?to=6281200000008',
    );
    expect(sent.map((s) => [s.raw, s.status, s.phoneNumberId])).toEqual([
      [raw, 200, PHONE_NUMBER_ID],
      [raw, 401, PHONE_NUMBER_ID],
    ]);
    expect(Date.parse(sent[0]!.at)).not.toBeNaN();
  });
});

describe('mark as read', () => {
  it('when the business marks a citizen message as read, then it answers { success: true } like Meta', async () => {
    const res = await h.graphSend({
      messaging_product: 'whatsapp',
      status: 'read',
      message_id: 'wamid.ABC',
      typing_indicator: { type: 'text' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ success: true });
  });
});

describe('media', () => {
  it('when a citizen sends a photo, then its media id resolves to a URL whose bytes are a real PNG matching sha256 and size', async () => {
    const res = await h.citizenSays('6281200000009', { image: { caption: 'Jalan berlubang' } });
    const { wamid } = (await res.json()) as { wamid: string };
    const hook = h.channel.received.find((r) => r.raw.includes(wamid))!;
    const image = hook.body.entry[0].changes[0].value.messages[0].image;
    const auth = { authorization: `Bearer ${TOKEN}` };
    const lookup = await fetch(`${h.sim.url}/v23.0/${image.id}`, { headers: auth });
    expect(lookup.status).toBe(200);
    const meta = (await lookup.json()) as Record<string, unknown>;
    expect(meta).toMatchObject({
      messaging_product: 'whatsapp',
      mime_type: 'image/png',
      id: image.id,
      sha256: image.sha256,
    });
    expect(await fetch(String(meta.url)).then((r) => r.status)).toBe(401);
    const download = await fetch(String(meta.url), { headers: auth });
    expect(download.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBe(meta.file_size);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(bytes).digest('base64')).toBe(meta.sha256);
  });

  it('when a media id is unknown, then the lookup answers Meta 400 code 100', async () => {
    const res = await fetch(`${h.sim.url}/v23.0/999999`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: number } }).error.code).toBe(100);
  });
});
