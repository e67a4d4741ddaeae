// The phone page at GET /, run in jsdom against a real simulator: writing a message reaches the channel,
// replies show up in the chat, and tapping a reply button answers the interactive message.
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.ts';

let h: Harness;
let dom: JSDOM;
const WA_ID = '6281700000001';

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the page');
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  h = await startHarness();
  const html = await (await fetch(`${h.sim.url}/`)).text();
  dom = new JSDOM(html, {
    url: `${h.sim.url}/`,
    runScripts: 'dangerously',
    beforeParse(window) {
      // jsdom has no fetch; the page's relative URLs go to the simulator through Node's.
      window.fetch = ((input: string, init?: RequestInit) =>
        fetch(new URL(String(input), h.sim.url), init)) as typeof window.fetch;
    },
  });
  const waId = dom.window.document.getElementById('waId') as HTMLInputElement;
  waId.value = WA_ID;
  waId.dispatchEvent(new dom.window.Event('change'));
});
afterAll(async () => {
  dom?.window.close();
  await h?.stop();
});

const bubbles = () => [...dom.window.document.querySelectorAll('.bubble')].map((b) => b.textContent ?? '');
const messagesTo = (type: string) =>
  h.channel.received
    .map((r) => r.body.entry[0].changes[0].value.messages?.[0])
    .filter((m) => m?.from === WA_ID && m.type === type);

describe('the phone page', () => {
  it('when a text is typed and sent, then the channel receives it and the chat shows it', async () => {
    const doc = dom.window.document;
    (doc.getElementById('text') as HTMLInputElement).value = 'Sampah menumpuk di pasar';
    doc.getElementById('composer')!.dispatchEvent(new dom.window.Event('submit', { cancelable: true }));
    await until(() => messagesTo('text').length === 1);
    expect(messagesTo('text')[0].text.body).toBe('Sampah menumpuk di pasar');
    await until(() => bubbles().some((b) => b.includes('Sampah menumpuk di pasar')));
  });

  it('when the village sends buttons, then they appear and tapping one sends a button reply to that message', async () => {
    const res = await h.graphSend({
      messaging_product: 'whatsapp',
      to: WA_ID,
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Laporkan sebagai sampah?' },
        action: { buttons: [{ type: 'reply', reply: { id: 'kategori_sampah', title: 'Ya' } }] },
      },
    });
    const wamid = ((await res.json()) as { messages: { id: string }[] }).messages[0]!.id;
    const doc = dom.window.document;
    await until(() => doc.querySelector('button.choice') !== null);
    expect(bubbles().some((b) => b.includes('Laporkan sebagai sampah?'))).toBe(true);
    (doc.querySelector('button.choice') as HTMLButtonElement).click();
    await until(() => messagesTo('interactive').length === 1);
    expect(messagesTo('interactive')[0]).toMatchObject({
      context: { id: wamid },
      interactive: { type: 'button_reply', button_reply: { id: 'kategori_sampah', title: 'Ya' } },
    });
  });

  it('when the location button is pressed, then the channel receives a location', async () => {
    (dom.window.document.getElementById('sendLocation') as HTMLButtonElement).click();
    await until(() => messagesTo('location').length === 1);
    expect(messagesTo('location')[0].location).toMatchObject({ name: 'Jalan Desa Sukamaju' });
    await until(() => bubbles().some((b) => b.includes('Jalan Desa Sukamaju')));
  });
});
