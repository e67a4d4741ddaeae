// The webhooks the simulator posts have the structure (keys and value types) of Meta's own examples
// (../shared/testdata/whatsapp: Meta's OpenAPI examples and pywa's captured envelopes).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, textTo, type Harness } from './support/harness.ts';

const testdata = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/testdata/whatsapp',
);
const present = existsSync(testdata);
if (!present)
  console.warn(`payload-shape tests skipped: ${testdata} is absent (it lives beside the repository)`);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const read = (file: string) =>
  JSON.parse(readFileSync(path.join(testdata, file), 'utf8')) as Record<string, Json>;

/** Keys and value types, recursively; arrays by their first element. */
function shape(value: Json): Json {
  if (Array.isArray(value)) return value.length ? [shape(value[0]!)] : [];
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, shape(value[k]!)]),
    );
  }
  return value === null ? 'null' : typeof value;
}

/** A copy without the keys at the given dotted paths (arrays walked through their elements). */
function without(value: Json, ...paths: string[]): Json {
  const copy = structuredClone(value);
  for (const p of paths) {
    const keys = p.split('.');
    const drop = (node: Json, i: number): void => {
      if (Array.isArray(node)) return node.forEach((n) => drop(n, i));
      if (node === null || typeof node !== 'object') return;
      if (i === keys.length - 1) delete node[keys[i]!];
      else if (node[keys[i]!] !== undefined) drop(node[keys[i]!]!, i + 1);
    };
    drop(copy, 0);
  }
  return copy;
}

describe.skipIf(!present)('webhook payloads have the structure of Meta examples', () => {
  let h: Harness;
  let meta: Record<string, Json>;
  let pywaMessages: Record<string, Json>;
  let pywaStatuses: Record<string, Json>;

  beforeAll(async () => {
    h = await startHarness();
    meta = read('meta-openapi-webhook-examples.json');
    pywaMessages = read('pywa/message.json');
    pywaStatuses = read('pywa/message_status.json');
  });
  afterAll(() => h?.stop());

  async function sent(waId: string, body: unknown): Promise<Json> {
    const res = await h.citizenSays(waId, body);
    const { wamid } = (await res.json()) as { wamid: string };
    return h.channel.received.find((r) => r.raw.includes(wamid))!.body as Json;
  }

  it('when a citizen sends text, then the webhook has exactly the structure of Meta "Text Message"', async () => {
    expect(shape(await sent('6281500000001', { text: 'Halo' }))).toEqual(shape(meta['Text Message']!));
  });

  it('when a citizen sends a photo with a caption, then the webhook has exactly the structure of Meta "Image Message"', async () => {
    expect(shape(await sent('6281500000002', { image: { caption: 'Sampah' } }))).toEqual(
      shape(meta['Image Message']!),
    );
  });

  it('when a citizen sends a photo without caption, then it matches pywa "image" without its contacts user ids', async () => {
    const expected = without(
      pywaMessages.image!,
      'entry.changes.value.contacts.user_id',
      'entry.changes.value.contacts.parent_user_id',
    );
    expect(shape(await sent('6281500000003', { image: {} }))).toEqual(shape(expected));
  });

  it('when a citizen shares a location, then it matches Meta "Location Message" (which also has an optional url)', async () => {
    const payload = await sent('6281500000004', {
      location: { latitude: -6.9, longitude: 107.6, name: 'Pasar Desa', address: 'Jl. Raya 2' },
    });
    expect(shape(payload)).toEqual(
      shape(without(meta['Location Message']!, 'entry.changes.value.messages.location.url')),
    );
    // The comparison is sensitive: one optional key of difference is enough to tell the structures apart.
    expect(shape(payload)).not.toEqual(shape(meta['Location Message']!));
  });

  it('when a citizen taps a reply button or picks a list row, then the webhooks match Meta "Interactive Button / List Reply Message"', async () => {
    const button = await sent('6281500000007', {
      buttonReply: { id: 'ya', title: 'Ya, benar' },
      contextId: 'wamid.PERTANYAAN',
    });
    expect(shape(button)).toEqual(shape(meta['Interactive Button Reply Message']!));
    const list = await sent('6281500000007', {
      listReply: { id: 'jalan_rusak', title: 'Jalan rusak', description: 'Jalan berlubang, retak' },
      contextId: 'wamid.PERTANYAAN',
    });
    expect(shape(list)).toEqual(shape(meta['Interactive List Reply Message']!));
  });

  it('when a message is sent, delivered and read, then each status webhook matches pywa (whose contacts block Meta adds for user ids)', async () => {
    await h.citizenSays('6281500000005', { text: 'buka jendela 24 jam' });
    const res = await h.graphSend(textTo('6281500000005'));
    const wamid = ((await res.json()) as { messages: { id: string }[] }).messages[0]!.id;
    await h.channel.waitFor(() => h.channel.statuses(wamid).length === 3);
    for (const status of ['sent', 'delivered', 'read']) {
      const hook = h.channel.received.find(
        (r) => r.raw.includes(wamid) && r.raw.includes(`"status":"${status}"`),
      )!;
      const expected = without(pywaStatuses[status]!, 'entry.changes.value.contacts');
      expect(shape(hook.body as Json), status).toEqual(shape(expected));
    }
  });

  it('when a message falls outside the 24-hour window, then the failed status matches pywa "failed"', async () => {
    const res = await h.graphSend(textTo('6281500000006'));
    const wamid = ((await res.json()) as { messages: { id: string }[] }).messages[0]!.id;
    await h.channel.waitFor(() => h.channel.statuses(wamid).length === 1);
    const hook = h.channel.received.find((r) => r.raw.includes(wamid))!;
    expect(shape(hook.body as Json)).toEqual(
      shape(without(pywaStatuses.failed!, 'entry.changes.value.contacts')),
    );
  });
});
