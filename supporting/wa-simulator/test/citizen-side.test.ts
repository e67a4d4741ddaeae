// The citizen side: signed Cloud API webhooks to the channel, its answer relayed, inboxes, the phone page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../src/index.ts';
import { APP_SECRET, startHarness, type Harness } from './support/harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

function lastMessage() {
  const hook = h.channel.received.at(-1)!;
  expect(hook.signatureValid).toBe(true);
  return {
    hook,
    value: hook.body.entry[0].changes[0].value,
    message: hook.body.entry[0].changes[0].value.messages[0],
  };
}

describe('POST /simulator/citizens/{waId}/messages', () => {
  it('when a citizen sends text, then the channel gets a signed text webhook for the demo village and the reply carries its wamid', async () => {
    const res = await h.citizenSays('6281311110001', { text: 'Jalan di RT 02 rusak parah', name: 'Siti' });
    expect(res.status).toBe(200);
    const { wamid } = (await res.json()) as { wamid: string };
    const { hook, value, message } = lastMessage();
    expect(hook.headers['content-type']).toBe('application/json');
    expect(value.metadata.phone_number_id).toBe('100000000000001');
    expect(value.contacts).toEqual([{ profile: { name: 'Siti' }, wa_id: '6281311110001' }]);
    expect(message).toMatchObject({
      from: '6281311110001',
      id: wamid,
      type: 'text',
      text: { body: 'Jalan di RT 02 rusak parah' },
    });
    expect(Number(message.timestamp)).toBeGreaterThan(1_700_000_000);
  });

  it('when the text has non-ASCII characters, then they are sent \\u-escaped and the signature covers those bytes', async () => {
    await h.citizenSays('6281311110002', { text: 'Terima kasih 🙏 café' });
    const { hook, message } = lastMessage();
    expect(hook.raw).toContain('\\ud83d\\ude4f caf\\u00e9');
    expect(message.text.body).toBe('Terima kasih 🙏 café');
  });

  it('when a citizen shares a location or replies to a message, then the webhook carries location and context', async () => {
    await h.citizenSays('6281311110003', {
      location: { latitude: -6.9175, longitude: 107.6191, name: 'Balai Desa', address: 'Jl. Merdeka 1' },
      phoneNumberId: '100000000000002',
      contextId: 'wamid.ABC',
    });
    const { value, message } = lastMessage();
    expect(value.metadata.phone_number_id).toBe('100000000000002');
    expect(message).toMatchObject({
      type: 'location',
      location: { latitude: -6.9175, longitude: 107.6191, name: 'Balai Desa', address: 'Jl. Merdeka 1' },
      context: { id: 'wamid.ABC', from: value.metadata.display_phone_number },
    });
  });

  it('when a citizen sends a document, then the webhook names a PDF the Graph side can serve', async () => {
    await h.citizenSays('6281311110004', { document: { filename: 'ktp.pdf', caption: 'Fotokopi KTP' } });
    const { message } = lastMessage();
    expect(message.document).toMatchObject({
      filename: 'ktp.pdf',
      caption: 'Fotokopi KTP',
      mime_type: 'application/pdf',
    });
  });

  it('when the channel answers 500, then the reply still has the wamid and says channelStatus 500', async () => {
    h.channel.respondWith(500);
    try {
      const res = await h.citizenSays('6281311110005', { text: 'halo' });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ wamid: expect.stringMatching(/^wamid\./), channelStatus: 500 });
    } finally {
      h.channel.respondWith(200);
    }
  });

  it('when a button reply has no contextId, then it answers 400', async () => {
    const res = await h.citizenSays('6281311110009', { buttonReply: { id: 'ya', title: 'Ya' } });
    expect(res.status).toBe(400);
  });

  it('when the body has two kinds of content or a bad number, then it answers 400 problem+json', async () => {
    const both = await h.citizenSays('6281311110006', { text: 'a', image: {} });
    expect(both.status).toBe(400);
    expect(both.headers.get('content-type')).toContain('application/problem+json');
    expect((await h.citizenSays('not-a-number', { text: 'a' })).status).toBe(400);
  });

  it('when the channel cannot be reached, then it answers 502 with the wamid', async () => {
    const sim = await startSimulator({
      webhookUrl: 'http://127.0.0.1:9/webhook/whatsapp',
      appSecret: APP_SECRET,
    });
    try {
      const res = await fetch(`${sim.url}/simulator/citizens/6281311110007/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'halo' }),
      });
      expect(res.status).toBe(502);
      expect(await res.json()).toMatchObject({
        code: 'CHANNEL_UNREACHABLE',
        wamid: expect.stringMatching(/^wamid\./),
      });
    } finally {
      await sim.stop();
    }
  });
});

describe('inbox, chat and the phone page', () => {
  it('when a citizen has received nothing, then the inbox is an empty list', async () => {
    expect(await h.json('/simulator/citizens/6281399999999/inbox')).toEqual([]);
  });

  it('when a citizen wrote, then the chat lists the message from the citizen with the channel status', async () => {
    await h.citizenSays('6281311110008', { text: 'Lampu jalan mati' });
    const chat = await h.json<{ from: string; text: string; channelStatus: number }[]>(
      '/simulator/citizens/6281311110008/chat',
    );
    expect(chat).toEqual([
      expect.objectContaining({ from: 'citizen', text: 'Lampu jalan mati', channelStatus: 200 }),
    ]);
  });

  it('when GET / is opened, then it serves the phone chat page in Indonesian', async () => {
    const res = await fetch(`${h.sim.url}/`);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    for (const label of ['Nomor warga', 'Ketik pesan', 'Kirim', '/simulator/citizens/'])
      expect(html).toContain(label);
  });

  it('when /health and /ready are probed, then both answer 200', async () => {
    expect((await fetch(`${h.sim.url}/health`)).status).toBe(200);
    expect((await fetch(`${h.sim.url}/ready`)).status).toBe(200);
  });
});
